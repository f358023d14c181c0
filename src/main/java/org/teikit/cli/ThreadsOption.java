package org.teikit.cli;

import org.teikit.pipeline.InOrder;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code -j, --threads N}: how many files {@code render} and {@code convert} work on at once. */
final class ThreadsOption {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Files worked on at once (default: one per processor).")
    Integer threads;

    /** The threads to use; a value below 1 is a usage mistake (exit 2). */
    int threads() {
        if (threads == null) {
            return InOrder.defaultThreads();
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--threads': " + threads + " (at least 1 file at once)");
        }
        return threads;
    }
}
