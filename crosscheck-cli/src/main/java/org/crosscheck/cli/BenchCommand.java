package org.crosscheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench}: speed and memory on real data, printed as medians and as ratios against a baseline run in
 * the same process, because a shared machine is too noisy for absolute figures alone.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput and peak memory of a part of crosscheck on real data.",
        subcommands = {BenchAnnotateCommand.class, BenchApiCommand.class, BenchClusterCommand.class,
                BenchIngestCommand.class, BenchBriefCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a benchmark is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
