package org.crosscheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: {@code crosscheck COMMAND ...}. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
        description = "Reads news from many outlets, groups it into stories and compares what they say.",
        subcommands = {ExtractCommand.class, AnnotateCommand.class, ClusterCommand.class, StoriesCommand.class,
                BriefCommand.class, EvalCommand.class, BenchCommand.class, WatchCommand.class, ServeCommand.class},
        exitCodeOnInvalidInput = ExitCodes.USAGE)
final class Crosscheck implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: extract, annotate, cluster, "
                + "stories or brief");
    }
}
