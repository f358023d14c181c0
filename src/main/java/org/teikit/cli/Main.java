package org.teikit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;

/** The {@code teikit} command. Only this class exits the JVM; everything else returns an exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        RenderCommand.startEarly(args);
        CommandLine cli = commandLine();
        System.exit(guarded(cli.getErr(), () -> cli.execute(args)));
    }

    /**
     * Runs {@code command}, turning a JVM Error that escapes it (picocli passes Errors on) into one
     * line and exit code 3 instead of Java's stack trace: the stack run out on input nested deeper than
     * teikit foresaw, or the heap on input larger than it was given.
     */
    static int guarded(PrintWriter err, java.util.function.IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (StackOverflowError e) {
            err.println("teikit: error: the input is nested too deeply for teikit to follow (Java's stack ran out); "
                    + "please report it with the input that caused it");
        } catch (OutOfMemoryError e) {
            err.println("teikit: error: out of memory; give Java more heap (./teikit: TEIKIT_JAVA_OPTS=-Xmx2g; "
                    + "java -Xmx2g -jar teikit.jar ...)");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** The command line with every subcommand registered; tests replace its writers. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TeikitCommand())
                .addSubcommand(new ConvertCommand())
                .addSubcommand(new ValidateCommand())
                .addSubcommand(new RenderCommand())
                .addSubcommand(new BuildCommand())
                .addSubcommand(new SchemasCommand());
        // After the subcommands, so that theirs take it too: an empty path (an unset shell variable,
        // -o "$OUT") would stand for the working folder, and a build would scatter an edition there.
        cli.registerConverter(Path.class, Main::nonEmptyPath);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cli.setExecutionExceptionHandler(Main::reportBug);
        cli.setParameterExceptionHandler(Main::reportUsage);
        return cli;
    }

    /** Runs the command line with the given writers; for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        try {
            return guarded(err, () -> cli.execute(args));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Path nonEmptyPath(String value) {
        if (value.isEmpty()) {
            throw new CommandLine.TypeConversionException("an empty name is no file or folder");
        }
        return Path.of(value);
    }

    /** A usage mistake: one line saying what is wrong, a hint, exit code 2. */
    private static int reportUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("teikit: " + usageMessage(e));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }

    /**
     * What is wrong, in words: a first word that names no command is said to be that, with the commands
     * there are ("Unmatched argument at index 0: 'biuld'" said neither), and the nearest one if any.
     */
    private static String usageMessage(CommandLine.ParameterException e) {
        CommandLine cmd = e.getCommandLine();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !cmd.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            List<String> near = unmatched.getSuggestions();
            return "'" + unmatched.getUnmatched().get(0) + "' is not a teikit command; the commands are "
                    + String.join(", ", cmd.getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList())
                    + (near.isEmpty() ? "" : " (did you mean " + near.get(0) + "?)");
        }
        return e.getMessage();
    }

    /** A bug or an I/O failure that escaped a command: one line, never a stack trace unless asked. */
    private static int reportBug(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println("teikit: error: " + describe(e));
        if (System.getenv("TEIKIT_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException
                ? ExitCodes.DOCUMENT_ERRORS
                : ExitCodes.INTERNAL;
    }

    static String describe(Throwable e) {
        return org.teikit.io.IoFailures.describe(e);
    }
}
