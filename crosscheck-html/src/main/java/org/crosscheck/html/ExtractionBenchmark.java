package org.crosscheck.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.crosscheck.ingest.PageExtractor;

/**
 * Scores main-text extraction exactly as the public article-extraction benchmark (scrapinghub) does, so our figure
 * stands next to the published ones: extracted text and the true {@code articleBody} are cut into {@code \w+}
 * tokens, compared as multisets of 4-token shingles, each page's TP/FP/FN normalised to sum to 1, precision and
 * recall averaged over pages, and F1 taken from those two averages.
 *
 * <p>The folder holds {@code ground-truth.json} (key → {@code {"articleBody", "url"}}) and {@code html/KEY.html.gz}.
 */
public final class ExtractionBenchmark {

    /** One page's figures, for finding what to fix. */
    public record PageScore(String id, double precision, double recall, double tp, double fp, double fn) {
    }

    /**
     * The benchmark's figures.
     *
     * @param pagesPerSecond single-thread extraction speed after a warm-up pass, decoding included
     * @param worst          pages by ascending F1, for error analysis
     */
    public record Result(double precision, double recall, double f1, int pages, double pagesPerSecond,
                         List<PageScore> worst) {
        @Override
        public String toString() {
            return String.format("extraction: precision %.4f recall %.4f F1 %.4f over %d pages, %.1f pages/s",
                    precision, recall, f1, pages, pagesPerSecond);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;
    private static final int WARM_UP_ROUNDS = 3;

    private ExtractionBenchmark() {
    }

    public static Result run(Path dir) {
        return run(dir, new JsoupPageExtractor());
    }

    public static Result run(Path dir, PageExtractor extractor) {
        Map<String, JsonNode> truth = readTruth(dir.resolve("ground-truth.json"));
        List<String> ids = new ArrayList<>(truth.keySet());
        ids.sort(null);
        List<String> pages = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (String id : ids) {
            pages.add(readPage(dir.resolve("html").resolve(id + ".html.gz")));
            JsonNode u = truth.get(id).get("url");
            urls.add(u == null || u.isNull() ? null : u.asText());
        }
        // Warm-up: the figure is meant to be the steady speed of a long run, not the JIT's first minutes.
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (int i = 0; i < ids.size(); i++) {
                extractor.extract(pages.get(i), urls.get(i));
            }
        }
        List<String> texts = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) {
            texts.add(extractor.extract(pages.get(i), urls.get(i)).map(PageExtractor.Page::text).orElse(""));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<PageScore> scores = new ArrayList<>();
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        for (int i = 0; i < ids.size(); i++) {
            JsonNode body = truth.get(ids.get(i)).get("articleBody");
            double[] c = match(body == null || body.isNull() ? "" : body.asText(), texts.get(i));
            double tp = c[0];
            double fp = c[1];
            double fn = c[2];
            double p = precision(tp, fp, fn);
            double r = recall(tp, fp, fn);
            if (tp + fp > 0) {
                pSum += p;
                pN++;
            }
            if (tp + fn > 0) {
                rSum += r;
                rN++;
            }
            scores.add(new PageScore(ids.get(i), p, r, tp, fp, fn));
        }
        double precision = pN == 0 ? 0 : pSum / pN;
        double recall = rN == 0 ? 0 : rSum / rN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        scores.sort(Comparator.comparingDouble(s -> s.tp() - Math.max(s.fp(), s.fn())));
        return new Result(precision, recall, f1, ids.size(), ids.size() / Math.max(seconds, 1e-9),
                List.copyOf(scores));
    }

    /** The benchmark's {@code string_shingle_matching}: normalised {TP, FP, FN}. */
    static double[] match(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int tc = e.getValue();
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, pc);
            fn += Math.max(0, tc - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            fp += Math.max(0, e.getValue() - tc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }

    static double precision(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    static double recall(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }

    /** Multiset of 4-token shingles; a text of fewer tokens is one shorter shingle, none when it has no token. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }

    private static Map<String, JsonNode> readTruth(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<String, JsonNode> out = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                out.put(e.getKey(), e.getValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String readPage(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return HtmlDecoder.decode(in.readAllBytes()).text();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
