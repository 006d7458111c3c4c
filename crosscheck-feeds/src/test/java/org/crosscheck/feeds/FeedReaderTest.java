package org.crosscheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    @TempDir
    Path dir;

    private final FeedReader reader = new FeedReader();

    private Collected read(String name, String xml) throws IOException {
        return read(name, xml, Manifest.EMPTY);
    }

    private Collected read(String name, String xml, Manifest manifest) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        Collected sink = new Collected();
        reader.read(file, manifest, sink);
        return sink;
    }

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Valmora Courier</title>
                <link>https://courier.example/</link>
                <language>en-gb</language>
                <item>
                  <title>Dockers walk out at Port Anselm</title>
                  <link>https://courier.example/2031/10/strike</link>
                  <guid isPermaLink="true">https://courier.example/2031/10/strike</guid>
                  <pubDate>Mon, 13 Oct 2031 09:30:00 +0000</pubDate>
                  <description>Short teaser only.</description>
                  <content:encoded><![CDATA[<p>About 2,500 dockers stopped work on Monday.</p>
                    <p>The union said <b>talks</b> had failed.<script>track()</script></p>
                    <ul><li>Cranes idle</li><li>Ships waiting</li></ul>]]></content:encoded>
                </item>
                <item>
                  <title>Ferry timetable &amp; changes</title>
                  <guid isPermaLink="false">item-0042</guid>
                  <pubDate>Tue, 14 Oct 2031 07:00:00 +0000</pubDate>
                  <description>&lt;p&gt;Ferries run &amp;amp; stop as usual.&lt;/p&gt;</description>
                </item>
              </channel>
            </rss>
            """;

    @Test
    void rssItemsUseContentEncodedAsParagraphs() throws IOException {
        Collected got = read("courier.rss", RSS);

        assertThat(got.problems).isEmpty();
        assertThat(got.articles).hasSize(2);
        Article a = got.articles.get(0);
        assertThat(a.title()).isEqualTo("Dockers walk out at Port Anselm");
        assertThat(a.outlet()).isEqualTo("Valmora Courier");
        assertThat(a.url()).isEqualTo("https://courier.example/2031/10/strike");
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 10, 13));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).isEqualTo("About 2,500 dockers stopped work on Monday.\n\n"
                + "The union said talks had failed.\n\nCranes idle\n\nShips waiting");
        assertThat(a.id()).matches("courier#[0-9a-f]{12}");
        assertThat(a.origin()).endsWith("courier.rss#item-1");

        Article b = got.articles.get(1);
        assertThat(b.id()).isEqualTo("courier#item-0042");
        assertThat(b.title()).isEqualTo("Ferry timetable & changes");
        assertThat(b.text()).isEqualTo("Ferries run & stop as usual.");
        assertThat(b.url()).isNull();
    }

    @Test
    void idsAreStableAcrossRuns() throws IOException {
        String first = read("courier.rss", RSS).articles.get(0).id();
        String again = read("courier.rss", RSS).articles.get(0).id();
        assertThat(again).isEqualTo(first);
        assertThat(first).isEqualTo("courier#" + ArticleIds.shortHash("https://courier.example/2031/10/strike"));
    }

    @Test
    void atomEntriesWithOnlyASummaryBecomeArticles() throws IOException {
        Collected got = read("gazette.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Harbour Gazette</title>
                  <id>urn:uuid:6b1f6c1e-0000-4000-8000-000000000001</id>
                  <updated>2031-10-15T12:00:00Z</updated>
                  <entry>
                    <title type="html">Talks resume &lt;em&gt;tonight&lt;/em&gt;</title>
                    <id>tag:gazette.example,2031:talks-resume</id>
                    <link rel="alternate" href="https://gazette.example/talks"/>
                    <updated>2031-10-15T11:00:00Z</updated>
                    <summary type="html">&lt;p&gt;Negotiators meet at eight.&lt;/p&gt;&lt;p&gt;No deal is expected.&lt;/p&gt;</summary>
                  </entry>
                  <entry>
                    <title>Plain words</title>
                    <id>entry-2</id>
                    <published>2031-10-14T23:30:00-05:00</published>
                    <updated>2031-10-16T00:00:00Z</updated>
                    <summary type="text">Less than 5 &lt; 6 ships moved.</summary>
                  </entry>
                </feed>
                """);

        assertThat(got.problems).isEmpty();
        assertThat(got.articles).extracting(Article::title).containsExactly("Talks resume tonight", "Plain words");
        Article a = got.articles.get(0);
        assertThat(a.text()).isEqualTo("Negotiators meet at eight.\n\nNo deal is expected.");
        assertThat(a.outlet()).isEqualTo("Harbour Gazette");
        assertThat(a.url()).isEqualTo("https://gazette.example/talks");
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 10, 15));
        assertThat(a.id()).isEqualTo("gazette#" + ArticleIds.shortHash("tag:gazette.example,2031:talks-resume"));
        Article b = got.articles.get(1);
        assertThat(b.id()).isEqualTo("gazette#entry-2");
        assertThat(b.text()).isEqualTo("Less than 5 < 6 ships moved.");
        // published wins over updated; the instant is 2031-10-15T04:30Z
        assertThat(b.published()).isEqualTo(LocalDate.of(2031, 10, 15));
    }

    @Test
    void aBrokenItemIsReportedAndTheOthersKept() throws IOException {
        Collected got = read("wire.xml", """
                <rss version="2.0"><channel><title>Wire</title>
                  <item><title>One</title><guid>a1</guid><description>First story.</description></item>
                  <item><title>Empty one</title><guid>a2</guid></item>
                  <item><title>Three</title><guid>a3</guid><pubDate>someday soon</pubDate>
                        <description>Third story.</description></item>
                </channel></rss>
                """);

        assertThat(got.articles).extracting(Article::id).containsExactly("wire#a1", "wire#a3");
        assertThat(got.articles.get(1).published()).isNull();
        assertThat(got.problems).extracting(p -> p.position() + ": " + p.message()).containsExactly(
                "item 2: no text: neither content nor description ('Empty one')",
                "item 3: unreadable date 'someday soon' ('Three'); read without a date");
    }

    @Test
    void theManifestNamesTheOutletAndDatesUndatedItems() throws IOException {
        Manifest manifest = new Manifest(Map.of("wire.rss",
                new Manifest.Entry("Wire Service", LocalDate.of(2031, 10, 1), null, null)));
        Collected got = read("wire.rss", """
                <rss version="2.0"><channel><title>Wire - Top stories</title>
                  <item><guid>a1</guid><description>Undated.</description></item>
                </channel></rss>
                """, manifest);
        assertThat(got.problems).isEmpty();
        assertThat(got.articles).singleElement().satisfies(a -> {
            assertThat(a.outlet()).isEqualTo("Wire Service");
            assertThat(a.published()).isEqualTo(LocalDate.of(2031, 10, 1));
        });
    }

    @Test
    void xmlThatIsNotAFeedIsOneProblem() throws IOException {
        Collected got = read("sitemap.xml", """
                <?xml version="1.0"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/</loc></url></urlset>
                """);
        assertThat(got.articles).isEmpty();
        assertThat(got.problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("sitemap.xml");
            assertThat(p.message()).startsWith("not an RSS or Atom feed: ").contains("Invalid document");
        });
    }

    @Test
    void textThatIsNotXmlIsOneProblemWithItsLine() throws IOException {
        Collected got = read("notes.xml", "just some notes\nnot markup at all\n");
        assertThat(got.articles).isEmpty();
        assertThat(got.problems).singleElement().satisfies(p -> {
            assertThat(p.position()).startsWith("line 1");
            assertThat(p.message()).startsWith("not well-formed XML: ");
        });
    }

    @Test
    void aFeedCutShortKeepsTheItemsBeforeTheCut() throws IOException {
        String cut = RSS.substring(0, RSS.indexOf("<title>Ferry") + 12);
        Collected got = read("cut.rss", cut);
        assertThat(got.articles).extracting(Article::title).containsExactly("Dockers walk out at Port Anselm");
        assertThat(got.articles.get(0).text()).startsWith("About 2,500 dockers");
        assertThat(got.problems).extracting(p -> p.position() + ": " + p.message()).satisfiesExactly(
                first -> assertThat(first).startsWith("line ").contains(": not well-formed XML (")
                        .endsWith("read leniently, recovered 2 items"),
                second -> assertThat(second).isEqualTo(
                        "item 2: no text: neither content nor description ('Ferry')"));
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Collected got = read("evil.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>Evil &xxe;</title>
                  <item><guid>e1</guid><title>Leak &xxe;</title><description>Here: &xxe; end.</description></item>
                </channel></rss>
                """.formatted(secret.toUri()));

        assertThat(got.problems).isNotEmpty();
        assertThat(got.problems.get(0).message()).startsWith("has a DOCTYPE, which is never processed");
        for (Article a : got.articles) {
            assertThat(String.join("|", a.text(), String.valueOf(a.title()), String.valueOf(a.outlet())))
                    .doesNotContain("TOP-SECRET");
        }
        assertThat(got.problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void rss10WithDublinCoreDatesAndAnOldDoctype() throws IOException {
        Collected got = read("rdf.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF PUBLIC "-//Example//DTD Old Feed//EN" "http://dtd.example/old.dtd">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://rdf.example/"><title>Old Times</title><link>https://rdf.example/</link>
                    <description>d</description></channel>
                  <item rdf:about="https://rdf.example/1"><title>First</title><link>https://rdf.example/1</link>
                    <description>Pilots agreed to return.</description><dc:date>2031-10-12T10:00:00Z</dc:date></item>
                  <item rdf:about="https://rdf.example/2"><title>Second</title><link>https://rdf.example/2</link>
                    <description>Later.</description><dc:date>last Tuesday</dc:date></item>
                </rdf:RDF>
                """);
        assertThat(got.articles).extracting(Article::title).containsExactly("First", "Second");
        assertThat(got.articles).extracting(Article::outlet).containsOnly("Old Times");
        assertThat(got.articles.get(0).published()).isEqualTo(LocalDate.of(2031, 10, 12));
        assertThat(got.articles.get(0).url()).isEqualTo("https://rdf.example/1");
        assertThat(got.problems).extracting(p -> p.position() + ": " + p.message()).satisfiesExactly(
                first -> assertThat(first).contains("has a DOCTYPE").endsWith("recovered 2 items"),
                second -> assertThat(second).isEqualTo(
                        "item 2: unreadable date 'last Tuesday' ('Second'); read without a date"));
    }

    @Test
    void hostileNestingInABrokenFeedDoesNotOverflowTheStack() throws IOException {
        String deep = "<b>".repeat(200_000) + "deep";
        Collected got = read("deep.rss", "<rss version=\"2.0\"><channel><title>Deep</title>"
                + "<item><guid>d1</guid><description>Kept.</description></item><item><guid>d2</guid><x>" + deep);
        assertThat(got.articles).extracting(Article::id).containsExactly("deep#d1");
        assertThat(got.problems).first().satisfies(p -> assertThat(p.message()).startsWith("not well-formed XML"));
    }

    @Test
    void hostileNestingInAWellFormedFeedDoesNotOverflowTheStack() throws IOException {
        int depth = 100_000;
        Collected got = read("deep2.rss", "<rss version=\"2.0\"><channel><title>Deep</title>"
                + "<item><guid>d1</guid><description>Kept.</description></item><item><guid>d2</guid>"
                + "<x>".repeat(depth) + "deep" + "</x>".repeat(depth) + "<description>Also.</description></item>"
                + "</channel></rss>");
        assertThat(got.articles).extracting(Article::id).contains("deep2#d1");
    }

    @Test
    void acceptsFeedEndingsOnly() {
        assertThat(reader.accepts(Path.of("a.rss"))).isTrue();
        assertThat(reader.accepts(Path.of("a.ATOM"))).isTrue();
        assertThat(reader.accepts(Path.of("a.xml"))).isTrue();
        assertThat(reader.accepts(Path.of("a.jsonl"))).isFalse();
        assertThat(reader.accepts(Path.of("a.opml"))).isFalse();
    }
}
