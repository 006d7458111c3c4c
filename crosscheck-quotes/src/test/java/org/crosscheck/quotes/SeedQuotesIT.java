package org.crosscheck.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Quote;
import org.crosscheck.api.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Quotes and attributions on the five seed articles against their gold annotations. */
class SeedQuotesIT {

    @Test
    void seedQuotesAndAttributions() throws IOException {
        Path seeds = TestDocs.shared().resolve("seeds");
        Assumptions.assumeTrue(Files.isRegularFile(seeds.resolve("gold.json")), "no seeds at " + seeds);
        JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.list(seeds.resolve("articles"))) {
            for (Path f : files.toList()) {
                texts.put(f.getFileName().toString().substring(0, 3), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        RuleQuoteExtractor qx = new RuleQuoteExtractor();
        RuleAttributionExtractor ax = new RuleAttributionExtractor();
        Map<String, List<Quote>> quotes = new HashMap<>();
        Map<String, List<Attribution>> attrs = new HashMap<>();
        for (var e : texts.entrySet()) {
            AnnotatedArticle doc = TestDocs.annotated(e.getKey(), e.getValue());
            quotes.put(e.getKey(), qx.extract(doc));
            attrs.put(e.getKey(), ax.extract(doc));
            if (Boolean.getBoolean("crosscheck.verbose")) {
                quotes.get(e.getKey()).forEach(q -> System.out.println(e.getKey() + " Q [" + q.speaker() + "/"
                        + q.speakerKind() + "] " + q.text()));
                attrs.get(e.getKey()).forEach(a -> System.out.println(e.getKey() + " A [" + a.source() + "/"
                        + a.kind() + "] " + a.text()));
            }
        }
        int goldQuotes = 0;
        int found = 0;
        int speakerOk = 0;
        List<Span> matchedPred = new ArrayList<>();
        for (JsonNode g : gold.get("quotes")) {
            String id = g.get("article").asText();
            String text = texts.get(id);
            int s = text.indexOf(g.get("text").asText());
            Span gs = new Span(s, s + g.get("text").asText().length());
            goldQuotes++;
            for (Quote q : quotes.get(id)) {
                if (q.span().overlaps(gs)) {
                    found++;
                    if (speakerMatches(g.get("speaker").asText(), q.speaker())) {
                        speakerOk++;
                    }
                    break;
                }
            }
        }
        int predicted = 0;
        int correct = 0;
        for (var e : quotes.entrySet()) {
            for (Quote q : e.getValue()) {
                predicted++;
                for (JsonNode g : gold.get("quotes")) {
                    if (g.get("article").asText().equals(e.getKey())) {
                        int s = texts.get(e.getKey()).indexOf(g.get("text").asText());
                        if (q.span().overlaps(new Span(s, s + g.get("text").asText().length()))) {
                            correct++;
                            break;
                        }
                    }
                }
            }
        }
        int goldAttr = 0;
        int attrFound = 0;
        int attrSource = 0;
        for (JsonNode g : gold.get("attributions")) {
            String id = g.get("article").asText();
            String text = texts.get(id);
            int s = text.indexOf(g.get("text").asText());
            Span gs = new Span(s, s + g.get("text").asText().length());
            goldAttr++;
            boolean hit = false;
            boolean src = false;
            for (Attribution a : attrs.get(id)) {
                if (a.span().overlaps(gs)) {
                    hit = true;
                    src |= speakerMatches(g.get("source").asText().replaceAll("\\s*\\(.*\\)$", ""), a.source());
                }
            }
            attrFound += hit ? 1 : 0;
            attrSource += src ? 1 : 0;
        }
        double precision = predicted == 0 ? 0 : correct / (double) predicted;
        double recall = found / (double) goldQuotes;
        double speaker = found == 0 ? 0 : speakerOk / (double) found;
        double attrRecall = attrFound / (double) goldAttr;
        System.out.printf(Locale.ROOT, "seed quotes: precision %.3f (%d/%d) recall %.3f (%d/%d) speaker %.3f (%d/%d)%n",
                precision, correct, predicted, recall, found, goldQuotes, speaker, speakerOk, found);
        System.out.printf(Locale.ROOT, "seed attributions: recall %.3f (%d/%d), source right %d%n",
                attrRecall, attrFound, goldAttr, attrSource);
        // floors pinned at the figures reached (1.0 / 1.0 / 0.78 / 1.0), with a little room
        assertThat(precision).isGreaterThanOrEqualTo(0.85);
        assertThat(recall).isGreaterThanOrEqualTo(0.85);
        assertThat(speaker).isGreaterThanOrEqualTo(0.70);
        assertThat(attrRecall).isGreaterThanOrEqualTo(0.90);
    }

    /** Same surname, or the same description ignoring case. */
    static boolean speakerMatches(String gold, String predicted) {
        if (predicted == null) {
            return false;
        }
        String g = gold.toLowerCase(Locale.ROOT).trim();
        String p = predicted.toLowerCase(Locale.ROOT).trim();
        if (g.equals(p)) {
            return true;
        }
        String[] gw = g.split("\\s+");
        String surname = gw[gw.length - 1];
        return Character.isUpperCase(gold.trim().charAt(0)) && p.matches(".*\\b" + java.util.regex.Pattern.quote(surname) + "\\b.*");
    }
}
