package org.crosscheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.InputException;
import org.crosscheck.ingest.Mutator;
import org.crosscheck.ingest.ReaderContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of valid RSS, Atom, OPML and WARC files (WARC gzipped too): the reader contract holds on every
 * one, and every item or record that ends before the first corrupted byte is still read.
 */
class FeedFuzzTest {

    private static final long SEED = 20311017L;
    private static final int ROUNDS = 100;

    @TempDir
    Path dir;

    /** A valid input and, for each article in it, the byte offset where its item or record ends. */
    record Valid(byte[] bytes, List<Integer> ends) {
    }

    static Valid rss() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Estrava Evening Post"
                + "</title><language>en</language>\n");
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sb.append("<item><guid isPermaLink=\"false\">post-").append(i).append("</guid><title>Council vote ")
                    .append(i).append(" \u2014 caf\u00e9 owners react</title><link>https://post.example/").append(i)
                    .append("</link><pubDate>Thu, 1").append(i % 10).append(" Oct 2031 08:00:00 +0000</pubDate>")
                    .append(i % 2 == 0 ? "<description>&lt;p&gt;The council voted on day " + i
                            + ".&lt;/p&gt;</description>" : "<content:encoded><![CDATA[<p>Full text of story " + i
                            + ", with <b>markup</b>.</p>]]></content:encoded>")
                    .append("</item>\n");
            ends.add(sb.toString().getBytes(StandardCharsets.UTF_8).length);
        }
        sb.append("</channel></rss>\n");
        return new Valid(sb.toString().getBytes(StandardCharsets.UTF_8), ends);
    }

    static Valid atom() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\""
                + "http://www.w3.org/2005/Atom\"><title>Coastline News</title><id>urn:example:coastline</id>"
                + "<updated>2031-10-15T12:00:00Z</updated>\n");
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sb.append("<entry><id>tag:coastline.example,2031:e").append(i).append("</id><title type=\"html\">Pier ")
                    .append(i).append(" &lt;em&gt;inspected&lt;/em&gt;</title><updated>2031-10-1").append(i)
                    .append("T09:00:00Z</updated><summary>Divers inspected pier ").append(i)
                    .append(" at Ostrel.</summary></entry>\n");
            ends.add(sb.toString().getBytes(StandardCharsets.UTF_8).length);
        }
        sb.append("</feed>\n");
        return new Valid(sb.toString().getBytes(StandardCharsets.UTF_8), ends);
    }

    /** A WARC of page responses, with an image, a revisit and a warcinfo among them; ends of the page records. */
    static Valid warc(boolean gzipEach) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> ends = new ArrayList<>();
        out.writeBytes(record("warcinfo", null, "software: handmade\r\n".getBytes(StandardCharsets.UTF_8),
                "application/warc-fields", 0, gzipEach));
        for (int i = 1; i <= 6; i++) {
            String body = "<html><head><title>Harbour report " + i + "</title></head><body><article><p>Report " + i
                    + " on the Valmora harbour: cranes idle, ships waiting, talks continue.</p></article></body></html>";
            out.writeBytes(record("response", "https://post.example/r" + i, http(body, "text/html; charset=utf-8"),
                    "application/http;msgtype=response", i, gzipEach));
            ends.add(out.size());
            if (i == 2) {
                out.writeBytes(record("response", "https://post.example/logo.png", http("PNG", "image/png"),
                        "application/http;msgtype=response", 100, gzipEach));
            } else if (i == 4) {
                out.writeBytes(record("revisit", "https://post.example/r1", "HTTP/1.1 200 OK\r\n\r\n".getBytes(
                        StandardCharsets.UTF_8), "application/http;msgtype=response", 101, gzipEach));
            }
        }
        return new Valid(out.toByteArray(), ends);
    }

    private static byte[] http(String body, String type) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] record(String type, String uri, byte[] block, String contentType, int n, boolean gzip) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-"
                + String.format("%012d", n) + ">\r\nWARC-Date: 2031-10-16T08:15:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n") + "Content-Type: " + contentType
                + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        r.writeBytes(block);
        r.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return gzip ? Mutator.gzip(r.toByteArray()) : r.toByteArray();
    }

    private void fuzz(ArticleReader reader, Valid valid, String ending, long seed, boolean checkPrefix)
            throws IOException {
        List<String> expected = keys(ReaderContract.ids(ReaderContract.read(reader,
                Files.write(dir.resolve("valid" + ending), valid.bytes()), "valid")));
        assertThat(expected).hasSize(valid.ends().size());
        Mutator m = new Mutator(seed);
        for (int round = 0; round < ROUNDS; round++) {
            Mutator.Mutation mut = m.next(valid.bytes());
            String what = "seed " + seed + " round " + round + " (" + mut.kind() + ")";
            Path file = Files.write(dir.resolve("m" + round + ending), mut.bytes());
            CollectingSink got = ReaderContract.read(reader, file, what);
            if (checkPrefix) {
                List<String> ids = keys(ReaderContract.ids(got));
                for (int i = 0; i < expected.size(); i++) {
                    if (valid.ends().get(i) < mut.firstChange()) {
                        assertThat(ids).as(what + " keeps " + expected.get(i)).contains(expected.get(i));
                    }
                }
            }
            Files.delete(file);
        }
    }

    /** Ids without the file stem, which differs from file to file. */
    private static List<String> keys(List<String> ids) {
        return ids.stream().map(id -> id.substring(id.indexOf('#') + 1)).toList();
    }

    @Test
    void rssKeepsTheItemsBeforeTheCorruption() throws IOException {
        fuzz(new FeedReader(), rss(), ".rss", SEED, true);
    }

    @Test
    void atomKeepsTheEntriesBeforeTheCorruption() throws IOException {
        fuzz(new FeedReader(), atom(), ".atom", SEED + 1, true);
    }

    @Test
    void warcKeepsTheRecordsBeforeTheCorruption() throws IOException {
        fuzz(new WarcReader(WarcReaderTest.STRIP_TAGS), warc(false), ".warc", SEED + 2, true);
    }

    @Test
    void gzippedWarcKeepsTheContract() throws IOException {
        // offsets inside compressed members say little about which records survive, so only the contract is checked
        fuzz(new WarcReader(WarcReaderTest.STRIP_TAGS), warc(true), ".warc.gz", SEED + 3, false);
    }

    @Test
    void opmlEitherReadsOrStopsWithItsFileAndPosition() throws IOException {
        byte[] valid = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Estrava news</title></head><body>
                <outline text="Estrava"><outline text="Post" xmlUrl="https://post.example/rss"/>
                <outline text="Coastline" xmlUrl="https://coastline.example/atom" htmlUrl="https://coastline.example/"/>
                </outline></body></opml>
                """.getBytes(StandardCharsets.UTF_8);
        Mutator m = new Mutator(SEED + 4);
        for (int round = 0; round < ROUNDS; round++) {
            Mutator.Mutation mut = m.next(valid);
            String what = "seed " + (SEED + 4) + " round " + round + " (" + mut.kind() + ")";
            Path file = Files.write(dir.resolve("m" + round + ".opml"), mut.bytes());
            try {
                List<FeedRef> feeds = Opml.read(file);
                assertThat(feeds).as(what).allSatisfy(f -> assertThat(f.xmlUrl()).isNotBlank());
            } catch (InputException e) {
                assertThat(e.getMessage()).as(what).startsWith(file.toString() + ":");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("Opml threw on " + what + ": " + e, e);
            }
            Files.delete(file);
        }
    }
}
