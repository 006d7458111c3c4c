package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.crosscheck.api.Article;
import org.crosscheck.feeds.FeedRef;
import org.crosscheck.html.JsoupPageExtractor;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.InputException;
import org.crosscheck.ingest.ReadProblem;
import org.crosscheck.watch.ArticleLog;
import org.crosscheck.watch.DataLock;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck watch}: polls feeds and appends each new article durably to {@code DIR/articles.jsonl}, keeping
 * what it has seen in {@code DIR/watch-state.json} so a restart resumes where it stopped. Every new article goes
 * through one {@link ArticleSink}; feeding the store or the pipeline as well is a change to that sink only.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds (an OPML list or feed URLs), fetch each new item's page and append the "
                + "articles to DIR/articles.jsonl; resumes after a restart without reading anything twice.")
final class WatchCommand implements Callable<Integer> {

    static final String ARTICLES = "articles.jsonl";

    @Parameters(arity = "1..*", paramLabel = "FEEDS", description = "OPML files and http(s) feed URLs")
    List<String> feeds;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Folder for " + ARTICLES + " and the watch state")
    Path data;

    @Option(names = "--once", description = "Poll every due feed once, then stop")
    boolean once;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "900",
            description = "Time between two polls of a feed (default: ${DEFAULT-VALUE})")
    long interval;

    @Option(names = "--max-articles", paramLabel = "N", description = "Stop after appending N articles")
    Integer maxArticles;

    @Option(names = "--host-delay", paramLabel = "SECONDS", defaultValue = "2",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE})")
    double hostDelay;

    @Spec
    CommandSpec spec;

    private int appended;
    private int problems;
    private int failedPolls;
    private int polls;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (interval <= 0) {
            throw new ParameterException(spec.commandLine(), "--interval must be positive: " + interval);
        }
        if (maxArticles != null && maxArticles <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-articles must be positive: " + maxArticles);
        }
        if (hostDelay < 0) {
            throw new ParameterException(spec.commandLine(), "--host-delay must not be negative: " + hostDelay);
        }
        PrintWriter err = spec.commandLine().getErr();
        List<FeedRef> refs;
        try {
            refs = Subscriptions.of(feeds);
        } catch (InputException e) {
            err.println("crosscheck: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (refs.isEmpty()) {
            err.println("crosscheck: no feed to watch in " + feeds);
            return ExitCodes.FAILURE;
        }
        FetchLimits limits = FetchLimits.DEFAULTS.withPerHostDelay(Duration.ofMillis(Math.round(hostDelay * 1000)));
        WatchConfig config = WatchConfig.DEFAULTS.withInterval(Duration.ofSeconds(interval));
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            err.println("crosscheck: watch: stopping after the item in hand");
            err.flush();
            try {
                // Wait for the state to be saved; the item in hand is bounded by the fetch time limits.
                done.await(2 * limits.totalTimeout().toSeconds() + 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "crosscheck-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (DataLock lock = DataLock.acquire(data); Fetcher fetcher = new Fetcher(limits);
             ArticleLog log = new ArticleLog(data.resolve(ARTICLES))) {
            ArticleSink sink = new ArticleSink() {
                @Override
                public void article(Article a) {
                    log.append(a); // durable on return, before the watcher records the item as seen
                    appended++;
                }

                @Override
                public void problem(ReadProblem p) {
                    problems++;
                    err.println("crosscheck: " + p);
                }
            };
            Watcher watcher = new Watcher(fetcher, new JsoupPageExtractor(), new JsonStateStore(data), config,
                    Clock.systemUTC());
            err.println("crosscheck: watch: " + refs.size() + " feed" + (refs.size() == 1 ? "" : "s") + ", appending to "
                    + log.file());
            err.flush();
            watcher.run(refs, sink, maxArticles == null ? Integer.MAX_VALUE : maxArticles, once, p -> report(err, p),
                    stop);
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and has just been released
            }
        }
        err.println("crosscheck: watch: " + appended + " new article" + (appended == 1 ? "" : "s") + " appended to "
                + data.resolve(ARTICLES) + "; " + polls + " poll" + (polls == 1 ? "" : "s") + ", " + failedPolls
                + " failed; " + problems + " input problem" + (problems == 1 ? "" : "s"));
        err.flush();
        return polls > 0 && failedPolls == polls ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private void report(PrintWriter err, FeedPoll p) {
        if (p.outcome() == FeedPoll.Outcome.NOT_DUE) {
            return;
        }
        polls++;
        if (p.outcome() == FeedPoll.Outcome.FAILED) {
            failedPolls++;
        }
        err.println("crosscheck: watch: " + p.describe());
        err.flush();
    }
}
