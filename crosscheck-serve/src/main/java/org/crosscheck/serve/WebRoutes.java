package org.crosscheck.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** The web page: stories of the day, search, a story's brief, an article with its cited spans. HTML only, no script. */
final class WebRoutes {
    static final String HTML = "text/html; charset=utf-8";

    private final Library library;
    private final Renders renders;
    private final int pageSize;
    private final byte[] css;

    WebRoutes(Library library, Renders renders, int pageSize) {
        this.library = library;
        this.renders = renders;
        this.pageSize = pageSize;
        this.css = resource("site.css");
    }

    void register(Javalin app) {
        app.get("/", ctx -> html(ctx, HomePage.render(library, ApiRoutes.date(ctx.queryParam("date")), pageSize)));
        app.get("/search", ctx -> html(ctx, HomePage.search(library, shortQuery(ctx), ApiRoutes.offset(ctx),
                pageSize)));
        app.get("/stories/{id}", this::story);
        app.get("/articles/{id}", this::article);
        app.get("/static/site.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "public, max-age=3600").result(css));
        app.get("/favicon.ico", ctx -> ctx.status(204));
    }

    private static String shortQuery(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) {
            throw ApiException.badRequest("the search is longer than 200 characters");
        }
        return q;
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        StoryDossier d = library.story(id).orElseThrow(() -> ApiException.notFound("There is no story '" + id
                + "'."));
        Renders.Page r = renders.page(d);
        admitStyle(ctx, r.styleSource());
        r.body().send(ctx);
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        var doc = library.article(id).orElseThrow(() -> ApiException.notFound("There is no article '" + id
                + "'."));
        StoryDossier story = library.storyOf(id).flatMap(library::story).orElse(null);
        Layout.Styled page = ArticlePage.render(doc, story);
        admitStyle(ctx, page.styleSource());
        html(ctx, page.html());
    }

    /** Lets the page's own inline stylesheet through the Content-Security-Policy, by its hash. */
    private static void admitStyle(Context ctx, String styleSource) {
        if (styleSource != null) {
            ctx.header("Content-Security-Policy", Guard.CSP.replace("style-src 'self'", "style-src 'self' "
                    + styleSource));
        }
    }

    private static void html(Context ctx, String page) {
        ctx.contentType(HTML).result(page);
    }

    static String errorPage(int status, String message) {
        return Layout.page("Error " + status, null, "", "<h1>" + status + "</h1><p class=\"empty\">"
                + org.crosscheck.render.Html.text(message) + "</p><p><a href=\"/\">Back to the stories</a></p>");
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from crosscheck-serve");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
