package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.serve.ApiIT.assertError;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Read-only mode, disabled writes, rate limits and the feed endpoint's fences, each on a server of its own. */
class GuardIT {
    static final String KEY = "guard-key-0123456789abcdef";

    @Test
    void readOnlyRefusesWritesAndServesReads() {
        try (CrosscheckServer s = CrosscheckServer.start(Fixtures.library(), ServeConfig.local(0,
                ApiKeys.of(List.of(KEY))).withReadOnly(true))) {
            Http http = new Http(s.port());
            HttpResponse<String> r = http.post("/v1/articles", "application/json", ApiIT.articleJson("ro", "Text."),
                    "X-Api-Key", KEY);
            assertError(r, 405, "read_only", "read-only");
            assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
            assertError(http.post("/v1/feeds", "application/json", "{\"url\":\"https://feeds.example/a.xml\"}",
                    "X-Api-Key", KEY), 405, "read_only");
            assertThat(http.get("/v1/stories").statusCode()).isEqualTo(200);
            assertThat(Http.json(http.get("/v1/health")).get("read_only").asBoolean()).isTrue();
        }
    }

    @Test
    void withoutAnyKeyNobodyWrites() {
        try (CrosscheckServer s = CrosscheckServer.start(Fixtures.library(), ServeConfig.local(0, ApiKeys.none()))) {
            assertError(new Http(s.port()).post("/v1/articles", "application/json", ApiIT.articleJson("nk", "T."),
                    "X-Api-Key", "anything-at-all-0123456789"), 403, "writes_disabled");
        }
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() {
        // 2 reads a second, a burst of 4: a quick run of 12 requests must be cut off, and the API says why
        try (CrosscheckServer s = CrosscheckServer.start(Fixtures.library(), ServeConfig.local(0, ApiKeys.none())
                .withLimits(Limits.defaults().withRates(2, 1)))) {
            Http http = new Http(s.port());
            HttpResponse<String> last = null;
            int ok = 0;
            for (int i = 0; i < 12; i++) {
                last = http.get("/v1/stories");
                if (last.statusCode() == 200) {
                    ok++;
                } else {
                    break;
                }
            }
            assertThat(ok).isBetween(4, 11);
            assertError(last, 429, "rate_limited");
            assertThat(last.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void feedsAreFetchedOnceAndTheirItemsKept() throws IOException {
        String rss = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Orvin Gazette</title>
                <item><guid>g-1</guid><title>Ferry back in service</title><pubDate>Wed, 06 Apr 2033 08:00:00 GMT</pubDate>
                <description>The Lake Orvin ferry returned to service on Wednesday, the harbour office said.</description></item>
                <item><guid>g-2</guid><title>Council meets</title><pubDate>Wed, 06 Apr 2033 09:00:00 GMT</pubDate>
                <description>The Orvin council will meet on Thursday to discuss the ferry timetable.</description></item>
                </channel></rss>""";
        HttpServer feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.createContext("/feed.xml", ex -> {
            byte[] b = rss.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        feedServer.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        feedServer.createContext("/huge.xml", ex -> {
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8192];
            try {
                for (int i = 0; i < 200; i++) {
                    ex.getResponseBody().write(chunk);
                }
            } catch (IOException gone) {
                // the server hung up once it had enough: that is the point
            }
            ex.close();
        });
        feedServer.start();
        String feed = "http://127.0.0.1:" + feedServer.getAddress().getPort();
        String body = "{\"url\": \"" + feed + "/feed.xml\"}";
        try {
            try (CrosscheckServer strict = CrosscheckServer.start(Fixtures.library(), ServeConfig.local(0,
                    ApiKeys.of(List.of(KEY))))) {
                Http http = new Http(strict.port());
                assertError(http.post("/v1/feeds", "application/json", body, "X-Api-Key", KEY), 403,
                        "feed_forbidden");
                assertError(http.post("/v1/feeds", "application/json", "{\"url\": \"file:///etc/passwd\"}",
                        "X-Api-Key", KEY), 422, "invalid_input", "http");
                assertError(http.post("/v1/feeds", "application/json", "{}", "X-Api-Key", KEY), 422,
                        "invalid_input", "url");
            }
            Limits open = Limits.defaults().withPrivateFeeds(true);
            open = new Limits(open.maxBodyBytes(), open.maxArticles(), open.maxArticleChars(), 0, 0,
                    open.maxPageSize(), 64 * 1024, open.feedTimeout(), 2, true);
            try (CrosscheckServer lax = CrosscheckServer.start(Fixtures.library(), ServeConfig.local(0,
                    ApiKeys.of(List.of(KEY))).withLimits(open))) {
                Http http = new Http(lax.port());
                HttpResponse<String> r = http.post("/v1/feeds", "application/json", body, "X-Api-Key", KEY);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                assertThat(Http.json(r).get("accepted")).hasSize(2);
                HttpResponse<String> again = http.post("/v1/feeds", "application/json", body, "X-Api-Key", KEY);
                assertThat(Http.json(again).get("known")).hasSize(2);
                assertError(http.post("/v1/feeds", "application/json", "{\"url\": \"" + feed + "/loop\"}",
                        "X-Api-Key", KEY), 422, "feed_redirects");
                assertError(http.post("/v1/feeds", "application/json", "{\"url\": \"" + feed + "/huge.xml\"}",
                        "X-Api-Key", KEY), 413, "feed_too_large");
            }
        } finally {
            feedServer.stop(0);
        }
    }
}
