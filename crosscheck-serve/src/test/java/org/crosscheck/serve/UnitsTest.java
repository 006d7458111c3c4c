package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.api.Evidence;
import org.crosscheck.render.ArticleText;
import org.junit.jupiter.api.Test;

/** The small parts of the server: cursors, buckets, keys, the article marker, the feed address fence. */
class UnitsTest {

    private static StoryEntry entry(String id, LocalDate last) {
        return new StoryEntry(id, id, 1, List.of(), last, last, last == null ? List.of() : List.of(last));
    }

    @Test
    void serverTimingIsReadByNameAndSkipsWhatIsNotANumber() {
        assertThat(ServerTiming.parse("queue;dur=12, app;desc=\"handler\";dur=0.25, db;dur=x, cache"))
                .containsExactly(java.util.Map.entry("queue", 12.0), java.util.Map.entry("app", 0.25));
        assertThat(ServerTiming.parse(null)).isEmpty();
    }

    @Test
    void theTailBreakdownNamesTheSegmentWhereTheSlowestRequestsWaited() {
        TailBreakdown b = new TailBreakdown();
        long t = 1_000_000_000L;
        for (int i = 0; i < 198; i++, t += 10_000) {
            // 1 ms each: 0.2 to the server, 0.1 queued, 0.3 handled, 0.2 back, 0.2 body
            b.record(1_000_000, t, java.util.Map.of("arrived", t + 200, "started", t + 300, "finished", t + 600),
                    t + 800, t + 1_000);
        }
        // the two slowest waited 50 ms on the way back
        b.record(51_000_000, t, java.util.Map.of("arrived", t + 200, "started", t + 300, "finished", t + 600),
                t + 50_600, t + 50_800);
        b.record(52_000_000, t, java.util.Map.of("arrived", t + 200, "started", t + 300, "finished", t + 600),
                t + 51_600, t + 51_800);
        b.record(1_000_000, t, java.util.Map.of("started", t), t, t); // no arrival: left out
        assertThat(b.size()).isEqualTo(200);
        var bytes = new java.io.ByteArrayOutputStream();
        b.print(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8), "briefs", null);
        String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out).contains("slowest 1%: 2, from 51.0 ms")
                .containsPattern("way back\\s+0\\.20\\s+50\\.50\\s+51\\.00\\s+2 ")
                .containsPattern("to server\\s+0\\.20\\s+0\\.20\\s+0\\.20\\s+0 ");
    }

    @Test
    void cursorsResumeRightAfterTheLastStoryEvenWhenStoriesArrive() {
        List<StoryEntry> list = new ArrayList<>(List.of(entry("b", LocalDate.of(2033, 1, 3)),
                entry("a", LocalDate.of(2033, 1, 2)), entry("c", LocalDate.of(2033, 1, 2)), entry("d", null)));
        list.sort(StoryEntry.ORDER);
        assertThat(list).extracting(StoryEntry::id).containsExactly("b", "a", "c", "d");
        StoryPage first = Cursor.page(list, null, 2);
        assertThat(first.stories()).extracting(StoryEntry::id).containsExactly("b", "a");
        list.add(entry("0-new", LocalDate.of(2033, 1, 5)));
        list.sort(StoryEntry.ORDER);
        StoryPage second = Cursor.page(list, first.next(), 2);
        assertThat(second.stories()).extracting(StoryEntry::id).containsExactly("c", "d");
        assertThat(second.next()).isNull();
        assertThatThrownBy(() -> Cursor.page(list, "!!", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cursor");
    }

    @Test
    void aBucketRefillsAtItsRate() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(1, now::get);
        assertThat(limiter.tryAcquire("x")).isTrue();
        assertThat(limiter.tryAcquire("x")).isTrue();
        assertThat(limiter.tryAcquire("x")).isFalse();
        assertThat(limiter.tryAcquire("y")).as("clients have buckets of their own").isTrue();
        now.addAndGet(1_000_000_000L);
        assertThat(limiter.tryAcquire("x")).isTrue();
        assertThat(limiter.tryAcquire("x")).isFalse();
        assertThat(new RateLimiter(0, now::get).tryAcquire("x")).as("0 means no limit").isTrue();
    }

    @Test
    void keysAreCheckedByDigestAndNeverShown() {
        ApiKeys keys = ApiKeys.fromEnv("first-key-0123456789, second-key-0123456789");
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.accepts("second-key-0123456789")).isTrue();
        assertThat(keys.accepts("second-key-012345678")).isFalse();
        assertThat(keys.accepts(null)).isFalse();
        assertThat(keys.toString()).doesNotContain("first-key");
        assertThatThrownBy(() -> ApiKeys.of(List.of("short"))).hasMessageContaining("shorter than")
                .hasMessageNotContaining("short\"");
    }

    @Test
    void aSentenceAndItsFirstClauseAreNestedMarksEachWithTheIdItsCitationsLinkTo() throws Exception {
        String text = "The port closed on Sunday, as the strike spread.";
        String html = ArticlePage.text(text, List.of(new Evidence("a", 0, 48), new Evidence("a", 0, 25))).html();
        assertThat(html).contains("<mark class=\"ev\" id=\"" + Links.anchor(0, 48) + "\"><mark class=\"ev\" id=\""
                + Links.anchor(0, 25) + "\">The port closed on Sunday</mark>, as the strike spread.</mark>");
        assertThat(Links.cite("a", 0, 25)).endsWith("#" + Links.anchor(0, 25));
        String css;
        try (var in = ArticlePage.class.getResourceAsStream("site.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(css).contains("mark.ev:target,").doesNotContain("a.anchor");
    }

    @Test
    void overlappingCitedSpansNestAndEveryOneIsAnchored() {
        String text = "Ships wait <outside>.\n\nThe port & the union \"talk\".";
        List<Evidence> spans = List.of(new Evidence("a", 0, 20), new Evidence("a", 6, 30), new Evidence("a", 23, 31));
        ArticleText.Marked marked = ArticlePage.text(text, spans);
        String html = marked.html();
        assertThat(html).contains("id=\"c-0-20\"").contains("id=\"c-6-30\"").contains("id=\"c-23-31\"");
        assertThat(html).contains("&lt;outside&gt;").contains("&amp;").contains("&quot;talk&quot;")
                .doesNotContain("<outside>");
        assertThat(html.split("<p>", -1)).hasSize(3);
        assertThat(count(html, "<mark ")).isEqualTo(count(html, "</mark>"));
        assertThat(marked.split()).as("crosses c-0-20, then the paragraph break").containsExactly("c-6-30");
        assertThat(ArticlePage.text(text, List.of(new Evidence("a", 5, 999))).html()).doesNotContain("<mark");
    }

    @Test
    void feedUrlsToPrivateAndLoopbackAddressesAreRefusedBeforeAnyConnection() {
        try (FeedDownloads feeds = new FeedDownloads(Limits.defaults())) {
            for (String host : List.of("127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.169.254",
                    "0.0.0.0", "[::1]", "[fd00::1]", "[fe80::1]", "localhost")) {
                assertThatThrownBy(() -> feeds.fetch("http://" + host + "/feed.xml")).as(host)
                        .isInstanceOfSatisfying(ApiException.class, e -> {
                            assertThat(e.status()).isEqualTo(403);
                            assertThat(e.code()).isEqualTo("feed_forbidden");
                        });
            }
            for (String url : List.of("file:///etc/passwd", "ftp://feeds.example/a.xml", "gopher://x.example/",
                    "not a url", "https://user:secret@feeds.example/a.xml")) {
                assertThatThrownBy(() -> feeds.fetch(url)).as(url)
                        .isInstanceOfSatisfying(ApiException.class, e -> {
                            assertThat(e.status()).isEqualTo(422);
                            assertThat(e.code()).isEqualTo("invalid_input");
                        });
            }
        }
    }

    @Test
    void fetchFailuresMapToTheRuleTheyBroke() {
        assertThat(FeedDownloads.refusal(new org.crosscheck.watch.FetchException("http://a.example/x",
                "redirect loop: http://a.example/x -> http://a.example/x", true)).code()).isEqualTo("feed_redirects");
        assertThat(FeedDownloads.refusal(new org.crosscheck.watch.FetchException("http://a.example/x",
                "more than 3 redirects: a -> b", true)).code()).isEqualTo("feed_redirects");
        assertThat(FeedDownloads.refusal(new org.crosscheck.watch.FetchException("http://a.example/x",
                "body larger than the limit of 10 bytes; stopped reading", true)).status()).isEqualTo(413);
        assertThat(FeedDownloads.refusal(new org.crosscheck.watch.FetchException("http://a.example/x",
                "no complete response within 15 s", false)).code()).isEqualTo("feed_timeout");
        assertThat(FeedDownloads.refusal(new org.crosscheck.watch.FetchException("http://a.example/x",
                "HTTP 503", false)).code()).isEqualTo("feed_unreachable");
    }

    @Test
    void dayNavigationLinksTheNearestOlderAndNewerDaysOnce() {
        LocalDate d3 = LocalDate.of(2033, 3, 3);
        LocalDate d4 = LocalDate.of(2033, 3, 4);
        LocalDate d5 = LocalDate.of(2033, 3, 5);
        LocalDate d9 = LocalDate.of(2033, 3, 9);
        List<LocalDate> days = List.of(d9, d5, d4, d3); // newest first, as the library gives them
        String middle = HomePage.nav(days, d4);
        assertThat(middle).contains("<a rel=\"prev\" class=\"older\" href=\"/?date=2033-03-03\">\u2190 2033-03-03</a>")
                .contains("<strong class=\"day\">2033-03-04</strong>")
                .contains("<a rel=\"next\" class=\"newer\" href=\"/?date=2033-03-05\">2033-03-05 \u2192</a>")
                .contains("newest: 2033-03-09");
        assertThat(count(middle, "2033-03-04")).isEqualTo(1);
        assertThat(count(middle, "2033-03-03")).isEqualTo(2); // href and text of one link
        assertThat(middle.indexOf("2033-03-03")).isLessThan(middle.indexOf("2033-03-04"));
        assertThat(middle.indexOf("2033-03-04")).isLessThan(middle.indexOf("2033-03-05"));

        String newest = HomePage.nav(days, d9);
        assertThat(newest).doesNotContain("rel=\"next\"").doesNotContain("newest:").contains("/?date=2033-03-05");
        assertThat(count(newest, "2033-03-09")).isEqualTo(1);
        String oldest = HomePage.nav(days, d3);
        assertThat(oldest).doesNotContain("rel=\"prev\"").contains("/?date=2033-03-04\">2033-03-04 \u2192");
        // a day without stories still points at its neighbours
        String gap = HomePage.nav(days, LocalDate.of(2033, 3, 7));
        assertThat(gap).contains("/?date=2033-03-05\">\u2190").contains("/?date=2033-03-09\">2033-03-09 \u2192")
                .doesNotContain("newest:");
        assertThat(HomePage.nav(List.of(d4), d4)).doesNotContain("<a ");
    }

    @Test
    void aReadOnlyServerDoesNotWatchFeeds() {
        assertThat(ServeConfig.usageProblem(true, true)).contains("--watch").contains("--read-only");
        assertThat(ServeConfig.usageProblem(true, false)).isNull();
        assertThat(ServeConfig.usageProblem(false, true)).isNull();
    }

    @Test
    void searchWordsFoldCaseAndAccents() {
        assertThat(Terms.words("Żółw's VALMORA, 2,500!")).containsExactly("zołw", "s", "valmora", "2", "500");
    }

    private static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
