package org.crosscheck.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Cleaned;
import org.crosscheck.api.Sentence;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.ingest.ReadProblem;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Stages;

/**
 * crosscheck's whole annotation pass (cleaning, sentences, non-reporting regions, entities, times, quantities, quotes,
 * attributions, entity resolution) against Stanford CoreNLP's default English pipeline with quote attribution
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}) on the same cleaned texts, in one process.
 *
 * <p>The ratio compares the two on the same subset of articles on one thread each, so it does not depend on how busy
 * the machine is. crosscheck is also run over all articles on the configured threads, which is the throughput a
 * user sees. Models are loaded, and the JIT warmed, before any clock starts.
 */
public final class AnnotationBenchmark {

    /** CoreNLP's default English annotators plus quote attribution, which needs coreference. */
    public static final String BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    /** Articles annotated, untimed, before the clock starts (in whole passes over the input). */
    private static final int WARM_ARTICLES = 300;
    private static final int MAX_WARM_PASSES = 3;

    /**
     * @param runs              timed runs of crosscheck (the median is reported)
     * @param baselineArticles  how many articles both systems annotate for the ratio (CoreNLP is slow)
     * @param threads           threads crosscheck uses for the throughput figure
     */
    public record Config(int runs, int baselineArticles, int threads) {
        public Config {
            if (runs < 1 || baselineArticles < 1 || threads < 1) {
                throw new IllegalArgumentException("runs, baseline articles and threads must be positive: "
                        + runs + ", " + baselineArticles + ", " + threads);
            }
        }
    }

    /**
     * @param articles           articles crosscheck annotated per throughput run
     * @param tokens             tokens in them (crosscheck's segmenter)
     * @param throughputSeconds  median wall time of one throughput run
     * @param sameTextArticles   articles in the one-thread comparison
     * @param sameTextTokens     CoreNLP's token count on them
     * @param oursSeconds        median one-thread time of crosscheck on them
     * @param baselineSeconds    one-thread time of CoreNLP on them
     * @param peakResidentBytes  the process's peak resident set, both systems loaded
     * @param stageShares        each crosscheck stage's share of its thread time over the timed runs, largest first
     * @param cpuSecondsPerArticle crosscheck's thread CPU time per article annotated in the timed runs: unlike wall
     *                           time it does not grow when other processes hold the cores
     */
    public record Result(int threads, int articles, long tokens, double throughputSeconds, int sameTextArticles,
                         long sameTextTokens, double oursSeconds, double baselineSeconds, long peakResidentBytes,
                         Map<String, Double> stageShares, double cpuSecondsPerArticle) {

        public Result {
            stageShares = Map.copyOf(stageShares);
        }

        public double articlesPerSecond() {
            return articles / throughputSeconds;
        }

        public double tokensPerSecond() {
            return tokens / throughputSeconds;
        }

        public double oursTokensPerSecondOneThread() {
            return sameTextTokens / oursSeconds;
        }

        public double baselineTokensPerSecond() {
            return sameTextTokens / baselineSeconds;
        }

        /** Articles annotated per CPU-second: the throughput of one core that crosscheck has to itself. */
        public double articlesPerCpuSecond() {
            return 1 / cpuSecondsPerArticle;
        }

        /** How many times faster crosscheck is than the baseline on the same texts, one thread each. */
        public double speedup() {
            return baselineSeconds / oursSeconds;
        }
    }

    private AnnotationBenchmark() {
    }

    public static Result run(List<Article> input, Config config, Consumer<String> log) {
        if (input.isEmpty()) {
            throw new IllegalArgumentException("no articles to annotate");
        }
        StageClock clock = new StageClock();
        Stages stages = clock.wrap(Stages.defaults());
        Pipeline one = new Pipeline(stages, 1);
        Pipeline many = new Pipeline(stages, config.threads());
        List<Article> cleaned = new ArrayList<>();
        for (Cleaned c : many.extract(input, p -> { }, () -> { })) {
            cleaned.add(c.article());
        }
        List<Article> same = cleaned.subList(0, Math.min(config.baselineArticles(), cleaned.size()));

        log.accept("loading crosscheck's models and warming up ...");
        one.annotate(same.subList(0, Math.min(3, same.size())), p -> { }, () -> { });
        // the JIT compiles the hot paths only after many calls: with three articles of warm-up, the first timed runs
        // over BASIL's 120 articles took 1.3-2.7x as long as the seventh. A firehose annotator runs warm, so untimed
        // passes over the input come first, at least WARM_ARTICLES articles in all.
        int passes = Math.min(MAX_WARM_PASSES, Math.ceilDiv(WARM_ARTICLES, cleaned.size()));
        for (int w = 0; w < passes; w++) {
            many.annotate(cleaned, p -> { }, () -> { });
        }

        clock.reset();
        List<AnnotatedArticle> docs = List.of();
        List<Double> throughput = new ArrayList<>();
        List<Double> oneThread = new ArrayList<>();
        for (int r = 0; r < config.runs(); r++) {
            long t0 = System.nanoTime();
            docs = many.annotate(cleaned, p -> { }, () -> { });
            throughput.add(seconds(t0));
            t0 = System.nanoTime();
            one.annotate(same, p -> { }, () -> { });
            oneThread.add(seconds(t0));
            log.accept(String.format("crosscheck run %d: %d articles in %.2f s on %d threads; %d articles in %.2f s"
                    + " on one thread", r + 1, cleaned.size(), throughput.getLast(), config.threads(), same.size(),
                    oneThread.getLast()));
        }
        long tokens = docs.stream().mapToLong(AnnotationBenchmark::tokens).sum();
        Map<String, Double> perStage = clock.seconds();
        double total = perStage.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        perStage.forEach((stage, sec) -> shares.put(stage, sec / total));
        double cpu = clock.cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        double cpuPerArticle = cpu / ((double) config.runs() * (cleaned.size() + same.size()));

        log.accept("loading CoreNLP (" + BASELINE_ANNOTATORS + ") and warming up ...");
        StanfordCoreNLP corenlp = baseline();
        corenlp.annotate(new CoreDocument(same.getFirst().text()));
        long baselineTokens = 0;
        long t0 = System.nanoTime();
        for (Article a : same) {
            CoreDocument doc = new CoreDocument(a.text());
            corenlp.annotate(doc);
            baselineTokens += doc.tokens().size();
        }
        double baselineSeconds = seconds(t0);
        log.accept(String.format("CoreNLP: %d articles, %,d tokens in %.2f s", same.size(), baselineTokens,
                baselineSeconds));

        return new Result(config.threads(), cleaned.size(), tokens, median(throughput), same.size(), baselineTokens,
                median(oneThread), baselineSeconds, Memory.peakResidentBytes(), shares, cpuPerArticle);
    }

    /**
     * The first {@code limit} articles with text in the inputs, in reading order: a sample of a large corpus (the
     * 37k AllSides file) that keeps only the sample in memory, so the peak memory the benchmark reports is the
     * annotators', not the whole corpus's. The rest of the input is still read, and dropped; every input problem
     * goes to {@code problems}.
     */
    public static List<Article> firstArticles(Inputs inputs, List<Path> paths, int limit,
                                              Consumer<ReadProblem> problems) {
        List<Article> out = new ArrayList<>();
        inputs.read(paths, Manifest.EMPTY, new ArticleSink() {
            @Override
            public void article(Article article) {
                if (out.size() < limit && article.text() != null && !article.text().isBlank()) {
                    out.add(article);
                }
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.accept(problem);
            }
        });
        return out;
    }

    static StanfordCoreNLP baseline() {
        Properties props = new Properties();
        props.setProperty("annotators", BASELINE_ANNOTATORS);
        props.setProperty("threads", "1");
        return new StanfordCoreNLP(props);
    }

    static long tokens(AnnotatedArticle doc) {
        long n = 0;
        for (Sentence s : doc.sentences()) {
            n += s.tokens().size();
        }
        return n;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
