package org.crosscheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.ingest.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 100 MB feed and a WARC holding a 100 MB page, read in a JVM with a 128 MB heap. */
class HugeArchiveIT {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void hundredMegabyteInputsAreCutAtTheReadersLimits() throws Exception {
        Path feed = dir.resolve("huge.rss");
        try (RandomAccessFile f = new RandomAccessFile(feed.toFile(), "rw")) {
            f.setLength(HUNDRED_MB);
        }
        // One response whose page is 100 MB (sparse: NULs after an HTML start, so no text), then a small page: the
        // reader takes the first 8 MB of the page, skips the rest, and reads on.
        Path warc = dir.resolve("huge.warc");
        String start = "<html><head><title>Huge page</title></head><body><p>";
        long body = HUNDRED_MB;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body + "\r\n\r\n";
        long block = http.length() + body;
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-"
                + "000000000001>\r\nWARC-Date: 2031-10-16T08:15:00Z\r\nWARC-Target-URI: https://post.example/huge\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + block + "\r\n\r\n";
        byte[] small = FeedFuzzTest.record("response", "https://post.example/small", ("HTTP/1.1 200 OK\r\n"
                + "Content-Type: text/html\r\n\r\n<html><head><title>Small page</title></head><body><p>The ferry is "
                + "back.</p></body></html>").getBytes(StandardCharsets.UTF_8), "application/http;msgtype=response", 2,
                false);
        try (RandomAccessFile f = new RandomAccessFile(warc.toFile(), "rw")) {
            f.write((head + http + start).getBytes(StandardCharsets.US_ASCII));
            long end = head.length() + block;
            f.seek(end);
            f.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            f.write(small);
        }
        assertThat(Files.size(warc)).isGreaterThan(HUNDRED_MB);

        ChildJvm.Result r = ChildJvm.run(ReadArchives.class, 128, feed.toString(), warc.toString());

        assertThat(r.status()).as(r.output()).isZero();
        assertThat(r.output()).contains(feed + ": feed of " + HUNDRED_MB + " bytes is too large")
                .contains(warc + ":record 1 at byte 0: no article text (https://post.example/huge)")
                .contains("articles 1, chars 18,"); // the small page after the huge one
    }
}
