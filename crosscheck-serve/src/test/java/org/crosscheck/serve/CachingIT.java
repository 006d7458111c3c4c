package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Briefs and listings are made once per version and revalidated by entity tag: a client holding the current one gets
 * a 304 with no body, a new article changes the tag, and gzip is served from the one compressed copy.
 */
class CachingIT {
    static final String KEY = "caching-key-0123456789abcdef";

    @Test
    void briefsAndListingsAreRevalidatedByEntityTag() throws IOException, InterruptedException {
        MemoryLibrary library = Fixtures.library();
        library.submit(Fixtures.ferry());
        String story = library.storyOf("orvin-gazette-1").orElseThrow();
        try (CrosscheckServer server = CrosscheckServer.start(library, ServeConfig.local(0, ApiKeys.of(List.of(KEY)))
                .withLimits(Limits.defaults().withRates(0, 0)))) {
            Http http = new Http(server.port());
            for (String path : List.of("/v1/stories/" + story + "/brief", "/v1/stories/" + story + "/brief?format=md",
                    "/v1/stories/" + story + "/brief?format=html", "/stories/" + story, "/v1/stories?limit=5")) {
                HttpResponse<String> first = http.get(path);
                assertThat(first.statusCode()).as(path).isEqualTo(200);
                String etag = first.headers().firstValue("ETag").orElseThrow();
                assertThat(ServerTiming.parse(first.headers().firstValue(ServerTiming.HEADER).orElse(null)))
                        .as(path).containsKeys("queue", "app");
                assertThat(http.get(path).headers().firstValue("ETag")).as(path).hasValue(etag);
                HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base(server) + path))
                        .header("If-None-Match", "\"other\", " + etag));
                assertThat(again.statusCode()).as(path).isEqualTo(304);
                assertThat(again.body()).isEmpty();
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base(server) + path))
                        .header("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);
            }

            String brief = "/v1/stories/" + story + "/brief";
            HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base(server) + brief)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(http.get(brief).body());
            }

            String briefTag = http.get(brief).headers().firstValue("ETag").orElseThrow();
            String listTag = http.get("/v1/stories?limit=5").headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> posted = http.post("/v1/articles", "application/json", ApiIT.json(new
                    org.crosscheck.api.Article("orvin-gazette-3", "Orvin Gazette", Fixtures.DAY2, null,
                    "Lake Orvin ferry back in service after engine fire", null, "The Lake Orvin ferry returned to "
                    + "service on Tuesday after inspectors cleared it following the engine fire that forced the "
                    + "evacuation of 120 passengers, harbour master Edda Lunn said.", "test")), "X-Api-Key", KEY);
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            assertThat(http.get("/v1/stories?limit=5").headers().firstValue("ETag")).isNotEqualTo(
                    java.util.Optional.of(listTag));
            if (library.storyOf("orvin-gazette-3").orElseThrow().equals(story)) {
                HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(base(server) + brief))
                        .header("If-None-Match", briefTag));
                assertThat(changed.statusCode()).isEqualTo(200);
                assertThat(changed.body()).contains("orvin-gazette-3");
            }
        }
    }

    /**
     * The writer renders a new version of a story before it is published, and a reader still holding the version
     * before (it read the dossier a moment earlier) gets that version rendered without displacing the new one.
     */
    @Test
    void theWriterRendersNewVersionsAndOldReadersDoNotDisplaceThem() {
        MemoryLibrary library = Fixtures.library();
        List<org.crosscheck.api.Article> ferry = Fixtures.ferry();
        library.submit(ferry.subList(0, 2));
        String story = library.storyOf(ferry.get(0).id()).orElseThrow();
        Renders renders = new Renders();
        library.beforePublish(renders::prepare);
        StoryDossier before = library.story(story).orElseThrow();
        Body old = renders.json(before);

        library.submit(ferry.subList(2, ferry.size()));
        StoryDossier after = library.story(story).orElseThrow();
        assertThat(after).isNotSameAs(before);
        Body current = renders.json(after);
        assertThat(new String(current.bytes(), StandardCharsets.UTF_8)).contains(ferry.get(2).id());
        assertThat(renders.page(after)).isSameAs(renders.page(after));

        assertThat(renders.json(before).etag()).isEqualTo(old.etag());
        assertThat(renders.json(after)).isSameAs(current);
    }

    private static String base(CrosscheckServer s) {
        return "http://127.0.0.1:" + s.port();
    }
}
