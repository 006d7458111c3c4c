package org.crosscheck.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.crosscheck.api.Article;
import org.crosscheck.feeds.FeedRef;
import org.crosscheck.html.JsoupPageExtractor;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.ReadProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatcherIT {

    private static final Duration INTERVAL = Duration.ofMinutes(10);
    private static final WatchConfig CONFIG = new WatchConfig(INTERVAL, Duration.ofMinutes(1), Duration.ofHours(1),
            100, Duration.ofDays(7), true);
    private static final CountDownLatch RUNNING = new CountDownLatch(1);

    @TempDir
    Path data;

    private TestServer server;
    private Fetcher fetcher;
    private final TestClock clock = new TestClock(Instant.parse("2031-10-15T12:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        fetcher = new Fetcher(FetchLimits.DEFAULTS.withPerHostDelay(Duration.ZERO));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private Watcher watcher() throws IOException {
        return new Watcher(fetcher, new JsoupPageExtractor(), new JsonStateStore(data), CONFIG, clock);
    }

    private List<FeedRef> subscribe() throws IOException {
        Path opml = data.resolve("feeds.opml");
        Files.writeString(opml, Fixtures.opml(server.url("/ledger.rss"), server.url("/coastline.atom")));
        return Subscriptions.of(List.of(opml.toString()));
    }

    private void serveLedger(String etag, Fixtures.Item... items) {
        server.put("/ledger.rss", TestServer.Resource.ok("application/rss+xml", Fixtures.rss("The Valmora Ledger",
                List.of(items))).withEtag(etag));
    }

    private static final Fixtures.Item FERRY = new Fixtures.Item("ledger-101", "/news/ferry", "Ferry resumes",
            "Tue, 14 Oct 2031 07:00:00 +0000", "The ferry is back.");
    private static final Fixtures.Item BRIDGE = new Fixtures.Item("ledger-102", "/news/bridge", "Bridge shut to lorries",
            "Wed, 15 Oct 2031 08:00:00 +0000", "Cracks found in the Marren bridge.");
    private static final Fixtures.Item MARKET = new Fixtures.Item("ledger-103", "/news/market", "Fish market to move",
            "Wed, 15 Oct 2031 11:00:00 +0000", "A new hall for the fish market.");

    private void servePagesAndAtom() {
        server.put("/news/ferry", TestServer.Resource.ok("text/html; charset=utf-8",
                Fixtures.page("The Valmora Ledger", "Ferry resumes", Fixtures.FERRY)));
        server.put("/news/bridge", TestServer.Resource.ok("text/html; charset=utf-8",
                Fixtures.page("The Valmora Ledger", "Bridge shut to lorries", Fixtures.BRIDGE)));
        server.put("/news/market", TestServer.Resource.ok("text/html; charset=utf-8",
                Fixtures.page("The Valmora Ledger", "Fish market to move", Fixtures.MARKET)));
        // a summary-only feed whose link is gone: the summary becomes the article
        server.put("/coastline.atom", TestServer.Resource.ok("application/atom+xml", Fixtures.atom("Coastline News",
                List.of(new Fixtures.Item("tag:coastline.example,2031:pier", server.url("/gone"), "Pier inspected",
                        "2031-10-15T09:00:00Z", "Divers inspected the damaged pier at Ostrel on Wednesday morning."))))
                .withLastModified("Wed, 15 Oct 2031 09:05:00 GMT"));
    }

    @Test
    void firstPollEmitsEveryItemAndTheSecondGets304AndEmitsNothing() throws Exception {
        serveLedger("\"l1\"", BRIDGE, FERRY);
        servePagesAndAtom();
        List<FeedRef> feeds = subscribe();
        Watcher w = watcher();
        CollectingSink sink = new CollectingSink();

        List<FeedPoll> first = w.poll(feeds, sink, Integer.MAX_VALUE, RUNNING);

        assertThat(first).extracting(FeedPoll::outcome).containsOnly(FeedPoll.Outcome.FETCHED);
        assertThat(sink.articles()).extracting(Article::title)
                .containsExactly("Ferry resumes", "Bridge shut to lorries", "Pier inspected");
        Article ferry = sink.articles().get(0);
        assertThat(ferry.text()).startsWith(Fixtures.FERRY[0]).contains(Fixtures.FERRY[2]).doesNotContain("Sport");
        assertThat(ferry.url()).isEqualTo(server.url("/news/ferry"));
        assertThat(ferry.outlet()).isEqualTo("The Valmora Ledger");
        assertThat(ferry.id()).isEqualTo("127.0.0.1#ledger-101");
        assertThat(ferry.published()).hasToString("2031-10-14");
        Article pier = sink.articles().get(2);
        assertThat(pier.text()).isEqualTo("Divers inspected the damaged pier at Ostrel on Wednesday morning.");
        assertThat(sink.problems()).extracting(ReadProblem::message)
                .containsExactly("linked page not fetched: " + server.url("/gone") + ": HTTP 404; kept the feed's text");
        assertThat(first.get(0).fromPages()).isEqualTo(2);
        assertThat(first.get(1).fromSummaries()).isEqualTo(1);

        clock.advance(INTERVAL);
        CollectingSink again = new CollectingSink();
        List<FeedPoll> second = w.poll(feeds, again, Integer.MAX_VALUE, RUNNING);

        assertThat(second).extracting(FeedPoll::outcome).containsOnly(FeedPoll.Outcome.NOT_MODIFIED);
        assertThat(again.articles()).isEmpty();
        assertThat(server.hits("/ledger.rss")).extracting(TestServer.Hit::status).containsExactly(200, 304);
        assertThat(server.hits("/coastline.atom").get(1).ifModifiedSince()).isEqualTo("Wed, 15 Oct 2031 09:05:00 GMT");
        assertThat(server.hits("/news/ferry")).hasSize(1);
    }

    @Test
    void aFeedNotYetDueIsNotAsked() throws Exception {
        serveLedger("\"l1\"", FERRY);
        servePagesAndAtom();
        List<FeedRef> feeds = subscribe();
        Watcher w = watcher();
        w.poll(feeds, new CollectingSink(), Integer.MAX_VALUE, RUNNING);
        clock.advance(INTERVAL.minusSeconds(1));
        assertThat(w.poll(feeds, new CollectingSink(), Integer.MAX_VALUE, RUNNING)).extracting(FeedPoll::outcome)
                .containsOnly(FeedPoll.Outcome.NOT_DUE);
        assertThat(server.hits("/ledger.rss")).hasSize(1);
    }

    @Test
    void aRestartEmitsNothingOldAndPicksUpANewItem() throws Exception {
        serveLedger("\"l1\"", BRIDGE, FERRY);
        servePagesAndAtom();
        List<FeedRef> feeds = subscribe();
        CollectingSink before = new CollectingSink();
        watcher().poll(feeds, before, Integer.MAX_VALUE, RUNNING);
        assertThat(before.articles()).hasSize(3);

        serveLedger("\"l2\"", MARKET, BRIDGE, FERRY);
        clock.advance(INTERVAL);
        CollectingSink after = new CollectingSink();
        Watcher restarted = watcher(); // same data folder, fresh process state
        List<FeedPoll> polls = restarted.poll(feeds, after, Integer.MAX_VALUE, RUNNING);

        assertThat(after.articles()).extracting(Article::title).containsExactly("Fish market to move");
        assertThat(after.articles().get(0).text()).startsWith(Fixtures.MARKET[0]);
        assertThat(polls.get(0).items()).isEqualTo(3);
        assertThat(server.hits("/ledger.rss").get(1).ifNoneMatch()).isEqualTo("\"l1\"");
        assertThat(restarted.state().feed(server.url("/ledger.rss")).seen()).hasSize(3);
    }

    @Test
    void aCrashBeforeTheStateIsSavedReEmitsUnderTheSameIdsAndLosesNothing() throws Exception {
        serveLedger("\"l1\"", MARKET, BRIDGE, FERRY);
        servePagesAndAtom();
        List<FeedRef> feeds = subscribe().subList(0, 1);
        List<Article> durable = new ArrayList<>();
        ArticleSink crashing = new ArticleSink() {
            @Override
            public void article(Article a) {
                if (durable.size() == 2) {
                    throw new IllegalStateException("power cut");
                }
                durable.add(a);
            }

            @Override
            public void problem(ReadProblem p) {
            }
        };
        assertThatThrownBy(() -> watcher().poll(feeds, crashing, Integer.MAX_VALUE, RUNNING))
                .hasMessage("power cut");

        CollectingSink resumed = new CollectingSink();
        watcher().poll(feeds, resumed, Integer.MAX_VALUE, RUNNING);

        assertThat(resumed.articles()).extracting(Article::title)
                .containsExactly("Ferry resumes", "Bridge shut to lorries", "Fish market to move");
        assertThat(resumed.articles().subList(0, 2)).extracting(Article::id)
                .containsExactlyElementsOf(durable.stream().map(Article::id).toList());
        assertThat(server.hits("/ledger.rss").get(1).ifNoneMatch()).as("validators were not saved").isNull();
    }

    @Test
    void aServerErrorBacksOffExponentiallyAndRecovers() throws Exception {
        server.put("/ledger.rss", TestServer.Resource.status(500));
        List<FeedRef> feeds = List.of(new FeedRef(null, server.url("/ledger.rss"), null, List.of()));
        Watcher w = watcher();
        CollectingSink sink = new CollectingSink();

        FeedPoll failed = w.poll(feeds, sink, Integer.MAX_VALUE, RUNNING).get(0);
        assertThat(failed.outcome()).isEqualTo(FeedPoll.Outcome.FAILED);
        assertThat(failed.error()).endsWith("HTTP 500");
        assertThat(failed.nextPoll()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(30));
        assertThat(w.poll(feeds, sink, Integer.MAX_VALUE, RUNNING).get(0).outcome())
                .isEqualTo(FeedPoll.Outcome.NOT_DUE);
        assertThat(server.hits("/ledger.rss")).hasSize(1);

        clock.advance(Duration.ofSeconds(30));
        FeedPoll again = w.poll(feeds, sink, Integer.MAX_VALUE, RUNNING).get(0);
        assertThat(again.nextPoll()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofHours(1));
            w.poll(feeds, sink, Integer.MAX_VALUE, RUNNING);
        }
        FeedState st = w.state().feed(server.url("/ledger.rss"));
        assertThat(st.failures()).isEqualTo(10);
        assertThat(st.nextPoll()).as("capped").isEqualTo(clock.instant().plus(Duration.ofHours(1)));

        serveLedger("\"l1\"", FERRY);
        servePagesAndAtom();
        clock.advance(Duration.ofHours(1));
        FeedPoll recovered = w.poll(feeds, sink, Integer.MAX_VALUE, RUNNING).get(0);
        assertThat(recovered.emitted()).isEqualTo(1);
        assertThat(w.state().feed(server.url("/ledger.rss")).failures()).isZero();
        assertThat(new JsonStateStore(data).load()).isEqualTo(w.state());
    }

    @Test
    void aFeedThatIsNotXmlFailsWithItsPosition() throws Exception {
        server.put("/ledger.rss", TestServer.Resource.ok("text/html", "Service temporarily unavailable"));
        List<FeedRef> feeds = List.of(new FeedRef(null, server.url("/ledger.rss"), null, List.of()));
        FeedPoll p = watcher().poll(feeds, new CollectingSink(), Integer.MAX_VALUE, RUNNING).get(0);
        assertThat(p.outcome()).isEqualTo(FeedPoll.Outcome.FAILED);
        assertThat(p.error()).startsWith("line 1").contains("not well-formed XML");
    }

    @Test
    void theArticleBudgetLeavesTheRestForTheNextPoll() throws Exception {
        serveLedger("\"l1\"", MARKET, BRIDGE, FERRY);
        servePagesAndAtom();
        List<FeedRef> feeds = subscribe().subList(0, 1);
        Watcher w = watcher();
        CollectingSink sink = new CollectingSink();
        FeedPoll p = w.poll(feeds, sink, 2, RUNNING).get(0);
        assertThat(p.emitted()).isEqualTo(2);
        assertThat(p.held()).isEqualTo(1);
        assertThat(p.nextPoll()).as("due again at once").isEqualTo(clock.instant());

        w.poll(feeds, sink, 2, RUNNING);
        assertThat(sink.articles()).extracting(Article::title)
                .containsExactly("Ferry resumes", "Bridge shut to lorries", "Fish market to move");
        assertThat(server.hits("/ledger.rss").get(1).status()).as("read whole again, not 304").isEqualTo(200);
    }

    @Test
    void aStopMidFeedLeavesTheRestDueAtOnce() throws Exception {
        serveLedger("\"l1\"", MARKET, BRIDGE, FERRY);
        servePagesAndAtom();
        List<FeedRef> feeds = subscribe().subList(0, 1);
        CountDownLatch stop = new CountDownLatch(1);
        List<Article> written = new ArrayList<>();
        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(Article a) {
                written.add(a);
                stop.countDown(); // Ctrl-C arrives while the first article is written
            }

            @Override
            public void problem(ReadProblem problem) {
            }
        };
        FeedPoll p = watcher().poll(feeds, sink, Integer.MAX_VALUE, stop).get(0);
        assertThat(p.emitted()).isEqualTo(1);
        assertThat(written).extracting(Article::title).containsExactly("Ferry resumes");
        assertThat(p.held()).isEqualTo(2);
        assertThat(p.nextPoll()).isEqualTo(clock.instant());

        CollectingSink resumed = new CollectingSink();
        watcher().poll(feeds, resumed, Integer.MAX_VALUE, RUNNING);
        assertThat(resumed.articles()).extracting(Article::title)
                .containsExactly("Bridge shut to lorries", "Fish market to move");
    }

    @Test
    void anItemWithoutSummaryWhosePageFailsIsRetriedNotLost() throws Exception {
        serveLedger("\"l1\"", new Fixtures.Item("ledger-104", "/news/late", "Late item", null, null));
        List<FeedRef> feeds = List.of(new FeedRef(null, server.url("/ledger.rss"), null, List.of()));
        Watcher w = watcher();
        CollectingSink sink = new CollectingSink();
        FeedPoll p = w.poll(feeds, sink, Integer.MAX_VALUE, RUNNING).get(0);
        assertThat(p.emitted()).isZero();
        assertThat(p.held()).isEqualTo(1);
        assertThat(sink.problems()).singleElement().extracting(ReadProblem::message).asString()
                .contains("HTTP 404").contains("will try again");

        server.put("/news/late", TestServer.Resource.ok("text/html", Fixtures.page("The Valmora Ledger",
                "Late item", Fixtures.BRIDGE)));
        clock.advance(INTERVAL);
        w.poll(feeds, sink, Integer.MAX_VALUE, RUNNING);
        assertThat(sink.articles()).extracting(Article::title).containsExactly("Late item");
    }

    @Test
    void refusedFeedUrlsFailWithoutAnyRequest() throws Exception {
        List<FeedRef> feeds = List.of(new FeedRef(null, "file:///etc/passwd", null, List.of()),
                new FeedRef(null, "ftp://127.0.0.1/feed.rss", null, List.of()));
        List<FeedPoll> polls = watcher().poll(feeds, new CollectingSink(), Integer.MAX_VALUE, RUNNING);
        assertThat(polls).extracting(FeedPoll::error).allMatch(e -> e.contains("only http and https URLs"));
        assertThat(server.hits).isEmpty();
        assertThatThrownBy(() -> Subscriptions.of(List.of("ftp://127.0.0.1/feed.rss")))
                .hasMessageContaining("only http and https");
    }

    @Test
    void feedAndPageRequestsToOneHostAreSpacedByTheDelay() throws Exception {
        serveLedger("\"l1\"", BRIDGE, FERRY);
        servePagesAndAtom();
        Duration delay = Duration.ofMillis(100);
        try (Fetcher polite = new Fetcher(FetchLimits.DEFAULTS.withPerHostDelay(delay))) {
            Watcher w = new Watcher(polite, new JsoupPageExtractor(), new JsonStateStore(data), CONFIG, clock);
            long start = System.nanoTime();
            w.poll(subscribe(), new CollectingSink(), Integer.MAX_VALUE, RUNNING);
            assertThat(server.hits).extracting(TestServer.Hit::path).containsExactly("/ledger.rss", "/news/ferry",
                    "/news/bridge", "/coastline.atom", "/gone");
            for (int k = 0; k < server.hits.size(); k++) {
                assertThat(server.hits.get(k).nanoTime() - start).isGreaterThanOrEqualTo(k * delay.toNanos());
            }
        }
    }
}
