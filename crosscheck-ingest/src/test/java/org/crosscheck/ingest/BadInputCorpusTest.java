package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays every file of the bad-input folder (past crash inputs among them) through the reader for its ending. */
class BadInputCorpusTest {

    static Stream<Path> files() throws IOException {
        return BadInputFiles.of(BadInputCorpusTest.class);
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyBadInputIsReportedNotThrown(Path file) {
        ArticleReader reader = Inputs.defaultReaders().stream().filter(r -> r.accepts(file)).findFirst().orElseThrow();
        CollectingSink got = ReaderContract.read(reader, file, file.getFileName().toString());
        assertThat(got.articles().size() + got.problems().size()).as("something said about %s", file).isPositive();
        // and through Inputs, which counts what each reader reports
        Inputs.Summary s = Inputs.withDefaultReaders().read(List.of(file), Manifest.EMPTY, new CollectingSink());
        assertThat(s.problems()).isEqualTo(got.problems().size());
        assertThat(s.articles()).isEqualTo(got.articles().size());
    }
}
