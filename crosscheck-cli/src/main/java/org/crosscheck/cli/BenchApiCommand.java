package org.crosscheck.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.serve.ApiBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code crosscheck bench api --base URL ...}: drives a running {@code crosscheck serve} from this, a second, process
 * with concurrent readers (and a writer when {@code CROSSCHECK_API_KEY} is set), and prints throughput, p50/p99
 * latency per endpoint and errors, after a one-reader baseline in the same run.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Load a running crosscheck serve: --base URL [--readers 200] [--seconds 20] [--think-ms 0]"
                + " [--write-every-ms 1000] [--batch 2] [--server-pid PID] [--revalidate true]"
                + " [--client sockets|jdk] [--trace FILE]; a writer runs when"
                + " CROSSCHECK_API_KEY is set.")
final class BenchApiCommand implements Callable<Integer> {

    /** Everything after {@code api}, handed to the benchmark as it is; mutable, since picocli adds to it. */
    @Unmatched
    List<String> args = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            return ApiBenchmark.run(args.toArray(String[]::new), out) == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("crosscheck bench api: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
