package org.crosscheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.SAXParserFactory;
import org.crosscheck.ingest.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI runs with an old Xerces on its classpath, which JAXP then prefers to the JDK's parser; it rejected the
 * depth limit the strict parse sets, so every feed was reported as not well-formed and every OPML list refused.
 */
class XercesOnClasspathTest {

    @TempDir
    Path dir;

    @Test
    void feedsAndOpmlParseStrictlyWhenXercesIsWhatJaxpFinds() throws Exception {
        assertThat(SAXParserFactory.newInstance().getClass().getName()).startsWith("org.apache.xerces");
        Path feed = dir.resolve("post.rss");
        Files.writeString(feed, FeedReaderTest.RSS, StandardCharsets.UTF_8);
        Collected got = new Collected();
        new FeedReader().read(feed, Manifest.EMPTY, got);
        assertThat(got.problems).isEmpty();
        assertThat(got.articles).hasSize(2);

        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, "<opml version=\"2.0\"><body><outline text=\"Post\" xmlUrl=\"https://post.example/"
                + "rss\"/></body></opml>");
        assertThat(Opml.read(opml)).extracting(FeedRef::xmlUrl).containsExactly("https://post.example/rss");
    }

    @Test
    void deepNestingIsStillCutOffWithXercesAround() throws Exception {
        Path feed = dir.resolve("deep.rss");
        Files.writeString(feed, "<rss version=\"2.0\"><channel><title>Deep</title><item><title>x</title>"
                + "<description>" + "<a>".repeat(5000) + "</description></item></channel></rss>");
        Collected got = new Collected();
        new FeedReader().read(feed, Manifest.EMPTY, got);
        assertThat(got.problems).isNotEmpty();
        assertThat(got.problems.get(0).position()).startsWith("line 1");
    }
}
