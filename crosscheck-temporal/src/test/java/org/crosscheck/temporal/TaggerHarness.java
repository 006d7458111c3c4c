package org.crosscheck.temporal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.TimeExpression;
import org.crosscheck.api.stage.TimeTagger;

/**
 * A loop harness, not a test: run by hand (its name matches neither {@code *Test} nor {@code *IT}) to check that a
 * change to the tagger keeps its output and to time it. Works on TimeBank/AQUAINT and on the first articles of the
 * AllSides corpus.
 *
 * <ul>
 *   <li>{@code dump OUT [N]}: every expression found, one per line ({@code doc start end type value text}), for
 *       a {@code diff} of two versions;</li>
 *   <li>{@code errors}: the TimeBank/AQUAINT error analysis of this build, as {@code eval times --errors} prints
 *       it;</li>
 *   <li>{@code loop ROUNDS [N]}: this build alone, pass after pass, to run under a profiler;</li>
 *   <li>{@code time BASELINE_JAR [N] [ROUNDS] [--sentences]}: tagging time per article of this build and of the
 *       build in {@code BASELINE_JAR}, loaded in its own class loader, taken in turns in the same process; prints the
 *       median of the rounds for each and their ratio; with {@code --sentences} the articles come with their
 *       sentences, as in the pipeline, instead of being split by the tagger.</li>
 * </ul>
 */
final class TaggerHarness {

    private TaggerHarness() {
    }

    /** The baseline's own classes: loaded from its jar before this build's, which the parent loader holds. */
    private static final String PACKAGE = RuleTimeTagger.class.getPackageName() + ".";

    public static void main(String[] args) throws Exception {
        Path shared = TbaqEvaluationIT.shared();
        if (args[0].equals("errors")) {
            System.out.println(TimeMlBenchmark.errorReport(shared.resolve("data/time/tbaq")));
            return;
        }
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        List<AnnotatedArticle> docs = new ArrayList<>(tbaq(shared));
        docs.addAll(corpus(shared, n));
        if (List.of(args).contains("--sentences")) {
            docs = withSentences(docs);
        }
        switch (args[0]) {
            case "dump" -> dump(new RuleTimeTagger(), docs, Path.of(args[1]));
            case "time" -> time(docs, Path.of(args[1]), args.length > 3 ? Integer.parseInt(args[3]) : 15);
            case "loop" -> {
                for (int r = 0; r < Integer.parseInt(args[1]); r++) {
                    System.out.printf(Locale.ROOT, "%.4f ms/doc%n", pass(new RuleTimeTagger(), docs));
                }
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0] + ": dump or time");
        }
    }

    private static List<AnnotatedArticle> tbaq(Path shared) throws IOException {
        List<AnnotatedArticle> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(shared.resolve("data/time/tbaq"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                TimeMlBenchmark.Doc d = TimeMlBenchmark.read(f);
                out.add(AnnotatedArticle.of(new Article(d.name(), null, d.anchor(), null, null, "en", d.text(),
                        f.toString())));
            }
        }
        return out;
    }

    private static List<AnnotatedArticle> corpus(Path shared, int n) throws IOException {
        List<AnnotatedArticle> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        Path file = shared.resolve("data/corpus/allsides-37k.jsonl.gz");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < n && (line = in.readLine()) != null) {
                JsonNode o = json.readTree(line);
                LocalDate published = null;
                try {
                    published = LocalDate.parse(o.path("published").asText(""));
                } catch (DateTimeParseException e) {
                    // no date: the tagger keeps underspecified values, which the comparison covers too
                }
                out.add(AnnotatedArticle.of(new Article(o.path("id").asText(), null, published, null, null, "en",
                        o.path("text").asText(""), file + ":" + out.size())));
            }
        }
        return out;
    }

    /**
     * The articles with their sentences given, as the pipeline's segmenter gives them, so that the tagger's own
     * fallback split is not timed: here the split that fallback makes.
     */
    private static List<AnnotatedArticle> withSentences(List<AnnotatedArticle> docs) {
        List<AnnotatedArticle> out = new ArrayList<>();
        for (AnnotatedArticle a : docs) {
            Context ctx = Context.of(a.text(), a.anchor(), List.of());
            List<Sentence> sentences = new ArrayList<>();
            for (int i = 0; i < ctx.sentenceStarts().length; i++) {
                sentences.add(new Sentence(ctx.sentenceStarts()[i], ctx.sentenceEnds()[i], List.of(), 0));
            }
            out.add(new AnnotatedArticle(a.article(), List.of(), sentences, List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of()));
        }
        return out;
    }

    private static void dump(TimeTagger tagger, List<AnnotatedArticle> docs, Path out) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            for (AnnotatedArticle a : docs) {
                for (TimeExpression t : tagger.tag(a)) {
                    w.printf("%s\t%d\t%d\t%s\t%s\t%s%n", a.id(), t.start(), t.end(), t.type(), t.value(),
                            t.text().replace('\n', ' '));
                }
            }
        }
        System.out.println("wrote " + out + " for " + docs.size() + " documents");
    }

    private static void time(List<AnnotatedArticle> docs, Path baselineJar, int rounds) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {baselineJar.toUri().toURL()},
                TimeTagger.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith(PACKAGE)) {
                    return super.loadClass(name, resolve); // the API classes are shared with this build
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : findClass(name);
                }
            }
        };
        TimeTagger baseline = (TimeTagger) loader.loadClass(RuleTimeTagger.class.getName())
                .getDeclaredConstructor().newInstance();
        TimeTagger current = new RuleTimeTagger();
        if (baseline.getClass() == current.getClass()) {
            throw new IllegalStateException("the baseline was loaded from this build, not from " + baselineJar);
        }
        for (int i = 0; i < 3; i++) {
            pass(baseline, docs);
            pass(current, docs);
        }
        double[] base = new double[rounds];
        double[] now = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            base[r] = pass(baseline, docs);
            now[r] = pass(current, docs);
        }
        double b = median(base);
        double c = median(now);
        System.out.printf(Locale.ROOT, "%d documents, %d rounds: baseline %.4f ms/doc, this build %.4f ms/doc,"
                + " ratio %.3f%n", docs.size(), rounds, b, c, c / b);
        System.out.println("baseline rounds " + Arrays.toString(base));
        System.out.println("this build rounds " + Arrays.toString(now));
    }

    /** Milliseconds per document of one pass over all of them. */
    private static double pass(TimeTagger tagger, List<AnnotatedArticle> docs) {
        long sink = 0;
        long start = System.nanoTime();
        for (AnnotatedArticle a : docs) {
            sink += tagger.tag(a).size();
        }
        double ms = (System.nanoTime() - start) / 1e6 / docs.size();
        if (sink < 0) {
            System.out.println(sink);
        }
        return Math.round(ms * 10000) / 10000.0;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
