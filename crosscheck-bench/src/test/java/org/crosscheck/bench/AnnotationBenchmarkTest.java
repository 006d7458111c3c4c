package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationBenchmarkTest {

    @Test
    void ratiosComeFromTheSameTexts() {
        var r = new AnnotationBenchmark.Result(2, 100, 80_000, 4.0, 10, 9_000, 0.5, 8.0, 1L << 30,
                java.util.Map.of("entities", 0.7), 0.04);
        assertThat(r.articlesPerSecond()).isEqualTo(25.0);
        assertThat(r.tokensPerSecond()).isEqualTo(20_000.0);
        assertThat(r.oursTokensPerSecondOneThread()).isEqualTo(18_000.0);
        assertThat(r.baselineTokensPerSecond()).isEqualTo(1_125.0);
        assertThat(r.speedup()).isEqualTo(16.0);
        assertThat(r.articlesPerCpuSecond()).isEqualTo(25.0);
    }

    @Test
    void medianOfOddAndEvenRuns() {
        assertThat(AnnotationBenchmark.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(AnnotationBenchmark.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void configRejectsNonsense() {
        assertThatThrownBy(() -> new AnnotationBenchmark.Config(0, 5, 2)).hasMessageContaining("0, 5, 2");
    }

    @Test
    void sampleIsTheFirstArticlesWithTextAndReportsTheRest(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(file, """
                {"id": "a", "outlet": "x", "text": "First text."}
                {"id": "b", "outlet": "x", "text": "  "}
                {"id": "c", "outlet": "x", "text": "Third text."}
                {"id": "d", "outlet": "x", "text": "Fourth text."}
                """);
        List<String> problems = new ArrayList<>();
        List<Article> sample = AnnotationBenchmark.firstArticles(Inputs.withDefaultReaders(), List.of(file), 2,
                p -> problems.add(p.toString()));
        assertThat(sample).extracting(Article::id).containsExactly("a", "c");
        assertThat(problems).singleElement().asString().contains("corpus.jsonl", "line 2");
    }

    @Test
    void peakMemoryIsReadOnLinux() {
        long peak = Memory.peakResidentBytes();
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertThat(peak).isGreaterThan(Memory.heapUsedBytes() / 4);
        }
        assertThat(Memory.mb(-1)).isEqualTo("n/a");
    }
}
