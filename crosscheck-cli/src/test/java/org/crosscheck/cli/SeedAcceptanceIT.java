package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.crosscheck.eval.SeedGold;
import org.crosscheck.eval.SeedReport;
import org.crosscheck.eval.SeedScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference case end to end: runs {@code annotate} and {@code brief} on ../shared/seeds exactly as a user would,
 * scores the JSON against gold.json, prints precision and recall per kind, and fails when a figure drops below what
 * the project has reached. Raise a floor when a change raises its figure; never lower one to make a change pass.
 */
class SeedAcceptanceIT {

    @TempDir
    Path tmp;

    @Test
    void seedStoryMeetsItsFloors() throws IOException {
        Path shared = CliRunner.shared();
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("seeds/gold.json")), "../shared/seeds absent");
        Path seeds = shared.resolve("seeds");
        String articles = seeds.resolve("articles").toString();
        String manifest = seeds.resolve("manifest.json").toString();

        Path annotated = tmp.resolve("annotate.jsonl");
        CliRunner.Result a = CliRunner.run("annotate", articles, "--manifest", manifest, "--format", "jsonl",
                "--out", annotated.toString());
        assertThat(a.status()).as(a.err()).isZero();
        Path brief = tmp.resolve("brief.json");
        CliRunner.Result b = CliRunner.run("brief", articles, "--manifest", manifest, "--format", "json",
                "--out", brief.toString());
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(a.err() + b.err()).doesNotContain("failed on article");

        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(annotated)) {
            JsonNode n = json.readTree(line);
            docs.put(n.get("id").asText(), n);
        }
        SeedReport r = new SeedScorer(SeedGold.read(seeds.resolve("gold.json")), docs).score(json.readTree(brief.toFile()));
        System.out.println("== crosscheck on the seed story ==\n" + r.table());
        r.notes().forEach(n -> System.out.println("  " + n));

        SoftAssertions soft = new SoftAssertions();
        // hard requirements of the reference case
        soft.assertThat(r.storyTogether()).as("all five articles in one story").isTrue();
        soft.assertThat(r.interviewSupport()).as("support from the Q&A interview").isZero();
        soft.assertThat(r.uncitedClaims()).as("claims citing no span").isZero();
        // gold lists one dispute, a count: a denial of something else ("has yet to respond") is no dispute, and an
        // order of magnitude ("thousands of troops") is not shown as a competing figure
        for (JsonNode story : json.readTree(brief.toFile()).path("stories")) {
            for (JsonNode claim : story.path("claims")) {
                if (claim.path("status").asText().equals("disputed")) {
                    soft.assertThat(claim.path("values").size()).as("figures of disputed " + claim.path("statement"))
                            .isPositive();
                    claim.path("values").forEach(v -> soft.assertThat(v.path("value").asDouble())
                            .as("vague figure in " + claim.path("statement")).isNotEqualTo(1000.0));
                }
            }
        }
        // floors: what the project has reached
        Floors.check(soft, r);
        soft.assertAll();
    }
}
