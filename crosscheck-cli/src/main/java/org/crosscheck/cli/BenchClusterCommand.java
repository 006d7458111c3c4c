package org.crosscheck.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.bench.Memory;
import org.crosscheck.embed.MiniLmEmbedder;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Stages;
import org.crosscheck.stories.ArticleFeatures;
import org.crosscheck.stories.ClusterConfig;
import org.crosscheck.stories.MemoryStoryIndex;
import org.crosscheck.stories.OnlineStoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench cluster [CORPUS]}: story clustering at corpus scale. Per article, cleaning, features and
 * the title-and-lead embedding run on worker threads (they are pure functions of the article); assignment runs on one
 * thread in publication order, as in a stream. Prints articles per second (median of runs, and against a baseline
 * run without embeddings in the same process), the median cost of one assignment after 10k, 20k and all articles
 * (with the stories then in the hot index: the cost must not grow with the stories seen), and peak memory.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Story clustering throughput, per-article assignment cost as the stream grows, and peak memory.")
final class BenchClusterCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CORPUS", arity = "0..*",
            description = "Articles in any input format (default: ../shared/data/corpus/allsides-37k.jsonl.gz)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--runs", description = "Timed runs with embeddings; the median is reported (default ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--threads", description = "Threads for the per-article work (default: the cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--limit", description = "Use only the first N articles in publication order")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--window", description = "Days a story stays in the hot index (default: the clusterer's)")
    Integer windowDays;

    @Option(names = "--no-baseline", description = "Skip the baseline run without embeddings")
    boolean noBaseline;

    @Spec
    CommandSpec spec;

    /** What one run measured. */
    private record Run(int articles, double seconds, List<Mark> marks) {
        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /** Assignment cost around one point of the stream: median over the preceding {@link #WINDOW} articles. */
    private record Mark(int seen, double medianMicros, int storiesInIndex) {
    }

    private static final int WINDOW = 1_000;
    private static final int AHEAD = 512;

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty()) {
            inputs = List.of(Path.of("../shared/data/corpus/allsides-37k.jsonl.gz"));
        }
        Inputs.Result read = Readers.inputs().readAll(inputs, Manifest.EMPTY);
        read.problems().forEach(p -> err.println("crosscheck: " + p));
        List<Article> articles = new ArrayList<>(read.articles());
        // stream order, as StoryStream runs a batch: by date (undated last), then id
        articles.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Article::id));
        if (articles.size() > limit) {
            articles = new ArrayList<>(articles.subList(0, limit));
        }
        if (articles.isEmpty()) {
            err.println("crosscheck: no articles read from " + inputs);
            return ExitCodes.FAILURE;
        }
        int[] marks = marks(articles.size());
        Pipeline pipeline = new Pipeline(Stages.defaults());
        ClusterConfig withEmb = ClusterConfig.withEmbeddings();
        ClusterConfig without = ClusterConfig.defaults();
        if (windowDays != null) {
            withEmb = withEmb.toBuilder().windowDays(windowDays).build();
            without = without.toBuilder().windowDays(windowDays).build();
        }
        OnlineStoryClusterer embedded = new OnlineStoryClusterer(withEmb, MiniLmEmbedder.shared());
        OnlineStoryClusterer plain = new OnlineStoryClusterer(without);

        // warm-up: model load and JIT, untimed
        MiniLmEmbedder.shared().embed("warm up");
        run(pipeline, embedded, articles.subList(0, Math.min(500, articles.size())), marks, err);

        out.printf("%,d articles, %d threads for cleaning, features and embeddings, assignment on one thread%n",
                articles.size(), threads);
        Run baseline = null;
        if (!noBaseline) {
            baseline = run(pipeline, plain, articles, marks, err);
            out.printf("baseline without embeddings: %.0f articles/s%n", baseline.articlesPerSecond());
        }
        List<Run> timed = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Run r = run(pipeline, embedded, articles, marks, err);
            err.printf("run %d: %.0f articles/s%n", i + 1, r.articlesPerSecond());
            err.flush();
            timed.add(r);
        }
        timed.sort(Comparator.comparingDouble(Run::articlesPerSecond));
        Run median = timed.get(timed.size() / 2);
        out.printf("with embeddings (median of %d): %.0f articles/s (runs: %s)%n", runs, median.articlesPerSecond(),
                timed.stream().map(r -> String.format("%.0f", r.articlesPerSecond())).toList());
        if (baseline != null) {
            out.printf("  = %.2f x the baseline's speed%n", median.articlesPerSecond() / baseline.articlesPerSecond());
        }
        out.println("assignment cost (median over the previous " + WINDOW + " articles, median run):");
        for (Mark m : median.marks()) {
            out.printf("  after %,7d articles: %8.1f us/article, %,6d stories in the hot index%n", m.seen(),
                    m.medianMicros(), m.storiesInIndex());
        }
        if (baseline != null) {
            out.println("  baseline without embeddings:");
            for (Mark m : baseline.marks()) {
                out.printf("  after %,7d articles: %8.1f us/article, %,6d stories in the hot index%n", m.seen(),
                        m.medianMicros(), m.storiesInIndex());
            }
        }
        out.printf("peak memory: resident (VmHWM) %s, heap pools' peaks %s (max heap %s)%n",
                Memory.mb(Memory.peakResidentBytes()), Memory.mb(peakHeap()),
                Memory.mb(Runtime.getRuntime().maxMemory()));
        out.flush();
        return ExitCodes.OK;
    }

    /** After 10k and 20k articles (where the corpus has them) and at its end. */
    private static int[] marks(int n) {
        return java.util.stream.IntStream.concat(java.util.stream.IntStream.of(10_000, 20_000).filter(k -> k < n),
                java.util.stream.IntStream.of(n)).toArray();
    }

    private Run run(Pipeline pipeline, OnlineStoryClusterer clusterer, List<Article> articles, int[] marks,
                    PrintWriter err) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            MemoryStoryIndex index = clusterer.newIndex();
            long[] assignNanos = new long[articles.size()];
            List<Mark> found = new ArrayList<>();
            Deque<Future<ArticleFeatures>> ahead = new ArrayDeque<>();
            int submitted = 0;
            int m = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < articles.size(); i++) {
                while (submitted < articles.size() && submitted < i + AHEAD) {
                    Article a = articles.get(submitted++);
                    ahead.add(pool.submit(() -> clusterer.prepare(
                            AnnotatedArticle.of(pipeline.extract(a, p -> { })))));
                }
                ArticleFeatures f = ahead.poll().get();
                long s = System.nanoTime();
                clusterer.assign(f, index);
                assignNanos[i] = System.nanoTime() - s;
                if (m < marks.length && i + 1 == marks[m]) {
                    long[] last = Arrays.copyOfRange(assignNanos, Math.max(0, i + 1 - WINDOW), i + 1);
                    Arrays.sort(last);
                    found.add(new Mark(i + 1, last[last.length / 2] / 1e3, index.size()));
                    m++;
                }
            }
            return new Run(articles.size(), (System.nanoTime() - t0) / 1e9, found);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
