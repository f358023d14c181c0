package org.teikit.cli;

import org.teikit.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: prints help when run without a subcommand. */
@Command(name = "teikit",
        mixinStandardHelpOptions = true,
        versionProvider = TeikitCommand.VersionProvider.class,
        description = "Transcriptions to TEI P5, validated, and rendered as HTML and PDF editions.",
        subcommands = CommandLine.HelpCommand.class)
final class TeikitCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"teikit " + Version.get()};
        }
    }
}
