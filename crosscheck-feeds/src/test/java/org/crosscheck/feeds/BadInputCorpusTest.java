package org.crosscheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.BadInputFiles;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.ReaderContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays every feed and archive of the bad-input folder (past crash inputs among them) through its reader. */
class BadInputCorpusTest {

    static final List<ArticleReader> READERS = List.of(new FeedReader(), new WarcReader(WarcReaderTest.STRIP_TAGS));

    static Stream<Path> files() throws IOException {
        return BadInputFiles.of(BadInputCorpusTest.class);
    }

    static CollectingSink read(Path file) {
        ArticleReader reader = READERS.stream().filter(r -> r.accepts(file)).findFirst().orElseThrow();
        return ReaderContract.read(reader, file, file.getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyBadInputIsReadOrReportedNotThrown(Path file) {
        CollectingSink got = read(file);
        assertThat(got.articles().size() + got.problems().size()).as("something said about %s", file).isPositive();
    }
}
