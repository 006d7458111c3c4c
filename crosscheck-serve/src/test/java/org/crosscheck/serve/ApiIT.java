package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.crosscheck.api.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API end to end: a server on a free port over a library of invented stories, driven over HTTP. */
class ApiIT {
    static final String KEY = "test-key-0123456789abcdef";
    static MemoryLibrary library;
    static CrosscheckServer server;
    static Http http;

    @BeforeAll
    static void start() {
        library = Fixtures.library();
        library.submit(Fixtures.ferry());
        library.submit(Fixtures.library2());
        server = CrosscheckServer.start(library, ServeConfig.local(0, ApiKeys.of(List.of(KEY)))
                .withLimits(Limits.defaults().withRates(0, 0).withBody(64 * 1024, 5)));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthCountsWhatIsKept() {
        JsonNode h = Http.json(http.get("/v1/health"));
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("articles").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(h.get("stories").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(h.get("briefs_pending").asInt()).isZero();
    }

    @Test
    void storiesPageByKeysetWithoutSkippingOrRepeating() {
        JsonNode all = Http.json(http.get("/v1/stories?limit=100"));
        List<String> expected = ids(all.get("stories"));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
        List<String> paged = new ArrayList<>();
        String after = null;
        for (int guard = 0; guard < 50; guard++) {
            HttpResponse<String> r = http.get("/v1/stories?limit=1" + (after == null ? "" : "&after=" + after));
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode page = Http.json(r);
            paged.addAll(ids(page.get("stories")));
            after = page.get("next").isNull() ? null : page.get("next").asText();
            if (after == null) {
                break;
            }
            assertThat(r.headers().firstValue("Link")).hasValueSatisfying(l -> assertThat(l).contains("rel=\"next\""));
        }
        assertThat(paged).isEqualTo(expected);
    }

    @Test
    void storiesFilterByDay() {
        JsonNode day1 = Http.json(http.get("/v1/stories?date=" + Fixtures.DAY1));
        assertThat(day1.get("stories")).isNotEmpty();
        for (JsonNode s : day1.get("stories")) {
            assertThat(s.get("first").asText()).isLessThanOrEqualTo(Fixtures.DAY1.toString());
        }
        JsonNode none = Http.json(http.get("/v1/stories?date=2001-01-01"));
        assertThat(none.get("stories")).isEmpty();
        assertError(http.get("/v1/stories?date=yesterday"), 400, "bad_request");
        assertError(http.get("/v1/stories?limit=0"), 400, "bad_request");
        assertError(http.get("/v1/stories?limit=5000"), 400, "bad_request");
        assertError(http.get("/v1/stories?after=%25%25"), 400, "bad_request");
    }

    @Test
    void storyAndItsBriefInEveryFormat() {
        String id = ferryStory();
        JsonNode story = Http.json(http.get("/v1/stories/" + id));
        assertThat(story.get("article_list").size()).isGreaterThanOrEqualTo(2);

        HttpResponse<String> json = http.get("/v1/stories/" + id + "/brief");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode brief = Http.json(json);
        assertThat(brief.get("id").asText()).isEqualTo(id);
        assertThat(brief.get("claims")).isNotEmpty();
        for (JsonNode c : brief.get("claims")) {
            assertThat(c.get("support")).isNotEmpty();
        }

        HttpResponse<String> md = http.get("/v1/stories/" + id + "/brief?format=md");
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.body()).contains("# ").contains("orvin-gazette-1");

        HttpResponse<String> html = http.get("/v1/stories/" + id + "/brief?format=html");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").doesNotContain("<script");

        assertError(http.get("/v1/stories/" + id + "/brief?format=pdf"), 400, "bad_request");
        assertError(http.get("/v1/stories/no-such-story"), 404, "not_found");
        assertError(http.get("/v1/stories/no-such-story/brief"), 404, "not_found");
    }

    @Test
    void searchFindsStoriesByEveryWord() {
        JsonNode r = Http.json(http.get("/v1/search?q=ferry+Orvin"));
        assertThat(ids(r.get("stories"))).containsExactly(ferryStory());
        assertThat(Http.json(http.get("/v1/search?q=ferry+library")).get("stories")).isEmpty();
        assertError(http.get("/v1/search"), 400, "bad_request");
    }

    @Test
    void articleAnnotationsCarryOffsetsIntoTheText() {
        JsonNode a = Http.json(http.get("/v1/articles/orvin-gazette-1"));
        String text = a.get("text").asText();
        assertThat(a.get("story").asText()).isEqualTo(ferryStory());
        assertThat(a.get("quantities")).isNotEmpty();
        for (JsonNode q : a.get("quantities")) {
            assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text")
                    .asText());
        }
        assertError(http.get("/v1/articles/nope"), 404, "not_found");
    }

    @Test
    void writesNeedAKey() {
        String body = articleJson("auth-1", "A short invented report about the Brask council budget vote today.");
        assertError(http.post("/v1/articles", "application/json", body), 401, "unauthenticated");
        assertError(http.post("/v1/articles", "application/json", body, "Authorization", "Bearer wrong-key-0000000000"),
                403, "forbidden");
        assertError(http.post("/v1/articles", "application/json", body, "X-Api-Key", "wrong"), 403, "forbidden");
        HttpResponse<String> ok = http.post("/v1/articles", "application/json", body, "X-Api-Key", KEY);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(Http.json(ok).get("accepted").get(0).asText()).isEqualTo("auth-1");
        HttpResponse<String> again = http.post("/v1/articles", "application/json", body, "Authorization",
                "Bearer " + KEY);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.json(again).get("known").get(0).asText()).isEqualTo("auth-1");
        assertThat(ok.body() + again.body()).doesNotContain(KEY);
    }

    @Test
    void badSubmissionsAreRefusedWithTheFieldNamed() {
        assertError(post("{not json"), 400, "bad_request");
        assertError(post("[]"), 422, "invalid_input");
        assertError(post("[{\"id\": \"x1\"}]"), 422, "invalid_input", "articles[0].text");
        assertError(post("{\"id\": \"x2\", \"text\": \"Some text here.\", \"published\": \"last week\"}"), 422,
                "invalid_input", "published");
        assertError(post("{\"id\": \"x3\", \"text\": \"Some text.\", \"colour\": \"red\"}"), 422, "invalid_input",
                "colour");
        assertError(post("{\"id\": \"x4\", \"text\": \"Some text.\", \"url\": \"javascript:alert(1)\"}"), 422,
                "invalid_input", "url");
        ArrayNode many = Http.MAPPER.createArrayNode();
        for (int i = 0; i < 6; i++) {
            many.add(Http.MAPPER.createObjectNode().put("id", "m" + i).put("text", "Text number " + i + "."));
        }
        assertError(post(many.toString()), 422, "too_many_articles");
        assertError(post(articleJson("big", "x".repeat(70 * 1024))), 413, "body_too_large");
        assertError(http.post("/v1/articles", "text/plain", "hello", "X-Api-Key", KEY), 415,
                "unsupported_media_type");
    }

    @Test
    void aWebPageIsSubmittedAsHtml() {
        String page = "<html><head><title>Saltby harbour gets new pier</title></head><body><nav>Home | News</nav>"
                + "<article><h1>Saltby harbour gets new pier</h1><p>The invented town of Saltby opened a new pier "
                + "on its harbour on Tuesday, the harbour office said, after two years of building work.</p>"
                + "<p>The pier is 240 metres long and can take two ferries at once.</p></article></body></html>";
        HttpResponse<String> r = http.post("/v1/articles?url=https://post.example/pier&outlet=Saltby+Post"
                + "&published=2033-03-06", "text/html; charset=utf-8", page, "X-Api-Key", KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = Http.json(r).get("accepted").get(0).asText();
        JsonNode a = Http.json(http.get("/v1/articles/" + id));
        assertThat(a.get("outlet").asText()).isEqualTo("Saltby Post");
        assertThat(a.get("published").asText()).isEqualTo("2033-03-06");
        assertThat(a.get("text").asText()).contains("240 metres").doesNotContain("Home | News");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : List.of("/", "/v1/stories", "/v1/nothing-here", "/static/site.css")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        assertError(http.get("/v1/nothing-here"), 404, "not_found");
        assertError(http.post("/v1/stories", "application/json", "{}"), 405, "method_not_allowed");
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        HttpResponse<String> r = http.post("/v1/articles", "application/json", json(Fixtures.hostile()),
                "X-Api-Key", KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String story = Http.json(r).get("stories").get(0).asText();
        List<String> pages = List.of("/", "/?date=" + Fixtures.DAY2, "/stories/" + story, "/articles/hostile-1",
                "/search?q=Brask+council", "/search?q=%3Cscript%3Ealert(9)%3C/script%3E",
                "/v1/stories/" + story + "/brief?format=html");
        for (String p : pages) {
            HttpResponse<String> page = http.get(p);
            assertThat(page.statusCode()).as(p).isEqualTo(200);
            assertThat(page.body()).as(p).doesNotContainIgnoringCase("<script").doesNotContain("<img")
                    .doesNotContain("href=\"javascript:");
        }
        assertThat(http.get("/articles/hostile-1").body()).contains("&lt;script&gt;alert(&#39;text&#39;)");
        assertThat(http.get("/search?q=%3Cscript%3Ealert(9)%3C/script%3E").body())
                .contains("&lt;script&gt;alert(9)");
    }

    @Test
    void openApiDescribesEveryRoute() {
        JsonNode spec = Http.json(http.get("/v1/openapi.json"));
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        JsonNode paths = spec.get("paths");
        List<String> described = new ArrayList<>();
        Iterator<String> names = paths.fieldNames();
        while (names.hasNext()) {
            String p = names.next();
            paths.get(p).fieldNames().forEachRemaining(m -> described.add(m.toUpperCase() + " " + p));
        }
        List<String> registered = server.routes().stream().map(r -> r.method() + " " + r.path()).toList();
        assertThat(registered).hasSizeGreaterThanOrEqualTo(9);
        assertThat(described).containsExactlyInAnyOrderElementsOf(registered);
        for (String path : List.of("/v1/articles", "/v1/feeds")) {
            assertThat(paths.get(path).get("post").get("responses").has("401")).isTrue();
            assertThat(paths.get(path).get("post").get("responses").has("413")).isTrue();
        }
    }

    @Test
    void theLoadBenchmarkDrivesTheApiWithoutErrors() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        int status = ApiBenchmark.run(new String[] {"--base", "http://127.0.0.1:" + server.port(), "--readers", "4",
                "--seconds", "1", "--baseline-seconds", "1"}, new java.io.PrintStream(bytes, true, "UTF-8"));
        String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(status).as(out).isZero();
        assertThat(out).contains("baseline: 1 reader").contains("load: 4 readers").contains("errors: 0")
                .containsPattern("brief\\s+\\d+");
    }

    static String ferryStory() {
        return library.storyOf("orvin-gazette-1").orElseThrow();
    }

    private static HttpResponse<String> post(String body) {
        return http.post("/v1/articles", "application/json", body, "X-Api-Key", KEY);
    }

    static String articleJson(String id, String text) {
        return Http.MAPPER.createObjectNode().put("id", id).put("text", text).put("outlet", "Brask Herald")
                .put("published", "2033-03-06").toString();
    }

    static String json(Article a) {
        ObjectNode o = Http.MAPPER.createObjectNode().put("id", a.id()).put("text", a.text()).put("title", a.title())
                .put("outlet", a.outlet()).put("published", a.published() == null ? null : a.published().toString());
        return o.toString();
    }

    static List<String> ids(JsonNode stories) {
        List<String> out = new ArrayList<>();
        stories.forEach(s -> out.add(s.get("id").asText()));
        return out;
    }

    static void assertError(HttpResponse<String> r, int status, String code, String... mentions) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode e = Http.json(r).get("error");
        assertThat(e.get("code").asText()).isEqualTo(code);
        for (String m : mentions) {
            assertThat(e.get("message").asText()).contains(m);
        }
    }
}
