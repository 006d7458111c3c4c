package org.crosscheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crosscheck eval}: figures on development data, printed the way the tests pin them. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure crosscheck on labelled data and print its figures.",
        subcommands = {EvalSeedsCommand.class, EvalClustersCommand.class, EvalExtractionCommand.class,
                EvalTimesCommand.class, EvalQuotesCommand.class, EvalDuplicatesCommand.class,
                EvalClaimsCommand.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "an evaluation is required: seeds, clusters, extraction, times or quotes");
    }
}
