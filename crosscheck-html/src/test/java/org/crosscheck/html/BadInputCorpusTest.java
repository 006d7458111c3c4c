package org.crosscheck.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.crosscheck.ingest.BadInputFiles;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.ReaderContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays every page of the bad-input folder through the HTML reader. */
class BadInputCorpusTest {

    static Stream<Path> files() throws IOException {
        return BadInputFiles.of(BadInputCorpusTest.class);
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyBadPageIsReadOrReportedNotThrown(Path file) {
        HtmlFileReader reader = new HtmlFileReader();
        assertThat(reader.accepts(file)).as(file.toString()).isTrue();
        CollectingSink got = ReaderContract.read(reader, file, file.getFileName().toString());
        assertThat(got.articles().size() + got.problems().size()).as("something said about %s", file).isPositive();
    }
}
