package org.crosscheck.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.bench.Memory;
import org.crosscheck.dedup.NearDuplicates;
import org.crosscheck.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench ingest [CORPUS]}: reading, cleaning, language identification and near-duplicate detection
 * over a corpus. Prints the median articles per second of several timed runs after a warm-up, the same against a
 * reading-only baseline run in the same process (the ratio holds on a busy machine), each stage's share of the time,
 * and peak memory (the resident-set high-water mark and the peak heap in use).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Throughput of reading, cleaning, language identification and duplicate detection, "
                + "and peak memory.")
final class BenchIngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CORPUS", arity = "0..*",
            description = "Articles in any input format (default: ../shared/data/corpus/allsides-37k.jsonl.gz)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--runs", description = "Timed runs; the median is reported (default ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--warmups", description = "Untimed runs first (default ${DEFAULT-VALUE})")
    int warmups = 1;

    @Option(names = "--threads", description = "Worker threads (default ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--no-baseline", description = "Skip the reading-only baseline runs")
    boolean noBaseline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty()) {
            inputs = List.of(Path.of("../shared/data/corpus/allsides-37k.jsonl.gz"));
        }
        if (runs < 1 || threads < 1 || warmups < 0) {
            err.println("crosscheck: --runs and --threads must be positive, --warmups not negative");
            return ExitCodes.USAGE;
        }
        Stages stages = Stages.defaults();
        NearDuplicates dedup = new NearDuplicates();
        for (int i = 0; i < warmups; i++) {
            IngestPass.Result w = IngestPass.run(inputs, stages.cleaner(), stages.language(), dedup, threads, false);
            err.printf(Locale.ROOT, "warm-up %d: %.0f articles/s%n", i + 1, w.articlesPerSecond());
            err.flush();
        }
        if (warmups == 0) {
            stages.language().identify("Warm the language model up before any clock starts.");
        }
        resetPeakHeap();
        List<IngestPass.Result> timed = new ArrayList<>();
        List<IngestPass.Result> base = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if (!noBaseline) {
                base.add(IngestPass.run(inputs, stages.cleaner(), stages.language(), dedup, threads, true));
            }
            IngestPass.Result r = IngestPass.run(inputs, stages.cleaner(), stages.language(), dedup, threads, false);
            timed.add(r);
            err.printf(Locale.ROOT, "run %d: %.0f articles/s, %.0f by CPU time%s%n", i + 1, r.articlesPerSecond(),
                    r.articlesPerCpuSecond(cores()),
                    noBaseline ? "" : String.format(Locale.ROOT, " (reading only: %.0f articles/s)",
                            base.getLast().articlesPerSecond()));
            err.flush();
        }
        if (timed.getFirst().articles() == 0) {
            err.println("crosscheck: no articles read from " + inputs);
            return ExitCodes.FAILURE;
        }
        IngestPass.Result median = median(timed);
        out.printf(Locale.ROOT, "%,d articles (%d input problems), %d worker threads + a reader + the index thread; "
                        + "%d flagged duplicate_of an earlier article (arrival order)%n", median.articles(),
                median.problems(), threads, median.duplicates());
        out.printf(Locale.ROOT, "ingest (read, clean, language, dedup): %.0f articles/s, median of %d runs %s%n",
                median.articlesPerSecond(), runs, rates(timed));
        out.printf(Locale.ROOT, "  by CPU time: %.0f articles per second of %d cores' CPU time, median of %s "
                        + "(process CPU, GC and JIT included: what %d idle cores would reach, on a shared machine)%n",
                medianCpuRate(timed), cores(), cpuRates(timed), cores());
        if (!noBaseline) {
            IngestPass.Result b = median(base);
            out.printf(Locale.ROOT, "reading only (gunzip, JSON): %.0f articles/s, median of %d runs %s%n",
                    b.articlesPerSecond(), runs, rates(base));
            out.printf(Locale.ROOT, "  by CPU time: %.0f articles per second of %d cores' CPU time, median of %s%n",
                    medianCpuRate(base), cores(), cpuRates(base));
            out.printf(Locale.ROOT, "  ingest runs at %.2f x the reading-only speed (wall medians), %.2f x by CPU "
                            + "time%n",
                    median.articlesPerSecond() / b.articlesPerSecond(), medianCpuRate(timed) / medianCpuRate(base));
        }
        out.println("share of the stages' CPU time (summed over threads, median run):");
        long total = median.stageNanos().values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> e : median.stageNanos().entrySet()) {
            out.printf(Locale.ROOT, "  %-24s %5.1f%%  %8.1f us/article%n", e.getKey(), 100.0 * e.getValue() / total,
                    e.getValue() / 1e3 / median.articles());
        }
        out.printf(Locale.ROOT, "peak memory: resident set (VmHWM) %s, heap in use at most %s (max heap %s)%n",
                Memory.mb(Memory.peakResidentBytes()), Memory.mb(peakHeap()),
                Memory.mb(Runtime.getRuntime().maxMemory()));
        out.flush();
        return ExitCodes.OK;
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static IngestPass.Result median(List<IngestPass.Result> runs) {
        List<IngestPass.Result> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(IngestPass.Result::articlesPerSecond));
        return sorted.get(sorted.size() / 2);
    }

    private static double medianCpuRate(List<IngestPass.Result> runs) {
        double[] r = runs.stream().mapToDouble(x -> x.articlesPerCpuSecond(cores())).sorted().toArray();
        return r[r.length / 2];
    }

    private static String cpuRates(List<IngestPass.Result> runs) {
        return runs.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.articlesPerCpuSecond(cores()))).toList()
                .toString();
    }

    private static String rates(List<IngestPass.Result> runs) {
        return runs.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.articlesPerSecond())).toList().toString();
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
