package org.crosscheck.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBenchmarkTest {

    @Test
    void shinglesAreFourTokenWindowsCountedAsAMultiset() {
        assertThat(ExtractionBenchmark.shingles("a b c d a b c d")).containsEntry(List.of("a", "b", "c", "d"), 2)
                .hasSize(4);
        assertThat(ExtractionBenchmark.shingles("only two")).containsOnlyKeys(List.of(List.of("only", "two")));
        assertThat(ExtractionBenchmark.shingles("... !!")).isEmpty();
        assertThat(ExtractionBenchmark.shingles("Größe, naïve—café")).containsOnlyKeys(
                List.of(List.of("Größe", "naïve", "café")));
    }

    @Test
    void matchNormalisesEachPageToOne() {
        double[] c = ExtractionBenchmark.match("one two three four five", "one two three four six");
        // truth shingles {1234, 2345}, predicted {1234, 2346}: TP 1, FP 1, FN 1
        assertThat(c[0]).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c[1]).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c[2]).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(ExtractionBenchmark.match("", "")).containsExactly(0, 0, 0);
    }

    @Test
    void precisionAndRecallFollowTheBenchmarkEdgeCases() {
        assertThat(ExtractionBenchmark.precision(0, 0, 0)).isEqualTo(1);
        assertThat(ExtractionBenchmark.precision(0, 0, 1)).isEqualTo(0);
        assertThat(ExtractionBenchmark.recall(0, 1, 0)).isEqualTo(0);
        assertThat(ExtractionBenchmark.recall(0.5, 0.5, 0)).isEqualTo(1);
    }

    @Test
    void runsOverAFolderInTheBenchmarkLayout(@TempDir Path dir) throws IOException {
        String body = String.join(" ", Pages.PARAGRAPHS);
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": "
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body) + ", \"url\": null},"
                + " \"p2\": {\"articleBody\": \"Something the page does not say at all, not one word of it.\"}}");
        Files.createDirectories(dir.resolve("html"));
        for (String id : List.of("p1", "p2")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id
                    + ".html.gz")))) {
                out.write(Pages.article().getBytes(StandardCharsets.UTF_8));
            }
        }
        ExtractionBenchmark.Result r = ExtractionBenchmark.run(dir);
        assertThat(r.pages()).isEqualTo(2);
        assertThat(r.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(r.f1()).isCloseTo(0.5, within(1e-9));
        assertThat(r.worst().get(0).id()).isEqualTo("p2");
        assertThat(r.pagesPerSecond()).isPositive();
    }
}
