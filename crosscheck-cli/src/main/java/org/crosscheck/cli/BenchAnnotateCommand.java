package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.api.Article;
import org.crosscheck.bench.AnnotationBenchmark;
import org.crosscheck.bench.Memory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck bench annotate INPUT...}: the whole annotation pass against CoreNLP's default pipeline with quote
 * attribution on the same texts, in this process, with the speed-up, tokens/s, articles/s and peak memory.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotation speed: crosscheck against CoreNLP's default pipeline with quote attribution, on the"
                + " same texts in one process.")
final class BenchAnnotateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Articles to annotate (any input crosscheck reads)")
    List<Path> inputs;

    @Option(names = "--articles", description = "The first N articles with text that crosscheck annotates per run (default ${DEFAULT-VALUE})")
    int articles = 200;

    @Option(names = "--baseline-articles",
            description = "Articles both systems annotate on one thread for the ratio (default ${DEFAULT-VALUE})")
    int baselineArticles = 15;

    @Option(names = "--runs", description = "Timed runs of crosscheck; the median is reported (default ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--threads", description = "Threads for crosscheck's throughput run (default: the cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> english = AnnotationBenchmark.firstArticles(Readers.inputs(), inputs, articles,
                p -> err.println("crosscheck: " + p));
        if (english.isEmpty()) {
            err.println("crosscheck: no articles read from " + inputs);
            return ExitCodes.FAILURE;
        }
        AnnotationBenchmark.Result r = AnnotationBenchmark.run(english,
                new AnnotationBenchmark.Config(runs, baselineArticles, threads), line -> {
                    err.println(line);
                    err.flush();
                });
        out.printf("same texts, one thread each (%d articles, %,d CoreNLP tokens):%n", r.sameTextArticles(),
                r.sameTextTokens());
        out.printf("  CoreNLP %s: %,.0f tokens/s%n", AnnotationBenchmark.BASELINE_ANNOTATORS,
                r.baselineTokensPerSecond());
        out.printf("  crosscheck (median of %d): %,.0f tokens/s%n", runs, r.oursTokensPerSecondOneThread());
        out.printf("  speed-up: %.1fx%n", r.speedup());
        out.printf("crosscheck on %d threads (median of %d): %d articles, %,d tokens in %.2f s = %.1f articles/s,"
                        + " %,.0f tokens/s%n", r.threads(), runs, r.articles(), r.tokens(), r.throughputSeconds(),
                r.articlesPerSecond(), r.tokensPerSecond());
        out.printf("crosscheck thread CPU: %.1f ms per article = %.1f articles per CPU-second%n",
                1000 * r.cpuSecondsPerArticle(), r.articlesPerCpuSecond());
        out.print("crosscheck's thread time by stage:");
        r.stageShares().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.printf(" %s %.0f%%", e.getKey(), 100 * e.getValue()));
        out.println();
        out.printf("peak memory (resident, both systems loaded): %s%n", Memory.mb(r.peakResidentBytes()));
        out.flush();
        return ExitCodes.OK;
    }
}
