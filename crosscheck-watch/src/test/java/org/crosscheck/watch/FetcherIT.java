package org.crosscheck.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherIT {

    private TestServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        fetcher = new Fetcher(FetchLimits.DEFAULTS.withPerHostDelay(Duration.ZERO).withMaxBodyBytes(64 * 1024));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void conditionalGetWithETagGives304AndKeepsTheValidators() throws Exception {
        server.put("/feed.rss", TestServer.Resource.ok("application/rss+xml", "<rss/>").withEtag("\"v1\""));
        Fetched first = fetcher.get(server.url("/feed.rss"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.validators().etag()).isEqualTo("\"v1\"");

        Fetched second = fetcher.get(server.url("/feed.rss"), first.validators());
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(second.validators()).isEqualTo(first.validators());
        assertThat(server.hits("/feed.rss")).extracting(TestServer.Hit::ifNoneMatch).containsExactly(null, "\"v1\"");
        assertThat(server.hits.get(0).userAgent()).startsWith("crosscheck/");
    }

    @Test
    void conditionalGetWithLastModified() throws Exception {
        String lm = "Tue, 14 Oct 2031 07:00:00 GMT";
        server.put("/a.atom", TestServer.Resource.ok("application/atom+xml", "<feed/>").withLastModified(lm));
        Fetched first = fetcher.get(server.url("/a.atom"));
        assertThat(first.validators()).isEqualTo(new Validators(null, lm));
        assertThat(fetcher.get(server.url("/a.atom"), first.validators()).notModified()).isTrue();
        assertThat(server.hits("/a.atom").get(1).ifModifiedSince()).isEqualTo(lm);
    }

    @Test
    void redirectsAreFollowedHopByHop() throws Exception {
        server.put("/old", TestServer.Resource.redirect(301, "/moved"));
        server.put("/moved", TestServer.Resource.redirect(302, server.url("/new")));
        server.put("/new", TestServer.Resource.ok("text/html; charset=utf-8", "<p>here</p>"));
        Fetched f = fetcher.get(server.url("/old"));
        assertThat(f.uri().toString()).isEqualTo(server.url("/new"));
        assertThat(f.text()).isEqualTo("<p>here</p>");
        assertThat(server.hits).extracting(TestServer.Hit::path).containsExactly("/old", "/moved", "/new");
    }

    @Test
    void redirectLoopIsRefusedNamingTheHops() {
        server.put("/a", TestServer.Resource.redirect(302, "/b"));
        server.put("/b", TestServer.Resource.redirect(302, "/a"));
        assertThatThrownBy(() -> fetcher.get(server.url("/a")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("redirect loop")
                .hasMessageContaining(server.url("/a") + " -> " + server.url("/b") + " -> " + server.url("/a"))
                .matches(e -> ((FetchException) e).refused());
        assertThat(server.hits).hasSize(2);
    }

    @Test
    void tooManyRedirectsAreRefused() {
        for (int i = 0; i < 10; i++) {
            server.put("/r" + i, TestServer.Resource.redirect(307, "/r" + (i + 1)));
        }
        assertThatThrownBy(() -> fetcher.get(server.url("/r0")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("more than 5 redirects");
        assertThat(server.hits).hasSize(6);
    }

    @Test
    void redirectToAnotherSchemeIsRefused() {
        server.put("/sneaky", TestServer.Resource.redirect(302, "file:///etc/passwd"));
        assertThatThrownBy(() -> fetcher.get(server.url("/sneaky")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("redirect refused")
                .hasMessageContaining("only http and https");
    }

    @Test
    void otherSchemesAreRefusedBeforeAnyConnection() {
        for (String url : List.of("file:///etc/passwd", "ftp://127.0.0.1/feed.rss", "jar:file:/x.jar!/a",
                "127.0.0.1/feed", "http:///nohost")) {
            assertThatThrownBy(() -> fetcher.get(url)).as(url)
                    .isInstanceOf(FetchException.class)
                    .hasMessageStartingWith(url)
                    .matches(e -> ((FetchException) e).refused());
        }
        assertThat(server.hits).isEmpty();
    }

    @Test
    void untrustedLimitsRefuseLocalAndPrivateAddresses() {
        server.put("/feed.rss", TestServer.Resource.ok("application/rss+xml", "<rss/>"));
        try (Fetcher untrusted = new Fetcher(FetchLimits.UNTRUSTED.withPerHostDelay(Duration.ZERO))) {
            for (String url : List.of(server.url("/feed.rss"), "http://10.1.2.3/feed", "http://192.168.0.1/",
                    "http://169.254.169.254/latest/meta-data/", "http://[::1]/feed", "http://0.0.0.0/")) {
                assertThatThrownBy(() -> untrusted.get(url)).as(url)
                        .isInstanceOf(FetchException.class)
                        .hasMessageContaining("is a local or private address")
                        .matches(e -> ((FetchException) e).refused());
            }
        }
        assertThat(server.hits).isEmpty();
    }

    @Test
    void oversizedBodyIsRefusedWithOrWithoutContentLength() {
        String big = "x".repeat(200 * 1024);
        server.put("/big", TestServer.Resource.ok("text/html", big));
        server.put("/chunked-big", TestServer.Resource.ok("text/html", big));
        assertThatThrownBy(() -> fetcher.get(server.url("/big")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("larger than the limit of 65536 bytes");
        assertThatThrownBy(() -> fetcher.get(server.url("/chunked-big")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("larger than the limit of 65536 bytes");
    }

    @Test
    void gzipBodiesAreUnpackedAndBombsStoppedAtTheLimit() throws Exception {
        server.put("/gz-page", new TestServer.Resource(200, "text/html", gzip("<p>small page</p>".getBytes(
                StandardCharsets.UTF_8)), null, null, null));
        assertThat(fetcher.get(server.url("/gz-page")).text()).isEqualTo("<p>small page</p>");

        byte[] bomb = gzip(new byte[1024 * 1024]);
        assertThat(bomb.length).isLessThan(64 * 1024); // passes the wire limit, not the unpacked one
        server.put("/gz-bomb", new TestServer.Resource(200, "text/html", bomb, null, null, null));
        assertThatThrownBy(() -> fetcher.get(server.url("/gz-bomb")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("unpacks to more than the limit of 65536 bytes");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    void errorStatusesNameTheUrl() {
        server.put("/down", TestServer.Resource.status(503));
        assertThatThrownBy(() -> fetcher.get(server.url("/down")))
                .isInstanceOf(FetchException.class)
                .hasMessage(server.url("/down") + ": HTTP 503")
                .matches(e -> !((FetchException) e).refused());
        assertThatThrownBy(() -> fetcher.get(server.url("/missing"))).hasMessageEndingWith("HTTP 404");
    }

    @Test
    void bodyIsDecodedByTheDeclaredCharset() throws Exception {
        byte[] latin1 = "<p>Caf\u00e9 near the quay</p>".getBytes(StandardCharsets.ISO_8859_1);
        server.put("/latin", new TestServer.Resource(200, "text/html; charset=ISO-8859-1", latin1, null, null, null));
        assertThat(fetcher.get(server.url("/latin")).text()).isEqualTo("<p>Caf\u00e9 near the quay</p>");
        byte[] meta = "<meta charset=\"windows-1252\"><p>\u201cQuoted\u201d</p>".getBytes("windows-1252");
        server.put("/meta", new TestServer.Resource(200, "text/html", meta, null, null, null));
        assertThat(fetcher.get(server.url("/meta")).text()).contains("\u201cQuoted\u201d");
    }

    @Test
    void requestsToOneHostAreSpacedEvenFromSeveralThreads() throws Exception {
        Duration delay = Duration.ofMillis(150);
        server.put("/p", TestServer.Resource.ok("text/html", "<p>x</p>"));
        try (Fetcher polite = new Fetcher(FetchLimits.DEFAULTS.withPerHostDelay(delay))) {
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Fetched>> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(pool.submit(() -> polite.get(server.url("/p"))));
            }
            for (Future<Fetched> f : all) {
                f.get();
            }
            pool.shutdown();
            // Each request waits for its own slot, so the k-th one to arrive cannot have been sent before
            // start + k * delay, whatever the scheduling.
            List<TestServer.Hit> hits = server.hits("/p");
            assertThat(hits).hasSize(4);
            for (int k = 0; k < hits.size(); k++) {
                assertThat(hits.get(k).nanoTime() - start).as("request %d", k)
                        .isGreaterThanOrEqualTo(k * delay.toNanos());
            }
        }
    }
}
