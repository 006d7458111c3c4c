package org.crosscheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.BadInputFiles;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.ingest.ReadProblem;
import org.junit.jupiter.api.Test;

/** What each named kind of bad feed or archive gives. */
class BadFeedTest {

    private static CollectingSink read(String name) {
        return BadInputCorpusTest.read(BadInputFiles.folder(BadInputCorpusTest.class).resolve(name));
    }

    private static List<String> messages(CollectingSink s) {
        return s.problems().stream().map(ReadProblem::message).toList();
    }

    @Test
    void feedsThatAreNotXmlAreOneProblemWithAPosition() {
        for (String name : List.of("not-xml-text.atom", "binary.atom", "not-xml-json.xml")) {
            CollectingSink got = read(name);
            assertThat(got.articles()).as(name).isEmpty();
            assertThat(got.problems()).as(name).singleElement().satisfies(p -> {
                assertThat(p.position()).startsWith("line 1");
                assertThat(p.message()).startsWith("not well-formed XML");
            });
        }
        assertThat(messages(read("not-xml-html.rss"))).singleElement().asString()
                .startsWith("not well-formed XML: DOCTYPE is disallowed");
        assertThat(messages(read("no-channel.rss"))).singleElement().asString().startsWith("not an RSS or Atom feed");
        assertThat(read("empty.rss").problems()).singleElement().extracting(ReadProblem::message).asString()
                .contains("Premature end of file");
    }

    @Test
    void entitiesAreNeverResolved() {
        CollectingSink xxe = read("xxe.rss");
        assertThat(messages(xxe)).first().asString().contains("DOCTYPE");
        assertThat(xxe.articles()).allSatisfy(a -> assertThat(a.text() + a.title()).doesNotContain("localhost"));
        CollectingSink laughs = read("entity-expansion.rss");
        assertThat(laughs.articles()).allSatisfy(a -> assertThat(a.text()).doesNotContain("lollol"));
    }

    @Test
    void declaredAndMislabelledLatin1BothRead() {
        assertThat(read("latin1-declared.rss").articles()).singleElement().extracting(Article::text)
                .isEqualTo("The quay caf\u00e9 reopened, said \u00c5sa Lund.");
        CollectingSink mislabelled = read("latin1-mislabelled.rss");
        assertThat(mislabelled.articles()).singleElement().extracting(Article::text)
                .isEqualTo("The quay caf\u00e9 reopened, said \u00c5sa Lund.");
        assertThat(mislabelled.problems()).singleElement().extracting(ReadProblem::position).asString()
                .startsWith("line ");
    }

    @Test
    void aTruncatedFeedKeepsTheItemsBeforeTheCut() {
        CollectingSink got = read("truncated.rss");
        assertThat(got.articles()).extracting(Article::title).containsExactly("Tram line extended", "Library reopens");
        // the cut falls inside the third item, which is recovered without its text
        assertThat(messages(got)).containsExactly("not well-formed XML (XML document structures must start and end "
                + "within the same entity.); read leniently, recovered 3 items", "no text: neither content nor "
                + "description");
        assertThat(got.problems()).extracting(ReadProblem::position).containsExactly("line 5, column 53", "item 3");
    }

    @Test
    void truncatedArchivesKeepTheRecordsBeforeTheCut() throws IOException {
        for (String name : List.of("truncated.warc", "truncated.warc.gz")) {
            Path file = BadInputFiles.folder(BadInputCorpusTest.class).resolve(name);
            CollectingSink got = new CollectingSink();
            WarcCounts counts = new WarcReader(WarcReaderTest.STRIP_TAGS).readCounting(file, Manifest.EMPTY, got);
            assertThat(got.articles()).as(name).extracting(Article::title).containsExactly("Tram line extended");
            assertThat(counts.nonHtml()).as(name).isEqualTo(1);
            assertThat(counts.revisits()).as(name).isEqualTo(1);
            assertThat(counts.otherTypes()).as(name).isEqualTo(1);
            assertThat(counts.failed()).as(name).isEqualTo(1);
            assertThat(got.problems()).as(name).last().satisfies(p -> {
                assertThat(p.position()).startsWith("record 5");
                assertThat(p.message()).contains("archive ends early or is corrupt").contains("kept the 1 articles");
            });
        }
    }

    @Test
    void theCountsOfEveryArchiveReadGoToTheListener() throws IOException {
        java.util.concurrent.atomic.AtomicReference<WarcCounts> total = new java.util.concurrent.atomic
                .AtomicReference<>(WarcCounts.NONE);
        WarcReader reader = new WarcReader(WarcReaderTest.STRIP_TAGS, c -> total.accumulateAndGet(c, WarcCounts::plus));
        for (String name : List.of("truncated.warc", "revisits-and-images-only.warc")) {
            reader.read(BadInputFiles.folder(BadInputCorpusTest.class).resolve(name), Manifest.EMPTY, new CollectingSink());
        }
        assertThat(total.get()).isEqualTo(new WarcCounts(7, 1, 2, 2, 2, 0, 0, 1));
        assertThat(total.get().skippedSummary())
                .isEqualTo("2 non-HTML, 0 non-200, 2 revisit, 2 warcinfo/request/metadata records skipped");
    }

    @Test
    void archivesWithoutPagesSayWhatTheyHeld() {
        assertThat(messages(read("revisits-and-images-only.warc"))).containsExactly(
                "no article in 3 records: 0 pages without article text, 1 non-HTML, 0 non-200, 1 revisit, 1 "
                        + "warcinfo/request/metadata records skipped");
        assertThat(messages(read("garbage.warc"))).singleElement().asString()
                .startsWith("not a WARC archive, or corrupt from the start");
    }
}
