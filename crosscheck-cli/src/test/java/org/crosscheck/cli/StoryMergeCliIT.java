package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --merge-threshold} on the commands that group stories. The stream, in invented words: a report told one way,
 * a report told another way a day later (its own story), then two reports in both ways; the last fits both stories,
 * which by then fit each other, and merges the newer into the older. The threshold is low because invented words
 * give the sentence embeddings little to agree on; the test is about what the commands do with a merge.
 */
class StoryMergeCliIT {

    @TempDir
    Path tmp;

    private Path dir;
    private Path manifest;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void stream() throws IOException {
        dir = Files.createDirectories(tmp.resolve("stream"));
        Files.writeString(dir.resolve("first.txt"), "Velkor dorran mistepa quolar said the Northwind harbour board "
                + "on Monday.");
        Files.writeString(dir.resolve("second.txt"), "Brinthe sollow zarnik tepulo, the Daily Lantern reported.");
        Files.writeString(dir.resolve("both.txt"), "Velkor dorran mistepa quolar; brinthe sollow zarnik tepulo, "
                + "Meridian Post learned.");
        Files.writeString(dir.resolve("bridge.txt"), "Brinthe sollow zarnik tepulo and velkor dorran mistepa quolar, "
                + "Coastline Digest heard on Wednesday.");
        manifest = Files.writeString(tmp.resolve("manifest.json"), """
                {"first.txt": {"outlet": "Northwind Courier", "published": "2031-03-03"},
                 "second.txt": {"outlet": "Daily Lantern", "published": "2031-03-04"},
                 "both.txt": {"outlet": "Meridian Post", "published": "2031-03-05"},
                 "bridge.txt": {"outlet": "Coastline Digest", "published": "2031-03-05"}}
                """);
    }

    private JsonNode run(String command, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, dir.toString(), "--manifest", manifest.toString(),
                "--format", "json", "-q"));
        args.addAll(List.of(more));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        return json.readTree(r.out());
    }

    @Test
    void aMergeIsListedAndTheOlderStoryIsBriefedOverBoth() throws IOException {
        JsonNode stories = run("stories", "--merge-threshold", "0.05");
        assertThat(stories.get("merges")).hasSize(1);
        JsonNode merge = stories.get("merges").get(0);
        assertThat(merge.get("at_article").asText()).isEqualTo("bridge");
        String from = merge.get("from").asText();
        String into = merge.get("into").asText();
        for (JsonNode s : stories.get("stories")) {
            if (s.get("id").asText().equals(from)) {
                assertThat(s.get("merged_into").asText()).isEqualTo(into);
                assertThat(s.get("articles").toString()).contains("second").doesNotContain("bridge");
            } else {
                assertThat(s.has("merged_into")).isFalse();
            }
        }

        JsonNode cluster = run("cluster", "--merge-threshold", "0.05");
        assertThat(cluster.get("merges")).isEqualTo(stories.get("merges"));
        // assignments are never rewritten: an article's story does not depend on later articles
        for (JsonNode a : cluster.get("assignments")) {
            if (a.get("id").asText().equals("second")) {
                assertThat(a.get("story").asText()).isEqualTo(from);
            }
        }

        JsonNode briefs = run("brief", "--merge-threshold", "0.05");
        assertThat(briefs.get("stories")).hasSize(1);
        JsonNode brief = briefs.get("stories").get(0);
        assertThat(brief.get("id").asText()).isEqualTo(into);
        assertThat(brief.get("articles").toString()).contains("first", "second", "both", "bridge");
    }

    @Test
    void withoutAThresholdNothingMergesAndABadOneIsAUsageError() throws IOException {
        JsonNode stories = run("stories");
        assertThat(stories.get("merges")).isEmpty();
        assertThat(stories.get("stories")).hasSize(2);
        CliRunner.Result r = CliRunner.run("stories", dir.toString(), "--merge-threshold", "1.5", "-q");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--merge-threshold");
    }
}
