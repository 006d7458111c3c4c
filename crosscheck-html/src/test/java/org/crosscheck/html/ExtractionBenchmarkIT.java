package org.crosscheck.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The public article-extraction benchmark on the development pages in {@code ../shared}; prints the figures. */
class ExtractionBenchmarkIT {

    static Path dataDir() {
        String shared = System.getProperty("crosscheck.shared");
        Path base = shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("../../shared");
        if (!Files.isDirectory(base)) {
            base = Path.of("../shared");
        }
        return base.resolve("data/extraction/scrapinghub");
    }

    @Test
    void reachesTheFloorOnTheScrapinghubPages() {
        Path dir = dataDir();
        assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")), "no benchmark data at " + dir);
        ExtractionBenchmark.Result r = ExtractionBenchmark.run(dir);
        System.out.println(r);
        r.worst().stream().limit(Integer.getInteger("crosscheck.worst", 12)).forEach(s -> System.out.printf(
                "  %s  P %.3f R %.3f%n", s.id(), s.precision(), s.recall()));
        assertThat(r.pages()).isEqualTo(181);
        // Pinned just under what the extractor reaches (F1 0.981, P 0.977, R 0.985); published: trafilatura 0.958.
        assertThat(r.f1()).isGreaterThan(0.978);
        assertThat(r.precision()).isGreaterThan(0.974);
        assertThat(r.recall()).isGreaterThan(0.982);
    }
}
