package org.teikit.cli;

import org.teikit.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command. Run without a subcommand it prints its help to standard error and exits with the
 * usage code: a script whose command word came out empty ({@code teikit $STEP ...}) must not pass.
 */
@Command(name = "teikit",
        mixinStandardHelpOptions = true,
        versionProvider = TeikitCommand.VersionProvider.class,
        description = "Transcriptions to TEI P5, validated, and rendered as HTML and PDF editions.",
        subcommands = CommandLine.HelpCommand.class)
final class TeikitCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        err.println("teikit: no command given; the commands are "
                + String.join(", ", spec.subcommands().keySet().stream().filter(name -> !name.equals("help")).toList()));
        spec.commandLine().usage(err);
        return ExitCodes.USAGE;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"teikit " + Version.get()};
        }
    }
}
