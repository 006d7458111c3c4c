package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own fictional story (examples/harbour-strike) through every command, as the README shows it. It
 * was written for the project, so it doubles as a check that nothing in crosscheck is keyed to the seed articles.
 */
class ExampleStoryIT {

    @TempDir
    static Path tmp;

    static JsonNode brief;
    static List<JsonNode> annotated = new ArrayList<>();
    static String markdown;

    @BeforeAll
    static void run() throws IOException {
        Path dir = CliRunner.root().resolve("examples/harbour-strike");
        String manifest = dir.resolve("manifest.json").toString();
        Path json = tmp.resolve("brief.json");
        CliRunner.Result r = CliRunner.run("brief", dir.toString(), "--manifest", manifest, "--format", "json",
                "--out", json.toString());
        assertThat(r.status()).as(r.err()).isZero();
        brief = new ObjectMapper().readTree(json.toFile());
        Path ann = tmp.resolve("annotate.jsonl");
        r = CliRunner.run("annotate", dir.toString(), "--manifest", manifest, "--out", ann.toString());
        assertThat(r.status()).as(r.err()).isZero();
        for (String line : Files.readAllLines(ann)) {
            annotated.add(new ObjectMapper().readTree(line));
        }
        r = CliRunner.run("brief", dir.toString(), "--manifest", manifest);
        assertThat(r.status()).as(r.err()).isZero();
        markdown = r.out();
    }

    private static JsonNode doc(String id) {
        return annotated.stream().filter(d -> d.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void oneStoryHoldsAllFourArticles() {
        assertThat(brief.get("stories")).hasSize(1);
        assertThat(brief.get("stories").get(0).get("articles")).hasSize(4);
    }

    @Test
    void datelineDatesTheArticleTheManifestLeftUndated() {
        assertThat(doc("courier-oct16").get("published").asText()).isEqualTo("2031-10-16");
    }

    @Test
    void everyOffsetPointsAtItsText() {
        for (JsonNode d : annotated) {
            String text = d.get("text").asText();
            for (String kind : List.of("entities", "quantities", "times", "quotes", "attributions")) {
                for (JsonNode item : d.get(kind)) {
                    assertThat(text.substring(item.get("start").asInt(), item.get("end").asInt()))
                            .as(kind + " in " + d.get("id")).isEqualTo(item.get("text").asText());
                }
            }
        }
    }

    @Test
    void twoSpellingsOfTheUnionLeaderAreOnePerson() {
        Set<String> canonical = new HashSet<>();
        for (JsonNode d : annotated) {
            for (JsonNode e : d.get("entities")) {
                if (e.get("text").asText().contains("Kovalchuk")) {
                    canonical.add(e.get("canonical").asText());
                }
            }
        }
        assertThat(canonical).hasSize(1);
    }

    @Test
    void strikerCountIsDisputedWithEveryFigure() {
        JsonNode disputed = null;
        for (JsonNode c : brief.get("stories").get(0).get("claims")) {
            if (c.get("status").asText().equals("disputed") && c.get("values").size() >= 2) {
                Set<Long> values = new HashSet<>();
                c.get("values").forEach(v -> values.add(v.get("value").asLong()));
                if (values.contains(2500L) && values.contains(4000L)) {
                    disputed = c;
                }
            }
        }
        assertThat(disputed).as("a disputed claim with 2,500 and 4,000").isNotNull();
    }

    @Test
    void earlyNoChangeStatementIsSupersededNotDisputed() {
        boolean superseded = false;
        for (JsonNode c : brief.get("stories").get(0).get("claims")) {
            boolean fromLedger = false;
            for (JsonNode s : c.get("support")) {
                fromLedger |= s.get("article").asText().equals("ledger-oct02");
            }
            if (fromLedger && c.get("status").asText().equals("superseded")) {
                superseded = !c.get("superseded_by").isNull();
            }
        }
        assertThat(superseded).isTrue();
    }

    @Test
    void sourcesCarryTheirFlags() {
        JsonNode sources = brief.get("stories").get(0).get("sources");
        assertThat(flags(sources, "wire-oct14")).contains("second-hand");
        assertThat(flags(sources, "coastline-oct13")).contains("anonymous-sourcing");
        assertThat(flags(sources, "courier-oct16")).contains("anonymous-sourcing");
    }

    @Test
    void quotesHaveSpeakersAndTheMarkdownCitesSpans() {
        List<String> speakers = new ArrayList<>();
        brief.get("stories").get(0).get("quotes").forEach(q -> speakers.add(q.get("speaker").asText()));
        assertThat(speakers).anyMatch(s -> s.contains("Kovalchuk")).anyMatch(s -> s.contains("Marquardt"));
        assertThat(markdown).contains("## What the outlets agree on").contains("## Where they differ")
                .containsPattern("\\\\\\[courier-oct16:\\d+-\\d+\\\\\\]");
    }

    private static List<String> flags(JsonNode sources, String article) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : sources) {
            if (s.get("article").asText().equals(article)) {
                s.get("flags").forEach(f -> out.add(f.asText()));
            }
        }
        return out;
    }
}
