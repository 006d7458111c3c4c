package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck watch} against feeds and pages of a fictional outlet served on 127.0.0.1. */
class WatchCommandIT {

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final List<Integer> feedStatuses = new ArrayList<>();
    private volatile String etag = "\"v1\"";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            String body = bodies.get(path);
            boolean feed = path.endsWith(".rss");
            int status;
            if (body == null) {
                status = 404;
                body = "";
            } else if (feed && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                status = 304;
                body = "";
            } else {
                status = 200;
            }
            if (feed) {
                synchronized (feedStatuses) {
                    feedStatuses.add(status);
                }
                ex.getResponseHeaders().set("ETag", etag);
            }
            ex.getResponseHeaders().set("Content-Type", feed ? "application/rss+xml" : "text/html; charset=utf-8");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String item(String guid, String path, String title, String summary) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><link>" + path + "</link><title>" + title
                + "</title><pubDate>Thu, 16 Oct 2031 08:00:00 +0000</pubDate><description>" + summary
                + "</description></item>";
    }

    private void serveFeed(String... items) {
        bodies.put("/estrava.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Estrava Evening Post"
                + "</title>" + String.join("", items) + "</channel></rss>");
    }

    private static String page(String headline, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html><head><title>" + headline + "</title></head><body>"
                + "<nav><a href='/'>Home</a></nav><article><h1>" + headline + "</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    private List<JsonNode> articles() throws IOException {
        Path file = dir.resolve("data").resolve("articles.jsonl");
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    private CliRunner.Result watch(String... extra) throws IOException {
        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, "<opml version=\"2.0\"><body><outline text=\"Estrava Evening Post\" xmlUrl=\""
                + url("/estrava.rss") + "\"/></body></opml>");
        List<String> args = new ArrayList<>(List.of("watch", opml.toString(), "--data", dir.resolve("data").toString(),
                "--host-delay", "0"));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void appendsNewArticlesOnceAndResumesAfterARestart() throws Exception {
        bodies.put("/tram", page("Tram line extended", "The Estrava tram line will reach the airport by 2033, the "
                + "transport office said on Thursday.", "Construction of the four new stops begins in the spring."));
        serveFeed(item("post-7", "/tram", "Tram line extended", "Tram to airport."),
                item("post-6", "/gone", "Library reopens", "The central library reopened after repairs."));

        CliRunner.Result first = watch("--once", "--interval", "1");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("2 new of 2 items (1 from pages, 1 from summaries)")
                .contains("HTTP 404; kept the feed's text")
                .contains("2 new articles appended");
        List<JsonNode> lines = articles();
        assertThat(lines).extracting(n -> n.get("title").asText())
                .containsExactly("Library reopens", "Tram line extended");
        assertThat(lines.get(1).get("text").asText()).startsWith("The Estrava tram line will reach the airport");
        assertThat(lines.get(1).fieldNames()).toIterable()
                .containsExactly("id", "url", "outlet", "published", "title", "language", "text");

        Thread.sleep(1100); // the feed is due again one interval later
        CliRunner.Result second = watch("--once", "--interval", "1");
        assertThat(second.err()).contains("not modified").contains("0 new articles appended");
        assertThat(articles()).hasSize(2);

        etag = "\"v2\"";
        bodies.put("/ferry", page("Night ferry added", "A night ferry between Valmora and Ostrel will run from "
                + "December, the operator announced.", "Tickets go on sale next week."));
        serveFeed(item("post-8", "/ferry", "Night ferry added", "Night ferry."),
                item("post-7", "/tram", "Tram line extended", "Tram to airport."),
                item("post-6", "/gone", "Library reopens", "The central library reopened after repairs."));
        Thread.sleep(1100);
        CliRunner.Result third = watch("--once", "--interval", "1");
        assertThat(third.err()).contains("1 new of 3 items");
        assertThat(articles()).extracting(n -> n.get("title").asText())
                .containsExactly("Library reopens", "Tram line extended", "Night ferry added");
        assertThat(feedStatuses).containsExactly(200, 304, 200);
    }

    @Test
    void maxArticlesStopsEarlyAndLeavesTheRestForLater() throws Exception {
        serveFeed(item("post-2", "/none-2", "Second", "The second story of the evening, about the harbour."),
                item("post-1", "/none-1", "First", "The first story of the evening, about the council."));
        CliRunner.Result r = watch("--max-articles", "1");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(articles()).extracting(n -> n.get("title").asText()).containsExactly("First");
        CliRunner.Result rest = watch("--once");
        assertThat(rest.err()).contains("1 new of 2 items");
        assertThat(articles()).extracting(n -> n.get("title").asText()).containsExactly("First", "Second");
    }

    @Test
    void refusedUrlsAndFailingFeedsAreReported() throws IOException {
        CliRunner.Result ftp = CliRunner.run("watch", "ftp://127.0.0.1/feed.rss", "--data", dir.toString(), "--once");
        assertThat(ftp.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(ftp.err()).contains("only http and https URLs are fetched");

        CliRunner.Result down = CliRunner.run("watch", url("/missing.rss"), "--data", dir.toString(), "--once",
                "--host-delay", "0");
        assertThat(down.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(down.err()).contains(url("/missing.rss") + ": failed: " + url("/missing.rss") + ": HTTP 404");

        CliRunner.Result usage = CliRunner.run("watch", url("/x.rss"), "--data", dir.toString(), "--interval", "0");
        assertThat(usage.status()).isEqualTo(ExitCodes.USAGE);
    }
}
