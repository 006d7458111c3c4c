package org.crosscheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.feeds.FeedReader;
import org.crosscheck.html.JsoupPageExtractor;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.ingest.PageExtractor;
import org.crosscheck.render.AnnotationJson;
import org.crosscheck.render.Json;

/**
 * The REST API under {@code /v1}. Every route is registered through {@link #route}, which keeps the list the
 * OpenAPI description is checked against.
 */
final class ApiRoutes {

    static final int MAX_OFFSET = 1000;

    private final Library library;
    private final ServeConfig config;
    private final Guard guard;
    private final Renders renders;
    private final ArticleInput input;
    private final PageExtractor pages = new JsoupPageExtractor();
    private final FeedDownloads feeds;
    private final IngestLane lane = new IngestLane();
    private final List<Route> routes = new ArrayList<>();

    ApiRoutes(Library library, ServeConfig config, Guard guard, Renders renders) {
        this.library = library;
        this.config = config;
        this.guard = guard;
        this.renders = renders;
        this.input = new ArticleInput(config.limits());
        this.feeds = new FeedDownloads(config.limits());
    }

    /** Lets queued submissions finish and releases the feed fetcher's connections. */
    void close() {
        try {
            lane.close();
        } finally {
            feeds.close();
        }
    }

    List<Route> register(Javalin app) {
        route(app, HandlerType.GET, "/v1/health", this::health);
        route(app, HandlerType.GET, "/v1/stories", this::stories);
        route(app, HandlerType.GET, "/v1/stories/{id}", this::story);
        route(app, HandlerType.GET, "/v1/stories/{id}/brief", this::brief);
        route(app, HandlerType.GET, "/v1/search", this::search);
        route(app, HandlerType.GET, "/v1/articles/{id}", this::article);
        route(app, HandlerType.POST, "/v1/articles", this::submit);
        route(app, HandlerType.POST, "/v1/feeds", this::feed);
        route(app, HandlerType.GET, "/v1/openapi.json", this::openapi);
        return List.copyOf(routes);
    }

    private void route(Javalin app, HandlerType method, String path, Handler h) {
        routes.add(new Route(method.name(), path));
        app.addHttpHandler(method, path, h);
    }

    private void health(Context ctx) {
        Library.Stats s = library.stats();
        ObjectNode o = Json.object();
        o.put("status", "ok");
        o.put("articles", s.articles());
        o.put("stories", s.stories());
        o.put("briefs_pending", s.briefsPending());
        o.put("read_only", config.readOnly());
        Responses.json(ctx, 200, o);
    }

    /**
     * A listing page, made once per version of the library and query: the first page of the newest stories is what
     * most readers ask for, over and over, between two writes.
     */
    private void stories(Context ctx) {
        int limit = limit(ctx, 20);
        LocalDate day = date(ctx.queryParam("date"));
        String after = ctx.queryParam("after");
        long version = library.version();
        Listings cache = listings;
        if (cache.version() != version) {
            cache = new Listings(version, new java.util.concurrent.ConcurrentHashMap<>());
            listings = cache;
        }
        String key = limit + "|" + day + "|" + after;
        Listing hit = cache.pages().get(key);
        if (hit == null) {
            hit = listing(day, after, limit);
            if (cache.pages().size() < 1_000) {
                cache.pages().put(key, hit);
            }
        }
        if (hit.link() != null) {
            ctx.header("Link", hit.link());
        }
        hit.body().send(ctx);
    }

    /** One rendered listing page, with its {@code Link: rel="next"} header value or {@code null}. */
    private record Listing(Body body, String link) {
    }

    /** The listing pages made for one version of the library. */
    private record Listings(long version, java.util.Map<String, Listing> pages) {
    }

    private volatile Listings listings = new Listings(-1, java.util.Map.of());

    private Listing listing(LocalDate day, String after, int limit) {
        StoryPage page;
        try {
            page = library.stories(day, after, limit);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("after: " + e.getMessage());
        }
        ObjectNode o = Json.object();
        ArrayNode list = o.putArray("stories");
        page.stories().forEach(e -> list.add(entry(e)));
        o.put("next", page.next());
        String link = null;
        if (page.next() != null) {
            StringBuilder l = new StringBuilder("/v1/stories?limit=").append(limit);
            if (day != null) {
                l.append("&date=").append(day);
            }
            link = "<" + l.append("&after=").append(page.next()) + ">; rel=\"next\"";
        }
        return new Listing(Body.of(Responses.write(o), Responses.JSON), link);
    }

    private void story(Context ctx) {
        StoryDossier d = dossier(ctx);
        ObjectNode o = entry(d.entry());
        ArrayNode articles = o.putArray("article_list");
        for (AnnotatedArticle a : d.articles().values()) {
            ObjectNode n = articles.addObject();
            n.put("id", a.id());
            n.put("outlet", a.article().outlet());
            n.put("title", a.article().title());
            n.put("published", a.article().published() == null ? null : a.article().published().toString());
            n.put("url", a.article().url());
        }
        o.put("brief", "/v1/stories/" + Links.segment(d.entry().id()) + "/brief");
        // a story merged into another is not listed; its own id still answers and says where it went
        if (d.mergedInto() != null) {
            o.put("merged_into", d.mergedInto());
        }
        if (!d.mergedFrom().isEmpty()) {
            ArrayNode from = o.putArray("merged_from");
            d.mergedFrom().forEach(from::add);
        }
        Responses.json(ctx, 200, o);
    }

    private void brief(Context ctx) {
        StoryDossier d = dossier(ctx);
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format").toLowerCase(
                Locale.ROOT);
        switch (format) {
            case "json" -> renders.json(d).send(ctx);
            case "md", "markdown" -> renders.markdown(d).send(ctx);
            case "html" -> {
                // the brief page carries its own stylesheet inline and nothing else: allow exactly that
                ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                        + "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
                renders.html(d).send(ctx);
            }
            default -> throw ApiException.badRequest("format: '" + format + "' is not one of json, md, html");
        }
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("q: required, the words to search for");
        }
        if (q.length() > 200) {
            throw ApiException.badRequest("q: longer than 200 characters");
        }
        int limit = limit(ctx, 20);
        int offset = offset(ctx);
        // results change only when the library does: the same query between two writes is answered once
        long version = library.version();
        Listings cache = searches;
        if (cache.version() != version) {
            cache = new Listings(version, new java.util.concurrent.ConcurrentHashMap<>());
            searches = cache;
        }
        String key = limit + "|" + offset + "|" + q;
        Listing hit = cache.pages().get(key);
        if (hit == null) {
            hit = searchPage(q, limit, offset);
            if (cache.pages().size() < 1_000) {
                cache.pages().put(key, hit);
            }
        }
        if (hit.link() != null) {
            ctx.header("Link", hit.link());
        }
        hit.body().send(ctx);
    }

    private volatile Listings searches = new Listings(-1, java.util.Map.of());

    private Listing searchPage(String q, int limit, int offset) {
        SearchPage page;
        try {
            page = library.search(q, limit, offset);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("q: " + e.getMessage());
        }
        String link = null;
        ObjectNode o = Json.object();
        o.put("query", q);
        o.put("offset", page.offset());
        if (page.nextOffset() == null) {
            o.putNull("next_offset");
        } else {
            o.put("next_offset", page.nextOffset());
            link = "</v1/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=" + limit
                    + "&offset=" + page.nextOffset() + ">; rel=\"next\"";
        }
        ArrayNode list = o.putArray("stories");
        for (SearchPage.Found f : page.results()) {
            ObjectNode n = entry(f.story());
            if (f.article() != null) {
                // the snippet is plain text as the article has it (JSON escapes it as a string; HTML is the
                // client's to escape), with the matches as offsets into it
                ObjectNode m = n.putObject("match");
                m.put("article", f.article());
                m.put("snippet", f.snippet());
                ArrayNode spans = m.putArray("matches");
                f.matches().forEach(sp -> spans.addObject().put("start", sp.start()).put("end", sp.end()));
            }
            list.add(n);
        }
        return new Listing(Body.of(Responses.write(o), Responses.JSON), link);
    }

    /** Ranked results page by offset; a deep offset costs the search all the hits before it, so it is capped. */
    static int offset(Context ctx) {
        String v = ctx.queryParam("offset");
        if (v == null || v.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0 || n > MAX_OFFSET) {
                throw ApiException.badRequest("offset: " + n + " is not within 0.." + MAX_OFFSET);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("offset: '" + v + "' is not a whole number within 0.." + MAX_OFFSET);
        }
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        AnnotatedArticle doc = library.article(id).orElseThrow(() -> ApiException.notFound("no article '" + id
                + "'"));
        ObjectNode o = AnnotationJson.of(doc);
        o.put("story", library.storyOf(id).orElse(null));
        o.put("duplicate_of", library.duplicateOf(id).orElse(null));
        Responses.json(ctx, 200, o);
    }

    private void submit(Context ctx) {
        guard.write(ctx);
        byte[] body = guard.body(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<Article> articles;
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            articles = List.of(input.page(new String(body, StandardCharsets.UTF_8), ctx.queryParam("id"),
                    ctx.queryParam("url"), ctx.queryParam("outlet"), ctx.queryParam("published"), pages));
        } else if (type.isEmpty() || type.startsWith("application/json")) {
            articles = input.json(body);
        } else {
            throw new ApiException(415, "unsupported_media_type", "send application/json (articles) or text/html "
                    + "(one page), not " + ctx.contentType());
        }
        respond(ctx, lane.run(() -> library.submit(articles)), null);
    }

    private void feed(Context ctx) {
        guard.write(ctx);
        byte[] body = guard.body(ctx);
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("body is not valid JSON: send {\"url\": \"https://...\"}");
        }
        JsonNode url = root == null ? null : root.get("url");
        if (url == null || !url.isTextual()) {
            throw ApiException.invalid("url: required, the feed's http(s) URL");
        }
        byte[] xml = feeds.fetch(url.asText());
        CollectingSink sink = new CollectingSink();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("crosscheck-feed");
            // the file name is the stem of every item's id: one per feed URL keeps ids stable across reads
            Path file = dir.resolve("feed-" + ArticleInput.shortHash(url.asText()) + ".xml");
            Files.write(file, xml);
            new FeedReader().read(file, Manifest.EMPTY, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a fetched feed", e);
        } finally {
            deleteQuietly(dir);
        }
        List<Article> articles = sink.articles();
        if (articles.isEmpty()) {
            throw ApiException.invalid("the feed holds no readable item" + (sink.problems().isEmpty() ? ""
                    : ": " + sink.problems().get(0).message()));
        }
        input.checkCount(articles.size());
        List<String> problems = sink.problems().stream().map(p -> p.position() + ": " + p.message()).toList();
        respond(ctx, lane.run(() -> library.submit(articles)), problems);
    }

    private static void respond(Context ctx, Submission s, List<String> readProblems) {
        ObjectNode o = Json.object();
        strings(o.putArray("accepted"), s.accepted());
        strings(o.putArray("known"), s.known());
        strings(o.putArray("stories"), s.stories());
        strings(o.putArray("problems"), s.problems());
        if (readProblems != null) {
            strings(o.putArray("read_problems"), readProblems);
        }
        Responses.json(ctx, s.accepted().isEmpty() ? 200 : 201, o);
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private void openapi(Context ctx) throws IOException {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from crosscheck-serve");
            }
            ctx.contentType(Responses.JSON).result(in.readAllBytes());
        }
    }

    private StoryDossier dossier(Context ctx) {
        String id = ctx.pathParam("id");
        return library.story(id).orElseThrow(() -> ApiException.notFound("no story '" + id + "'"));
    }

    private int limit(Context ctx, int fallback) {
        String v = ctx.queryParam("limit");
        if (v == null || v.isBlank()) {
            return fallback;
        }
        int max = config.limits().maxPageSize();
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > max) {
                throw ApiException.badRequest("limit: " + n + " is not within 1.." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit: '" + v + "' is not a whole number within 1.." + max);
        }
    }

    static LocalDate date(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("date: '" + v + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    static ObjectNode entry(StoryEntry e) {
        ObjectNode n = Json.object();
        n.put("id", e.id());
        n.put("headline", e.headline());
        n.put("articles", e.articles());
        ArrayNode outlets = n.putArray("outlets");
        e.outlets().forEach(outlets::add);
        n.put("first", e.first() == null ? null : e.first().toString());
        n.put("last", e.last() == null ? null : e.last().toString());
        return n;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp file left behind is harmless and the OS cleans it
        }
    }
}
