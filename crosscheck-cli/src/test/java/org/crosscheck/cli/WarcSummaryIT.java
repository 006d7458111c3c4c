package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closing summary says what WARC records were skipped and why, not only how many articles came out. */
class WarcSummaryIT {

    @TempDir
    Path dir;

    private static String record(String type, String uri, String block, int n) {
        int length = block.getBytes(StandardCharsets.UTF_8).length;
        return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-"
                + String.format("%012d", n) + ">\r\nWARC-Date: 2031-10-16T08:15:00Z\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + length + "\r\n\r\n"
                + block + "\r\n\r\n";
    }

    private static String http(String type, String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    @Test
    void revisitsAndNonHtmlRecordsAreCountedInTheSummary() throws IOException {
        String page = "<html><head><title>Tram line extended</title></head><body><article><p>The Estrava tram line "
                + "will reach the airport by 2033, the transport office said on Thursday.</p><p>Construction of "
                + "four new stops begins in the spring.</p></article></body></html>";
        Path warc = dir.resolve("crawl.warc");
        Files.writeString(warc, record("response", "https://post.example/tram", http("text/html", page), 1)
                + record("response", "https://post.example/logo.png", http("image/png", "PNG"), 2)
                + record("revisit", "https://post.example/tram", "HTTP/1.1 200 OK\r\n\r\n", 3)
                + record("response", "https://post.example/app.js", http("application/javascript", "var x;"), 4),
                StandardCharsets.UTF_8);

        CliRunner.Result r = CliRunner.run("extract", warc.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).contains("crosscheck: WARC: 1 articles from 4 records; 2 non-HTML, 0 non-200, 1 revisit, "
                + "0 warcinfo/request/metadata records skipped, 0 pages without article text, 0 unreadable");
    }
}
