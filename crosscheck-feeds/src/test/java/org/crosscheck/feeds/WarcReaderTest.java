package org.crosscheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.ingest.PageExtractor;
import org.crosscheck.ingest.ReadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcReaderTest {

    @TempDir
    Path dir;

    /** Stands in for the real extractor in crosscheck-html: the title element, and the rest with tags stripped. */
    static final PageExtractor STRIP_TAGS = (html, url) -> {
        Matcher title = Pattern.compile("(?s)<title>(.*?)</title>").matcher(html);
        String text = html.replaceAll("(?s)<title>.*?</title>", "").replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? Optional.empty()
                : Optional.of(new PageExtractor.Page(text, title.find() ? title.group(1) : null, null, null, "en",
                        null, null));
    };

    private static final Instant CAPTURED = Instant.parse("2031-10-16T08:15:00Z");
    private static final URI PAGE_ID = URI.create("urn:uuid:" + new UUID(1, 1));

    /** Each record written and where it starts, so tests can cut the file inside one. */
    record Written(Path file, List<Long> offsets) {
    }

    private Written write(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (WarcRecord r : records()) {
                offsets.add(w.position());
                w.write(r);
            }
            offsets.add(w.position());
        }
        return new Written(file, offsets);
    }

    private static List<WarcRecord> records() throws IOException {
        String page = "https://www.courier.example/2031/10/strike";
        List<WarcRecord> r = new ArrayList<>();
        r.add(new Warcinfo.Builder().filename("crawl.warc.gz").date(CAPTURED)
                .fields(Map.of("software", List.of("test"))).build());
        r.add(new WarcRequest.Builder(page).date(CAPTURED)
                .body(new HttpRequest.Builder("GET", "/2031/10/strike").addHeader("Host", "www.courier.example")
                        .build()).build());
        r.add(new WarcResponse.Builder(page).recordId(PAGE_ID).date(CAPTURED).body(html(200,
                "text/html; charset=windows-1252",
                "<html><head><title>Dockers walk out</title></head><body><p>Caf\u00e9 owners near Port Anselm"
                        + " said 2,500 dockers stopped work.</p></body></html>",
                Charset.forName("windows-1252"))).build());
        r.add(new WarcResponse.Builder("https://www.courier.example/logo.png").date(CAPTURED)
                .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}).build()).build());
        r.add(new WarcRevisit.Builder(URI.create(page), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).date(CAPTURED)
                .refersTo(PAGE_ID, URI.create(page), CAPTURED).build());
        r.add(new WarcResponse.Builder("https://courier.example/moved").date(CAPTURED)
                .body(html(301, "text/html", "<p>Moved</p>", StandardCharsets.UTF_8)).build());
        r.add(new WarcResponse.Builder("https://courier.example/empty").date(CAPTURED)
                .body(html(200, "text/html", "<html><body> </body></html>", StandardCharsets.UTF_8)).build());
        String filler = "Negotiators met again on Thursday. ".repeat(200);
        r.add(new WarcResponse.Builder("https://gazette.example/talks").date(CAPTURED.plusSeconds(86_400))
                .body(html(200, "text/html", "<title>Talks</title><p>" + filler + "</p>", StandardCharsets.UTF_8))
                .build());
        return r;
    }

    private static HttpResponse html(int status, String type, String body, Charset cs) {
        return new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(MediaType.parse(type), body.getBytes(cs)).build();
    }

    private static Collected read(Path file) throws IOException {
        Collected sink = new Collected();
        new WarcReader(STRIP_TAGS).read(file, Manifest.EMPTY, sink);
        return sink;
    }

    @Test
    void htmlResponsesBecomeArticlesAndTheRestIsCounted() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            Written w = write(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc", compression);
            Collected got = new Collected();
            WarcCounts counts = new WarcReader(STRIP_TAGS).readCounting(w.file(), Manifest.EMPTY, got);

            assertThat(counts).as(compression.name()).isEqualTo(new WarcCounts(8, 2, 1, 2, 1, 1, 1, 0));
            assertThat(got.problems).extracting(ReadProblem::position, ReadProblem::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("record 7 at byte " + w.offsets().get(6),
                            "no article text (https://courier.example/empty)"));
            assertThat(got.articles).hasSize(2);
            Article a = got.articles.get(0);
            assertThat(a.id()).isEqualTo("crawl#" + ArticleIds.shortHash(PAGE_ID.toString()));
            assertThat(a.url()).isEqualTo("https://www.courier.example/2031/10/strike");
            assertThat(a.outlet()).isEqualTo("courier.example");
            assertThat(a.published()).isEqualTo(LocalDate.of(2031, 10, 16));
            assertThat(a.title()).isEqualTo("Dockers walk out");
            assertThat(a.text()).isEqualTo("Caf\u00e9 owners near Port Anselm said 2,500 dockers stopped work.");
            assertThat(a.origin()).endsWith("#record-3");
            Article b = got.articles.get(1);
            assertThat(b.outlet()).isEqualTo("gazette.example");
            assertThat(b.published()).isEqualTo(LocalDate.of(2031, 10, 17));
            assertThat(b.text()).startsWith("Negotiators met again");
        }
    }

    @Test
    void aPageServedWithoutContentTypeIsJudgedByItsFirstBytes() throws IOException {
        Path file = dir.resolve("bare.warc");
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            for (String body : List.of("<!DOCTYPE html><title>Bare</title><p>Ships wait offshore.</p>",
                    "GIF89a\u0001\u0002")) {
                HttpResponse http = HttpResponse.parse(java.nio.channels.Channels.newChannel(
                        new java.io.ByteArrayInputStream(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length()
                                + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1))));
                w.write(new WarcResponse.Builder("http://www.bare.example/" + body.length()).date(CAPTURED)
                        .body(http).build());
            }
        }
        Collected got = new Collected();
        WarcCounts counts = new WarcReader(STRIP_TAGS).readCounting(file, Manifest.EMPTY, got);
        assertThat(got.problems).isEmpty();
        assertThat(got.articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Bare");
            assertThat(a.text()).isEqualTo("Ships wait offshore.");
            assertThat(a.outlet()).isEqualTo("bare.example");
        });
        assertThat(counts.nonHtml()).isEqualTo(1);
    }

    @Test
    void chunkedAndGzippedBodiesAreDecoded() throws IOException {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write("<title>Zipped</title><p>Cranes stand idle.</p>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] z = zipped.toByteArray();
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        raw.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        raw.write((Integer.toHexString(10) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        raw.write(z, 0, 10);
        raw.write(("\r\n" + Integer.toHexString(z.length - 10) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        raw.write(z, 10, z.length - 10);
        raw.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        Path file = dir.resolve("zipped.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder("https://zip.example/a").date(CAPTURED)
                    .body(MediaType.HTTP_RESPONSE, raw.toByteArray()).build());
        }
        Collected got = read(file);
        assertThat(got.problems).isEmpty();
        assertThat(got.articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Zipped");
            assertThat(a.text()).isEqualTo("Cranes stand idle.");
        });
    }

    @Test
    void idsAreTheSameOnEveryRead() throws IOException {
        Written w = write("crawl.warc", WarcCompression.NONE);
        assertThat(read(w.file()).articles).extracting(Article::id)
                .isEqualTo(read(w.file()).articles.stream().map(Article::id).toList());
    }

    @Test
    void aTruncatedGzipKeepsEveryRecordBeforeTheCut() throws IOException {
        Written w = write("cut.warc.gz", WarcCompression.GZIP);
        long lastStart = w.offsets().get(7);
        long lastEnd = w.offsets().get(8);
        byte[] whole = Files.readAllBytes(w.file());
        Files.write(w.file(), Arrays.copyOf(whole, (int) (lastStart + (lastEnd - lastStart) / 2)));

        Collected got = read(w.file());

        assertThat(got.articles).extracting(Article::title).containsExactly("Dockers walk out");
        assertThat(got.problems).hasSize(2);
        assertThat(got.problems.get(0).message()).startsWith("no article text");
        ReadProblem cut = got.problems.get(1);
        assertThat(cut.position()).isEqualTo("record 8 (after the record at byte " + w.offsets().get(6) + ")");
        assertThat(cut.message()).startsWith("archive ends early or is corrupt")
                .endsWith("kept the 1 articles from the 7 records before it");
    }

    @Test
    void aTruncatedPlainWarcKeepsEveryRecordBeforeTheCut() throws IOException {
        Written w = write("cut.warc", WarcCompression.NONE);
        long lastStart = w.offsets().get(7);
        byte[] whole = Files.readAllBytes(w.file());
        Files.write(w.file(), Arrays.copyOf(whole, (int) lastStart + 600));

        Collected got = read(w.file());

        assertThat(got.articles).extracting(Article::title).contains("Dockers walk out");
        assertThat(got.problems).last().satisfies(p -> {
            assertThat(p.position()).isEqualTo("record 8 at byte " + lastStart);
            assertThat(p.message()).startsWith("archive ends early or is corrupt")
                    .endsWith("kept the 1 articles from the 7 records before it");
        });
    }

    @Test
    void anArchiveWithoutArticlesSaysWhatItHeld() throws IOException {
        Written w = write("crawl.warc", WarcCompression.NONE);
        Collected got = new Collected();
        new WarcReader((html, url) -> Optional.empty()).read(w.file(), Manifest.EMPTY, got);
        assertThat(got.articles).isEmpty();
        assertThat(got.problems).hasSize(4);
        assertThat(got.problems.get(3).message()).isEqualTo("no article in 8 records: 3 pages without article text,"
                + " 1 non-HTML, 1 non-200, 1 revisit, 2 warcinfo/request/metadata records skipped");
    }

    @Test
    void garbageIsOneProblem() throws IOException {
        Path file = dir.resolve("junk.warc");
        Files.writeString(file, "this is not an archive\n");
        Collected got = read(file);
        assertThat(got.articles).isEmpty();
        assertThat(got.problems).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo("record 1");
            assertThat(p.message()).startsWith("not a WARC archive, or corrupt from the start (");
        });
    }

    @Test
    void acceptsWarcEndingsOnly() {
        WarcReader reader = new WarcReader(STRIP_TAGS);
        assertThat(reader.accepts(Path.of("x.warc"))).isTrue();
        assertThat(reader.accepts(Path.of("x.WARC.GZ"))).isTrue();
        assertThat(reader.accepts(Path.of("x.gz"))).isFalse();
        assertThat(reader.accepts(Path.of("x.arc.gz"))).isFalse();
    }
}
