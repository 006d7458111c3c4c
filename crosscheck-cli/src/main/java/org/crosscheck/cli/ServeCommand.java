package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crosscheck.api.Article;
import org.crosscheck.feeds.FeedRef;
import org.crosscheck.html.JsoupPageExtractor;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.InputException;
import org.crosscheck.ingest.ReadProblem;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.serve.ApiKeys;
import org.crosscheck.serve.CrosscheckServer;
import org.crosscheck.serve.Limits;
import org.crosscheck.serve.ServeConfig;
import org.crosscheck.serve.StoredLibrary;
import org.crosscheck.serve.Submission;
import org.crosscheck.watch.FeedPoll;
import org.crosscheck.watch.FetchLimits;
import org.crosscheck.watch.Fetcher;
import org.crosscheck.watch.JsonStateStore;
import org.crosscheck.watch.Subscriptions;
import org.crosscheck.watch.WatchConfig;
import org.crosscheck.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck serve}: the REST API under {@code /v1} and the web page at {@code /}, over the store under
 * {@code --data} (or {@code --db}); with {@code --watch}, the feeds are polled in the same process and every new
 * article goes straight into the served library, so a newsroom leaves one process running and opens the page.
 * API keys are never printed; only how many were loaded.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API (/v1) and the web page (/) on 127.0.0.1:PORT over the store in DIR; "
                + "optionally watch feeds in the same process.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder: the embedded store and watch state")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC", description = "A database URL (PostgreSQL) instead of the embedded "
            + "store")
    String db;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--read-only", description = "Serve reads only; every write is refused (so --watch is too)")
    boolean readOnly;

    @Option(names = "--api-key-file", paramLabel = "FILE",
            description = "API keys that may write, one a line (also: env CROSSCHECK_API_KEYS)")
    Path apiKeyFile;

    @Option(names = "--watch", paramLabel = "FEEDS", split = ",",
            description = "OPML files or feed URLs to poll in this process (not with --read-only)")
    List<String> watch;

    @Option(names = "--watch-interval", paramLabel = "SECONDS", defaultValue = "900",
            description = "Time between two polls of a feed (default: ${DEFAULT-VALUE})")
    long watchInterval;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "200",
            description = "Requests a second per client (token bucket; 0: no limit; default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--write-rate", paramLabel = "N", defaultValue = "2",
            description = "Writes a second per client (0: no limit; default: ${DEFAULT-VALUE})")
    double writeRate;

    @picocli.CommandLine.Mixin
    StoryOptions storyOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: all cores but one)")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (data == null && db == null) {
            throw new ParameterException(spec.commandLine(), "--data DIR (or --db JDBC) is required");
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
        }
        if (rate < 0 || writeRate < 0 || watchInterval <= 0) {
            throw new ParameterException(spec.commandLine(), "--rate and --write-rate must not be negative, "
                    + "--watch-interval must be positive");
        }
        String problem = ServeConfig.usageProblem(readOnly, watch != null && !watch.isEmpty());
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        if (watch != null && !watch.isEmpty() && data == null) {
            throw new ParameterException(spec.commandLine(), "--watch keeps its state under --data DIR");
        }
        PrintWriter err = spec.commandLine().getErr();
        ApiKeys keys;
        try {
            keys = ApiKeys.fromEnv(System.getenv("CROSSCHECK_API_KEYS"));
            if (apiKeyFile != null) {
                keys = keys.and(ApiKeys.fromFile(apiKeyFile));
            }
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(spec.commandLine(), "API keys: " + e.getMessage());
        }
        // one core is left to the readers by default: ingest must not starve the page
        Pipeline pipeline = new Pipeline(storyOptions.stages(spec.commandLine()), threads == null
                ? Math.max(1, Runtime.getRuntime().availableProcessors() - 1) : Math.max(1, threads));
        err.println("crosscheck: serve: opening " + (db != null ? "the database" : "the store under " + data));
        err.flush();
        if (!readOnly) {
            // models load lazily: pay for it now rather than in the first submission's response time
            pipeline.annotate(new Article("warm-up", null, null, null, null, null, "The port of Valmora said on "
                    + "Monday that 2,000 workers joined the strike, according to officials.", "warm-up"), p -> { });
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (StoredLibrary library = StoredLibrary.open(db, data, pipeline);
             CrosscheckServer server = CrosscheckServer.start(library, new ServeConfig(host, port, readOnly, keys,
                     Limits.defaults().withRates(rate, writeRate)))) {
            Thread hook = new Thread(stop::countDown, "crosscheck-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            var restored = library.restored();
            if (!restored.mismatches().isEmpty()) {
                // served in their stored stories all the same; new articles like them may start stories of their own
                err.println("crosscheck: serve: " + restored.mismatches().size() + " stored article(s) could not be "
                        + "replayed into their story's clustering state, first: " + restored.mismatches().get(0));
            }
            var stats = library.stats();
            err.println("crosscheck: serve: http://" + host + ":" + server.port() + "/ (API under /v1); "
                    + stats.articles() + " articles, " + stats.stories() + " stories; "
                    + (readOnly ? "read-only" : keys.isEmpty() ? "no API key, so writes are refused"
                    : keys.size() + " API key" + (keys.size() == 1 ? "" : "s") + " may write"));
            err.flush();
            Thread watcher = watch == null || watch.isEmpty() ? null : startWatch(library, stop, err);
            stop.await();
            if (watcher != null) {
                watcher.join(Duration.ofSeconds(70));
            }
        }
        return ExitCodes.OK;
    }

    /** Polls the feeds on a thread of its own; each new article is submitted, and so stored, before it counts. */
    private Thread startWatch(StoredLibrary library, CountDownLatch stop, PrintWriter err) {
        List<FeedRef> refs;
        try {
            refs = Subscriptions.of(watch);
        } catch (InputException e) {
            throw new ParameterException(spec.commandLine(), "--watch: " + e.getMessage());
        }
        Thread t = new Thread(() -> {
            try (Fetcher fetcher = new Fetcher(FetchLimits.DEFAULTS)) {
                Watcher watcher = new Watcher(fetcher, new JsoupPageExtractor(), new JsonStateStore(data),
                        WatchConfig.DEFAULTS.withInterval(Duration.ofSeconds(watchInterval)), Clock.systemUTC());
                ArticleSink sink = new ArticleSink() {
                    @Override
                    public void article(Article a) {
                        Submission s = library.submit(List.of(a));
                        s.problems().forEach(p -> err.println("crosscheck: watch: " + p));
                    }

                    @Override
                    public void problem(ReadProblem p) {
                        err.println("crosscheck: watch: " + p);
                    }
                };
                watcher.run(refs, sink, Integer.MAX_VALUE, false, p -> {
                    if (p.outcome() != FeedPoll.Outcome.NOT_DUE) {
                        err.println("crosscheck: watch: " + p.describe());
                        err.flush();
                    }
                }, stop);
            } catch (IOException | RuntimeException e) {
                err.println("crosscheck: watch stopped: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            err.flush();
        }, "crosscheck-serve-watch");
        t.setDaemon(true);
        t.start();
        err.println("crosscheck: serve: watching " + refs.size() + " feed" + (refs.size() == 1 ? "" : "s"));
        return t;
    }
}
