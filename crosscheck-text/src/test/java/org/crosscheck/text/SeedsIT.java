package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Boilerplate;
import org.crosscheck.api.Cleaned;
import org.crosscheck.api.Region;
import org.crosscheck.api.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's stages on the five seed articles, scored against {@code seeds/gold.json}: boilerplate recall
 * and wrongful removals, datelines, the non-reporting region, and segmentation throughput. Prints its figures.
 */
class SeedsIT {

    private static Path seeds;
    private static JsonNode gold;
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        Path shared = SharedData.folder();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("seeds")), "no shared seeds folder");
        seeds = shared.resolve("seeds");
        gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        for (var e : gold.get("articles").properties()) {
            String file = e.getValue().get("file").asText();
            TEXTS.put(e.getKey(), Files.readString(seeds.resolve("articles").resolve(file), StandardCharsets.UTF_8));
        }
    }

    private static Cleaned clean(String key) {
        return new PageCleaner().clean(new Article(key, null, null, null, null, null, TEXTS.get(key), key));
    }

    @Test
    void cleaningFindsTheGoldBoilerplateAndRemovesNoEvidence() {
        int goldCount = 0;
        int found = 0;
        List<String> extra = new ArrayList<>();
        for (JsonNode b : gold.get("boilerplate")) {
            goldCount++;
            Cleaned c = clean(b.get("article").asText());
            String want = b.get("text").asText();
            boolean hit = c.removed().stream().anyMatch(r -> r.text().equals(want));
            found += hit ? 1 : 0;
            System.out.printf("boilerplate %s %-9s %s%n", b.get("article").asText(), hit ? "FOUND" : "MISSED", want);
        }
        for (String key : TEXTS.keySet()) {
            Cleaned c = clean(key);
            for (Boilerplate r : c.removed()) {
                String original = TEXTS.get(key);
                assertThat(original.substring(r.start(), r.end())).isEqualTo(r.text());
                boolean inGold = false;
                for (JsonNode b : gold.get("boilerplate")) {
                    inGold |= b.get("article").asText().equals(key) && b.get("text").asText().equals(r.text());
                }
                if (!inGold) {
                    extra.add(key + " [" + r.why() + "] " + r.text());
                }
            }
        }
        System.out.printf("boilerplate recall %d/%d; removals not in gold: %d%n", found, goldCount, extra.size());
        extra.forEach(e -> System.out.println("  not in gold: " + e));
        assertThat(found).isEqualTo(goldCount);

        List<String> lost = new ArrayList<>();
        for (String key : TEXTS.keySet()) {
            String cleaned = clean(key).article().text();
            for (String evidence : evidenceOf(key)) {
                if (TEXTS.get(key).contains(evidence) && !cleaned.contains(evidence)) {
                    lost.add(key + ": " + evidence);
                }
            }
        }
        System.out.println("gold entity/quantity/quote/time texts removed by cleaning: " + lost.size());
        lost.forEach(l -> System.out.println("  lost " + l));
        assertThat(lost).isEmpty();
    }

    private static List<String> evidenceOf(String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : gold.get("entities")) {
            e.get("mentions").forEach(m -> out.add(m.asText()));
        }
        for (String field : List.of("quantities", "quotes", "time_expressions", "attributions")) {
            for (JsonNode q : gold.get(field)) {
                if (q.get("article").asText().equals(key)) {
                    out.add(q.get("text").asText());
                }
            }
        }
        return out;
    }

    @Test
    void datelines() {
        int right = 0;
        for (var e : gold.get("articles").properties()) {
            JsonNode a = e.getValue();
            LocalDate want = a.get("published_in_text").asBoolean() ? LocalDate.parse(a.get("published").asText()) : null;
            LocalDate got = clean(e.getKey()).dateline();
            System.out.printf("dateline %s gold=%s got=%s%n", e.getKey(), want, got);
            assertThat(got).as("dateline of " + e.getKey()).isEqualTo(want);
            right++;
        }
        System.out.printf("datelines right: %d/%d%n", right, gold.get("articles").size());
    }

    @Test
    void nonReportingRegionMatchesGold() {
        long goldChars = 0;
        long foundChars = 0;
        long overlap = 0;
        for (String key : TEXTS.keySet()) {
            Cleaned c = clean(key);
            String text = c.article().text();
            List<Region> regions = new NonReportingClassifier().classify(AnnotatedArticle.of(c));
            boolean[] want = new boolean[text.length()];
            for (JsonNode g : gold.get("non_reporting_spans")) {
                if (!g.get("article").asText().equals(key)) {
                    continue;
                }
                int from = text.indexOf(g.get("from").asText());
                String to = g.get("to").asText();
                int end = text.indexOf(to, Math.max(from, 0)) + to.length();
                assertThat(from).as("gold region start in cleaned " + key).isGreaterThanOrEqualTo(0);
                for (int i = from; i < end; i++) {
                    want[i] = true;
                }
            }
            for (Region r : regions) {
                System.out.printf("region %s %s [%d,%d) %s: \"%s ... %s\"%n", key, r.kind(), r.start(), r.end(), r.why(),
                        snippet(text.substring(r.start(), r.end()), true), snippet(text.substring(r.start(), r.end()), false));
            }
            boolean[] got = new boolean[text.length()];
            regions.forEach(r -> java.util.Arrays.fill(got, r.start(), r.end(), true));
            for (int i = 0; i < text.length(); i++) {
                goldChars += want[i] ? 1 : 0;
                foundChars += got[i] ? 1 : 0;
                overlap += want[i] && got[i] ? 1 : 0;
            }
        }
        double p = foundChars == 0 ? 0 : (double) overlap / foundChars;
        double r = goldChars == 0 ? 0 : (double) overlap / goldChars;
        System.out.printf("non-reporting characters: gold %d, found %d, overlap %d: precision %.3f recall %.3f%n",
                goldChars, foundChars, overlap, p, r);
        assertThat(r).isGreaterThan(0.95);
        assertThat(p).isGreaterThan(0.95);
    }

    private static String snippet(String s, boolean head) {
        String t = s.replace('\n', ' ');
        return head ? t.substring(0, Math.min(30, t.length())) : t.substring(Math.max(0, t.length() - 30));
    }

    @Test
    void segmentationThroughput() {
        OpenNlpSegmenter seg = new OpenNlpSegmenter();
        List<String> texts = TEXTS.keySet().stream().map(k -> clean(k).article().text()).toList();
        for (String t : texts) {
            List<Sentence> ss = seg.segment(t);
            AnnotatedArticle.of(new Article("x", null, null, null, null, null, t, "x")).withSentences(ss);
            for (Sentence s : ss) {
                assertThat(Character.isWhitespace(t.charAt(s.start()))).isFalse();
                assertThat(Character.isWhitespace(t.charAt(s.end() - 1))).isFalse();
            }
        }
        // JIT warm-up for two seconds, then three seconds measured
        long warm = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warm) {
            texts.forEach(seg::segment);
        }
        long tokens = 0;
        long start = System.nanoTime();
        long stop = start + 3_000_000_000L;
        while (System.nanoTime() < stop) {
            for (String t : texts) {
                for (Sentence s : seg.segment(t)) {
                    tokens += s.tokens().size();
                }
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        int sentences = texts.stream().mapToInt(t -> seg.segment(t).size()).sum();
        System.out.printf("segmenter on seeds: %d sentences; %.0f tokens/s (one thread, after warm-up)%n",
                sentences, tokens / secs);
        assertThat(tokens).isPositive();
    }
}
