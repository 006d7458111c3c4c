package org.crosscheck.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code crosscheck serve}: the REST API under {@code /v1} and the web page at {@code /}, over one {@link Library}.
 * Bound to 127.0.0.1 unless configured otherwise; requests run on a pool of platform threads (see {@link #threads}).
 * A refused request gets {@code {"error": {"code", "message"}}} on the API and an error page on the site; an
 * unexpected failure is a 500 without internals.
 */
public final class CrosscheckServer implements AutoCloseable {

    private final Javalin app;
    private final List<Route> routes;
    private final ApiRoutes api;

    private CrosscheckServer(Javalin app, List<Route> routes, ApiRoutes api) {
        this.app = app;
        this.routes = routes;
        this.api = api;
    }

    /**
     * Connections the kernel holds for the server before it accepts them. The JDK's default (50) overflows when a
     * newsroom's worth of readers connect at once: the kernel drops their SYNs and each client waits out TCP's 1 s
     * retransmission (measured: every request over 1 s in {@code bench api} was one, with ListenOverflows rising).
     */
    static final int ACCEPT_QUEUE = 1024;

    /**
     * Most requests handled at once; more wait in the pool's queue. A submission holds its thread while it waits for
     * the ingest lane, whose queue bounds those to 33.
     */
    static final int MAX_THREADS = 250;

    /**
     * Jetty's threads: platform threads, accepting, selecting and handling alike. Handlers here take well under a
     * millisecond (bodies are rendered ahead) or wait for the ingest lane, which bounds how many can wait; none
     * computes for long on a request's thread. On virtual threads (Javalin's {@code useVirtualThreads}) Jetty's
     * acceptor and selector ran on the same two carrier threads as every handler, and each request was handed to a
     * new virtual thread to be parsed. Measured with 200 readers and a writer on 2 busy cores (one run each, brief
     * p99 after the first second): 177 ms on virtual threads, 74 ms with platform threads selecting and virtual
     * threads handling, 69 ms with platform threads throughout, where the thread that read a request can go on to
     * handle it.
     */
    static QueuedThreadPool threads() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
        pool.setName("crosscheck-http");
        return pool;
    }

    public static CrosscheckServer start(Library library, ServeConfig config) {
        Objects.requireNonNull(library, "library");
        Guard guard = new Guard(config);
        Renders renders = new Renders();
        // new story versions are rendered by the writer, before readers can ask for them
        library.beforePublish(renders::prepare);
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.jetty.threadPool = threads();
            c.http.maxRequestSize = config.limits().maxBodyBytes();
            c.router.ignoreTrailingSlashes = true;
            c.http.prefer405over404 = true;
            c.jetty.defaultHost = config.host();
            c.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(config.host());
                connector.setPort(config.port());
                connector.setAcceptQueueSize(ACCEPT_QUEUE);
                return connector;
            });
        });
        app.before(ctx -> {
            ServerTiming.start(ctx);
            guard.headers(ctx);
            guard.rate(ctx);
        });
        app.after(ServerTiming::finish);
        ApiRoutes api = new ApiRoutes(library, config, guard, renders);
        List<Route> routes = api.register(app);
        new WebRoutes(library, renders, config.limits().maxPageSize()).register(app);
        app.exception(ApiException.class, (e, ctx) -> refuse(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> refuse(ctx, 500, "internal", "the server failed on this "
                + "request: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.attribute("refused") == null) {
                refuse(ctx, 404, "not_found", "nothing at " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute("refused") == null) {
                refuse(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
            }
        });
        app.start();
        return new CrosscheckServer(app, routes, api);
    }

    private static void refuse(Context ctx, int status, String code, String message) {
        ctx.attribute("refused", Boolean.TRUE);
        if (ctx.path().startsWith("/v1/") || ctx.path().equals("/v1")) {
            Responses.json(ctx, status, Responses.error(code, message));
        } else {
            ctx.status(status).contentType(WebRoutes.HTML).result(WebRoutes.errorPage(status, message));
        }
    }

    public int port() {
        return app.port();
    }

    /** The API routes, as the OpenAPI description must list them. */
    public List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            api.close();
        }
    }
}
