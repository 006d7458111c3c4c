package org.crosscheck.embed;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.crosscheck.api.Article;
import org.crosscheck.api.stage.SentenceEmbedder;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.Manifest;

/**
 * Texts per second of ways to run the embedding model, each against the shipped one-at-a-time path in the same
 * process, on the clusterer's kind of text: title and three lead sentences, cut at 400 characters and read up to 96
 * word pieces, of the first N articles of the 37k corpus. Two threads share the texts, as the clusterer's prepare step
 * does. The variants take turns slice by slice (128 texts each, the order rotating), so a change in the machine's
 * load hits them alike; each run sums a variant's time over all slices, and the report gives the median of the runs
 * and the median of the per-run ratios to the baseline. Every variant's vectors are checked against the baseline's
 * (cosine per text; 0.9999 is the bar for "the same vectors").
 *
 * <p>Run from {@code crosscheck-embed} after {@code test-compile}, with the test classpath:
 * <pre>
 * ../mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) -Dcrosscheck.shared=../../shared \
 *     org.crosscheck.embed.EmbeddingBenchmark [N=512] [RUNS=5] [--quick] [--vectors OUT] [--compare IN]
 * </pre>
 * {@code --quick} times the baseline and the session options only; {@code --vectors} writes the baseline's vectors and
 * {@code --compare} checks them against a file written so, which is how two ONNX Runtime versions (two processes,
 * with another onnxruntime jar on the classpath) are compared.
 */
public final class EmbeddingBenchmark {

    private static final int WORD_PIECES = 96;
    private static final int SLICE = 128;
    private static final int THREADS = 2;

    /** One way to embed texts; {@code chunk} is how many texts a thread takes at a time. */
    private record Variant(String name, int chunk, Function<List<String>, float[][]> embed) {
    }

    private EmbeddingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        boolean quick = false;
        Path vectorsOut = null;
        Path compare = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--vectors" -> vectorsOut = Path.of(args[++i]);
                case "--compare" -> compare = Path.of(args[++i]);
                default -> positional.add(args[i]);
            }
        }
        int n = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 512;
        int runs = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 5;
        List<String> texts = texts(Path.of(System.getProperty("crosscheck.shared", "../../shared"),
                "data/corpus/allsides-37k.jsonl.gz"), n);
        OnnxModel model = OnnxModel.load();
        int[] lengths = texts.stream().mapToInt(t -> model.ids(t, WORD_PIECES).length).toArray();
        System.out.printf("%d texts, mean %.0f chars, %.1f word pieces (%.0f%% at the cap of %d), %d threads, load %s%n",
                texts.size(), texts.stream().mapToInt(String::length).average().orElse(0),
                Arrays.stream(lengths).average().orElse(0),
                100.0 * Arrays.stream(lengths).filter(l -> l == WORD_PIECES).count() / lengths.length, WORD_PIECES,
                THREADS, load());

        List<Variant> variants = variants(model, quick);
        for (Variant v : variants) {
            time(v, texts.subList(0, Math.min(64, texts.size()))); // JIT and each session's first runs
        }
        float[][] reference = new float[texts.size()][];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = model.meanPooled(texts.get(i), WORD_PIECES);
        }
        double[][] seconds = new double[variants.size()][runs];
        float[][][] vectors = new float[variants.size()][texts.size()][];
        for (int r = 0; r < runs; r++) {
            for (int from = 0, k = 0; from < texts.size(); from += SLICE, k++) {
                List<String> slice = texts.subList(from, Math.min(texts.size(), from + SLICE));
                for (int j = 0; j < variants.size(); j++) {
                    int v = (j + k + r) % variants.size();
                    long t0 = System.nanoTime();
                    float[][] got = time(variants.get(v), slice);
                    seconds[v][r] += (System.nanoTime() - t0) / 1e9;
                    System.arraycopy(got, 0, vectors[v], from, got.length);
                }
            }
            System.out.printf("run %d of %d done, load %s%n", r + 1, runs, load());
        }
        double[] base = rates(seconds[0], texts.size());
        for (int v = 0; v < variants.size(); v++) {
            double[] rates = rates(seconds[v], texts.size());
            double[] ratios = new double[runs];
            Arrays.setAll(ratios, r -> rates[r] / base[r]);
            System.out.printf("%-34s %7.1f texts/s  x%.2f of the baseline's median, per-run ratios %s%n",
                    variants.get(v).name(), median(rates), median(rates) / median(base), rounded(ratios));
            if (vectors[v][0] != null && vectors[v][0].length > 0) {
                System.out.println("    " + agreement(reference, vectors[v]));
            }
        }
        if (vectorsOut != null) {
            write(vectorsOut, reference);
        }
        if (compare != null) {
            System.out.println("against " + compare + ": " + agreement(reference, read(compare, reference.length)));
        }
    }

    private static List<Variant> variants(OnnxModel model, boolean quick) {
        List<Variant> out = new ArrayList<>();
        out.add(single("baseline: one at a time", model));
        if (!quick) {
            out.add(new Variant("tokenizing alone", 1, list -> {
                model.ids(list.get(0), WORD_PIECES);
                return new float[][] {new float[0]};
            }));
            out.add(new Variant("one at a time, direct buffers", 1,
                    list -> PaddedRuns.meanPooled(model, PaddedRuns.ids(model, list, WORD_PIECES), true)));
        }
        out.add(single("no memory pattern", OnnxModel.load(o -> o.setMemoryPatternOptimization(false))));
        out.add(single("no CPU arena", OnnxModel.load(o -> o.setCPUArenaAllocator(false))));
        out.add(single("no spinning", OnnxModel.load(o -> o.addConfigEntry("session.intra_op.allow_spinning", "0"))));
        out.add(single("denormals as zero", OnnxModel.load(o -> o.addConfigEntry("session.set_denormal_as_zero", "1"))));
        if (!quick) {
            for (int b : new int[] {4, 8, 16, 32}) {
                out.add(new Variant("batches of " + b, b,
                        list -> PaddedRuns.meanPooled(model, PaddedRuns.ids(model, list, WORD_PIECES), true)));
            }
            out.add(new Variant("batches of 16, 64 sorted by length", 64,
                    list -> PaddedRuns.sortedByLength(model, list, WORD_PIECES, 16)));
        }
        return out;
    }

    private static Variant single(String name, OnnxModel model) {
        return new Variant(name, 1, list -> new float[][] {model.meanPooled(list.get(0), WORD_PIECES)});
    }

    /** Embeds {@code texts} on {@link #THREADS} threads, each taking {@code chunk} texts at a time. */
    private static float[][] time(Variant v, List<String> texts) throws InterruptedException {
        float[][] out = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        Thread[] workers = new Thread[THREADS];
        for (int w = 0; w < THREADS; w++) {
            workers[w] = Thread.ofPlatform().start(() -> {
                for (int from; (from = next.getAndAdd(v.chunk())) < texts.size(); ) {
                    float[][] got = v.embed().apply(texts.subList(from, Math.min(texts.size(), from + v.chunk())));
                    System.arraycopy(got, 0, out, from, got.length);
                }
            });
        }
        for (Thread w : workers) {
            w.join();
        }
        return out;
    }

    /** Cosine of each vector with the reference's: the least, the mean, and how many fall below 0.9999. */
    static String agreement(float[][] reference, float[][] got) {
        double min = 1;
        double sum = 0;
        int below = 0;
        for (int i = 0; i < reference.length; i++) {
            double c = cosine(reference[i], got[i]);
            min = Math.min(min, c);
            sum += c;
            below += c < 0.9999 ? 1 : 0;
        }
        return String.format("vectors: cosine with the baseline's min %.6f, mean %.6f, %d of %d below 0.9999", min,
                sum / reference.length, below, reference.length);
    }

    /** Cosine of two vectors that are not normalised. */
    static double cosine(float[] a, float[] b) {
        return SentenceEmbedder.cosine(MiniLmEmbedder.normalised(a), MiniLmEmbedder.normalised(b));
    }

    private static double[] rates(double[] seconds, int texts) {
        return Arrays.stream(seconds).map(s -> texts / s).toArray();
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String rounded(double[] xs) {
        return Arrays.toString(Arrays.stream(xs).map(x -> Math.round(x * 100) / 100.0).toArray());
    }

    private static String load() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void write(Path file, float[][] vectors) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            for (float[] v : vectors) {
                for (float x : v) {
                    out.writeFloat(x);
                }
            }
        }
    }

    private static float[][] read(Path file, int n) throws IOException {
        float[][] vectors = new float[n][MiniLmEmbedder.DIMENSION];
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            for (float[] v : vectors) {
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
            }
        }
        return vectors;
    }

    /** The clusterer's kind of text for the first {@code n} articles of {@code corpus} that have any. */
    static List<String> texts(Path corpus, int n) {
        List<String> out = new ArrayList<>(n);
        for (Article a : Inputs.withDefaultReaders().readAll(List.of(corpus), Manifest.EMPTY).articles()) {
            String t = titleAndLead(a.title() == null ? "" : a.title(), a.text(), 3, 400);
            if (!t.isBlank()) {
                out.add(t);
            }
            if (out.size() == n) {
                break;
            }
        }
        return out;
    }

    /**
     * The title (ended with a full stop) and the text up to its {@code sentences}-th sentence end, spaces collapsed
     * and cut at a word boundary near {@code maxChars}, as the clusterer builds it; a sentence ends at {@code .!?}
     * before a space and a character that is not lower case, or at a blank line (the clusterer counts the pipeline's
     * sentences, which may end elsewhere).
     */
    static String titleAndLead(String title, String text, int sentences, int maxChars) {
        int end = text.length();
        int seen = 0;
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            boolean stop = (c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))
                    && !Character.isLowerCase(text.charAt(i + 2)) || c == '\n' && text.charAt(i + 1) == '\n';
            if (stop && ++seen == sentences) {
                end = i + 1;
                break;
            }
        }
        String head = title.strip();
        head = head.isEmpty() || ".?!".indexOf(head.charAt(head.length() - 1)) >= 0 ? head : head + ".";
        String s = (head + " " + text.substring(0, end)).replaceAll("\\s+", " ").strip();
        int cut = s.lastIndexOf(' ', maxChars);
        return s.length() <= maxChars ? s : s.substring(0, cut > maxChars / 2 ? cut : maxChars);
    }
}
