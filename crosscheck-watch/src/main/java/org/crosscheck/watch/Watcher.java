package org.crosscheck.watch;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.crosscheck.api.Article;
import org.crosscheck.feeds.FeedReader;
import org.crosscheck.feeds.FeedRef;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.PageExtractor;
import org.crosscheck.ingest.ReadProblem;

/**
 * Polls feeds when they are due and hands each item not seen before to an {@link ArticleSink} as an article, read
 * from its linked page or else from the feed's own text.
 *
 * <p>Nothing is ever lost to a crash: a feed's new items go to the sink first, and only then are their keys, and
 * the response's ETag and Last-Modified, saved to the {@link StateStore}. The sink must therefore have made each
 * article durable when {@code article} returns (as {@link ArticleLog} does). A restart after a crash may emit an
 * item again, under the same id, but never skips one. When a poll cannot emit everything new (the article budget
 * ran out, the watcher is stopping, a page without summary could not be fetched), the old validators are kept so
 * the next poll reads the whole feed again.
 *
 * <p>An item is known by its article id, which the feed reader derives from its guid, else its link, else its title
 * and date; ids are prefixed by the feed's host, so they are the same on every poll and every machine.
 */
public final class Watcher {

    private final Fetcher fetcher;
    private final PageFiller filler;
    private final StateStore store;
    private final WatchConfig config;
    private final Clock clock;
    private final FeedReader feedReader = new FeedReader(true);
    private WatchState state;

    public Watcher(Fetcher fetcher, PageExtractor pages, StateStore store, WatchConfig config, Clock clock)
            throws IOException {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.filler = new PageFiller(fetcher, Objects.requireNonNull(pages, "pages"));
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.state = store.load();
    }

    /** The state as last saved. */
    public synchronized WatchState state() {
        return state;
    }

    /**
     * Polls every feed that is due, in order, emitting at most {@code maxArticles} articles in all.
     *
     * @param stop when counted down, the round ends after the item in hand
     */
    public List<FeedPoll> poll(List<FeedRef> feeds, ArticleSink sink, int maxArticles, CountDownLatch stop)
            throws IOException, InterruptedException {
        List<FeedPoll> polls = new ArrayList<>();
        int left = maxArticles;
        for (FeedRef feed : feeds) {
            if (stop.getCount() == 0) {
                break;
            }
            FeedPoll p = pollFeed(feed, sink, left, stop);
            left -= p.emitted();
            polls.add(p);
        }
        return polls;
    }

    /**
     * Polls until stopped: a round over the due feeds, then a sleep until the next feed is due (at most the
     * interval). Each poll is reported as it ends.
     *
     * @param maxArticles stop once this many articles were emitted in all
     * @param once        stop after the first round
     */
    public void run(List<FeedRef> feeds, ArticleSink sink, int maxArticles, boolean once, Consumer<FeedPoll> report,
                    CountDownLatch stop) throws IOException, InterruptedException {
        int total = 0;
        while (stop.getCount() > 0) {
            for (FeedRef feed : feeds) {
                if (stop.getCount() == 0 || total >= maxArticles) {
                    break;
                }
                FeedPoll p = pollFeed(feed, sink, maxArticles - total, stop);
                total += p.emitted();
                report.accept(p);
            }
            if (once || total >= maxArticles) {
                return;
            }
            Duration wait = Duration.between(clock.instant(), nextDue(feeds));
            if (wait.compareTo(Duration.ofSeconds(1)) < 0) {
                wait = Duration.ofSeconds(1);
            }
            if (wait.compareTo(config.interval()) > 0) {
                wait = config.interval();
            }
            stop.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** When the first of the feeds is due. */
    public synchronized Instant nextDue(List<FeedRef> feeds) {
        Instant first = Instant.MAX;
        for (FeedRef f : feeds) {
            Instant at = state.feed(f.xmlUrl()).nextPoll();
            first = at.isBefore(first) ? at : first;
        }
        return first;
    }

    /** Polls one feed if it is due. */
    public FeedPoll pollFeed(FeedRef feed, ArticleSink sink, int maxArticles, CountDownLatch stop)
            throws IOException, InterruptedException {
        String url = feed.xmlUrl();
        Instant now = clock.instant();
        FeedState st = state().feed(url);
        if (!st.due(now)) {
            return new FeedPoll(url, FeedPoll.Outcome.NOT_DUE, 0, 0, 0, 0, 0, null, st.nextPoll());
        }
        Fetched fetched;
        try {
            fetched = fetcher.get(url, st.validators());
        } catch (FetchException e) {
            return failed(st, e.getMessage(), now);
        }
        if (fetched.notModified()) {
            FeedState next = st.succeeded(fetched.validators(), now, config.interval());
            save(next);
            return new FeedPoll(url, FeedPoll.Outcome.NOT_MODIFIED, 0, 0, 0, 0, 0, null, next.nextPoll());
        }
        CollectingSink read = new CollectingSink();
        feedReader.read(fetched.body(), url, stem(url), null, read);
        if (read.articles().isEmpty() && !read.problems().isEmpty()) {
            ReadProblem p = read.problems().get(0);
            return failed(st, p.position().isEmpty() ? p.message() : p.position() + ": " + p.message(), now);
        }
        read.problems().forEach(sink::problem);

        Set<String> inFeed = new LinkedHashSet<>();
        List<Article> fresh = new ArrayList<>();
        for (Article item : read.articles()) {
            if (inFeed.add(item.id()) && !seenAnywhere(item.id())) {
                fresh.add(item);
            }
        }
        Set<String> emitted = new HashSet<>();
        int fromPages = 0;
        int fromFeed = 0;
        int held = 0;
        // Feeds list the newest first; emitting the oldest first keeps the log in publication order.
        for (Article item : fresh.reversed()) {
            if (emitted.size() >= maxArticles || stop.getCount() == 0) {
                held++;
                continue;
            }
            PageFiller.Filled f = config.fetchPages() ? filler.fill(item, url, sink)
                    : new PageFiller.Filled(item.text().isBlank() ? null : item, PageFiller.Source.FEED);
            if (f.article() == null) {
                held++;
                continue;
            }
            sink.article(f.article());
            emitted.add(item.id());
            if (f.source() == PageFiller.Source.PAGE) {
                fromPages++;
            } else {
                fromFeed++;
            }
        }
        // Only now that every emitted article is durable may their keys be recorded.
        List<String> remember = new ArrayList<>();
        for (String k : inFeed) {
            if (emitted.contains(k) || st.hasSeen(k)) {
                remember.add(k);
            }
        }
        FeedState next = st.remember(remember, now, config.maxKeysPerFeed(), config.keepKeys());
        // Items held back by the budget or a stop are due at once; items without text yet, after the interval.
        boolean cutShort = emitted.size() >= maxArticles || stop.getCount() == 0;
        next = held == 0 ? next.succeeded(fetched.validators(), now, config.interval())
                : next.partial(cutShort ? now : now.plus(config.interval()));
        save(next);
        return new FeedPoll(url, FeedPoll.Outcome.FETCHED, inFeed.size(), emitted.size(), fromPages, fromFeed, held,
                null, next.nextPoll());
    }

    private FeedPoll failed(FeedState st, String error, Instant now) throws IOException {
        FeedState next = st.failed(error, now, config.retryBase(), config.maxBackoff());
        save(next);
        return new FeedPoll(st.url(), FeedPoll.Outcome.FAILED, 0, 0, 0, 0, 0, error, next.nextPoll());
    }

    private synchronized boolean seenAnywhere(String key) {
        for (FeedState f : state.feeds().values()) {
            if (f.hasSeen(key)) {
                return true;
            }
        }
        return false;
    }

    private synchronized void save(FeedState feed) throws IOException {
        WatchState next = state.with(feed);
        store.save(next);
        state = next;
    }

    /** Ids of a feed's items start with its host as subscribed (not after redirects, which may change). */
    private static String stem(String url) {
        try {
            String host = WebUrls.hostKey(WebUrls.check(url));
            return host.isEmpty() ? "feed" : host;
        } catch (FetchException e) {
            return "feed";
        }
    }
}
