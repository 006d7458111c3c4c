package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.TimelineEvent;
import org.crosscheck.api.state.StoryMerge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, whatever database it runs on. Subclasses open a fresh, empty store per test and can
 * reopen it (close, then open the same data again).
 */
abstract class StoreContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    protected Store store;

    /** A fresh, empty store. */
    protected abstract Store create() throws Exception;

    /** The same store's data, opened again after {@link Store#close()}. */
    protected abstract Store reopen() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        store = create();
    }

    @AfterEach
    void tearDown() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void ingestedArticleComesBackWithEveryAnnotation() {
        AnnotatedArticle doc = Fixtures.article(1);
        assertThat(store.ingest(doc, Fixtures.assignment(1), null)).isEqualTo(Write.INSERTED);

        assertThat(store.annotated(doc.id())).contains(doc);
        assertThat(store.article(doc.id())).contains(doc.article());
        assertThat(store.contentHash(doc.id())).contains(ContentHash.of(doc.article()));
        assertThat(store.storyOf(doc.id())).contains(Fixtures.storyOf(1));
        assertThat(store.annotated("no-such-article")).isEmpty();
    }

    @Test
    void ingestingTheSameArticleAgainChangesNothing() {
        assertThat(store.ingest(Fixtures.ingest(2), "r0")).isEqualTo(Write.INSERTED);
        long seq = store.articles(null, 10).items().get(0).seq();
        long storySeq = store.storySummary(Fixtures.storyOf(2)).orElseThrow().seq();

        assertThat(store.ingest(Fixtures.ingest(2), "r0")).isEqualTo(Write.UNCHANGED);
        assertThat(store.putArticle(Fixtures.article(2).article(), null)).isEqualTo(Write.UNCHANGED);

        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.articles(null, 10).items().get(0).seq()).isEqualTo(seq);
        assertThat(store.storySummary(Fixtures.storyOf(2)).orElseThrow().seq()).isEqualTo(storySeq);
        assertThat(store.story(Fixtures.storyOf(2)).orElseThrow().articles()).containsExactly(Fixtures.id(2));
    }

    @Test
    void newContentUnderAnOldIdReplacesArticleAnnotationsAndSearchEntry() {
        store.ingest(Fixtures.ingest(3), null);
        AnnotatedArticle updated = Fixtures.article(3, " and ylthorn");
        assertThat(store.ingest(updated, Fixtures.assignment(3), null)).isEqualTo(Write.UPDATED);

        assertThat(store.annotated(updated.id())).contains(updated);
        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.search("ylthorn", 10, 0)).extracting(SearchHit::id).containsExactly(updated.id());
    }

    @Test
    void rawArticleIsStoredWithoutAnnotationsUntilAnnotated() {
        var raw = Fixtures.article(4).article();
        assertThat(store.putArticle(raw, null)).isEqualTo(Write.INSERTED);
        assertThat(store.article(raw.id())).contains(raw);
        assertThat(store.annotated(raw.id())).isEmpty();

        assertThat(store.ingest(Fixtures.article(4), null, null)).isEqualTo(Write.UPDATED);
        assertThat(store.annotated(raw.id())).contains(Fixtures.article(4));
    }

    @Test
    void storyKeepsItsMembersInArrivalOrderWithSummary() {
        for (int n : new int[] {5, 3, 4}) {
            store.ingest(Fixtures.ingest(n), null);
        }
        String s = Fixtures.storyOf(3);
        Story story = store.story(s).orElseThrow();
        assertThat(story.articles()).containsExactly(Fixtures.id(5), Fixtures.id(3), Fixtures.id(4));
        assertThat(story.outlets()).containsExactly(Fixtures.OUTLETS.get(1), Fixtures.OUTLETS.get(3),
                Fixtures.OUTLETS.get(0));
        assertThat(story.first()).isEqualTo(Fixtures.article(3).article().published());
        assertThat(story.last()).isEqualTo(Fixtures.article(5).article().published());
        StorySummary summary = store.storySummary(s).orElseThrow();
        assertThat(summary.articleCount()).isEqualTo(3);
        assertThat(summary.outletCount()).isEqualTo(3);
        assertThat(store.assignments(s)).extracting(StoryAssignment::article)
                .containsExactly(Fixtures.id(5), Fixtures.id(3), Fixtures.id(4));
        assertThat(store.assignments(s).get(1)).isEqualTo(Fixtures.assignment(3));
    }

    @Test
    void movingAnArticleToAnotherStoryUpdatesBothStories() {
        store.ingest(Fixtures.ingest(3), null);
        store.ingest(Fixtures.ingest(4), null);
        store.ingest(Fixtures.article(4), new StoryAssignment(Fixtures.id(4), "s-other", true, 1.0, null), null);

        assertThat(store.story(Fixtures.storyOf(3)).orElseThrow().articles()).containsExactly(Fixtures.id(3));
        assertThat(store.storySummary(Fixtures.storyOf(3)).orElseThrow().articleCount()).isEqualTo(1);
        assertThat(store.story("s-other").orElseThrow().articles()).containsExactly(Fixtures.id(4));
        assertThat(store.storyOf(Fixtures.id(4))).contains("s-other");
    }

    @Test
    void oneBatchWritesWhatIngestsOneAtATimeWould() {
        store.ingest(Fixtures.ingest(3), null);
        store.ingest(Fixtures.ingest(4), null);
        store.ingest(Fixtures.ingest(9), null);
        store.ingest(Fixtures.ingest(10), null);
        // unchanged; moved to another story; new text under an old id; new; new, joining the moved one; the same
        // decision with a new score
        List<Write> writes = store.ingestAll(List.of(Fixtures.ingest(10),
                new Ingest(Fixtures.article(4), new StoryAssignment(Fixtures.id(4), "s-other", true, 1.0, null)),
                new Ingest(Fixtures.article(9, " revised"), Fixtures.assignment(9)),
                Fixtures.ingest(5),
                new Ingest(Fixtures.article(6), new StoryAssignment(Fixtures.id(6), "s-other", false, 0.7, null)),
                new Ingest(Fixtures.article(3), new StoryAssignment(Fixtures.id(3), Fixtures.storyOf(3), true, 0.9,
                        null))), null);

        assertThat(writes).containsExactly(Write.UNCHANGED, Write.UPDATED, Write.UPDATED, Write.INSERTED,
                Write.INSERTED, Write.UPDATED);
        assertThat(store.story(Fixtures.storyOf(3)).orElseThrow().articles())
                .containsExactly(Fixtures.id(3), Fixtures.id(5));
        assertThat(store.assignments(Fixtures.storyOf(3)).get(0).score()).isEqualTo(0.9);
        assertThat(store.story("s-other").orElseThrow().articles()).containsExactly(Fixtures.id(4), Fixtures.id(6));
        assertThat(store.storySummary("s-other").orElseThrow().articleCount()).isEqualTo(2);
        assertThat(store.storySummary(Fixtures.storyOf(3)).orElseThrow().articleCount()).isEqualTo(2);
        assertThat(store.annotated(Fixtures.id(9))).contains(Fixtures.article(9, " revised"));
        assertThat(store.search(Fixtures.marker(9) + " revised", 10, 0)).extracting(SearchHit::id)
                .containsExactly(Fixtures.id(9));
        // the stories the batch changed last come first, as if written one by one; the changed articles last
        assertThat(store.stories(null, 3).items()).extracting(StorySummary::id)
                .containsExactly(Fixtures.storyOf(3), "s-other", Fixtures.storyOf(9));
        List<String> order = store.articles(null, 10).items().stream().map(ArticleSummary::id).toList();
        assertThat(order).containsExactly(Fixtures.id(3), Fixtures.id(4), Fixtures.id(10), Fixtures.id(9),
                Fixtures.id(5), Fixtures.id(6));
    }

    @Test
    void aBatchNamingAnArticleTwiceKeepsTheLast() {
        List<Write> writes = store.ingestAll(List.of(Fixtures.ingest(3), new Ingest(Fixtures.article(3, " again"),
                new StoryAssignment(Fixtures.id(3), "s-other", true, 1.0, null))), null);

        assertThat(writes).containsExactly(Write.INSERTED, Write.UPDATED);
        assertThat(store.annotated(Fixtures.id(3))).contains(Fixtures.article(3, " again"));
        assertThat(store.storyOf(Fixtures.id(3))).contains("s-other");
        assertThat(store.storySummary(Fixtures.storyOf(3)).orElseThrow().articleCount()).isZero();
    }

    @Test
    void storiesPageByKeysetNewestFirstWithoutGapsOrRepeats() {
        for (int n = 0; n < 3 * 25; n += 3) {
            store.ingest(Fixtures.ingest(n), null);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<StorySummary> page = store.stories(cursor, 10);
            page.items().forEach(s -> seen.add(s.id()));
            cursor = page.next();
            pages++;
            if (pages == 1) {
                // a write between pages moves a story to the front; the next pages neither skip nor repeat others
                store.ingest(Fixtures.ingest(1), null);
            }
        } while (cursor != null);
        // the story changed mid-listing moved ahead of the cursor; every other one is seen exactly once
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().hasSize(24).doesNotContain(Fixtures.storyOf(1));
        assertThat(seen.get(0)).isEqualTo(Fixtures.storyOf(72));
        assertThat(store.stories(null, 1).items().get(0).id()).isEqualTo(Fixtures.storyOf(1));
    }

    @Test
    void articlesPageInStoreOrder() {
        for (int n = 0; n < 7; n++) {
            store.ingest(Fixtures.ingest(n), null);
        }
        Page<ArticleSummary> first = store.articles(null, 4);
        Page<ArticleSummary> second = store.articles(first.next(), 4);
        assertThat(first.items()).extracting(ArticleSummary::id)
                .containsExactly(Fixtures.id(0), Fixtures.id(1), Fixtures.id(2), Fixtures.id(3));
        assertThat(second.items()).extracting(ArticleSummary::id)
                .containsExactly(Fixtures.id(4), Fixtures.id(5), Fixtures.id(6));
        assertThat(second.next()).isNull();
        assertThat(first.items().get(2).story()).isEqualTo(Fixtures.storyOf(2));
    }

    @Test
    void badCursorsAndPageSizesAreRejectedByName() {
        assertThatThrownBy(() -> store.stories("not-a-cursor!", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not-a-cursor!");
        assertThatThrownBy(() -> store.stories(null, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page size 0");
    }

    @Test
    void briefIsStoredRenderedWithItsClaims() throws Exception {
        Map<String, AnnotatedArticle> docs = new LinkedHashMap<>();
        for (int n = 3; n < 6; n++) {
            store.ingest(Fixtures.ingest(n), null);
            docs.put(Fixtures.id(n), Fixtures.article(n));
        }
        Brief brief = brief(Fixtures.storyOf(3), docs);
        assertThat(store.putBrief(brief, docs, "r7")).isEqualTo(Write.INSERTED);
        assertThat(store.putBrief(brief, docs, "r8")).isEqualTo(Write.UNCHANGED);

        StoredBrief stored = store.brief(Fixtures.storyOf(3)).orElseThrow();
        JsonNode json = JSON.readTree(stored.json());
        assertThat(json.get("id").asText()).isEqualTo(Fixtures.storyOf(3));
        assertThat(json.get("headline").asText()).isEqualTo("Dockworkers strike in Valmora");
        assertThat(json.get("claims")).hasSize(2);
        assertThat(stored.markdown()).contains("Dockworkers strike in Valmora");
        assertThat(stored.runId()).isEqualTo("r7");
        assertThat(store.storySummary(Fixtures.storyOf(3)).orElseThrow().headline())
                .isEqualTo("Dockworkers strike in Valmora");

        List<StoredClaim> claims = store.claims(Fixtures.storyOf(3));
        assertThat(claims).extracting(StoredClaim::id).containsExactly("c-strike", "c-talks");
        assertThat(claims.get(0).status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(claims.get(0).articles()).containsExactlyInAnyOrder(Fixtures.id(3), Fixtures.id(4));
        assertThat(store.claimsCiting(Fixtures.id(5))).extracting(StoredClaim::id).containsExactly("c-talks");
        assertThat(store.brief("s-none")).isEmpty();
    }

    @Test
    void searchRanksHitsAndMarksMatchesInSnippets() {
        for (int n = 0; n < 12; n++) {
            store.ingest(Fixtures.ingest(n), null);
        }
        List<SearchHit> hits = store.search(Fixtures.marker(7), 10, 0);
        assertThat(hits).extracting(SearchHit::id).containsExactly(Fixtures.id(7));
        SearchHit hit = hits.get(0);
        assertThat(hit.story()).isEqualTo(Fixtures.storyOf(7));
        assertThat(hit.title()).isEqualTo(Fixtures.article(7).article().title());
        assertThat(hit.matches()).isNotEmpty();
        assertThat(hit.matches()).allSatisfy(m -> assertThat(m.of(hit.snippet()).toLowerCase())
                .startsWith(Fixtures.marker(7)));

        assertThat(store.search("dockworkers strike", 5, 0)).hasSize(5);
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < 12; offset += 5) {
            store.search("dockworkers", 5, offset).forEach(h -> all.add(h.id()));
        }
        assertThat(all).hasSize(12).doesNotHaveDuplicates();
        assertThat(store.search("\"walked out on Monday\"", 20, 0)).hasSize(12);
        assertThat(store.search("dockworkers -" + Fixtures.marker(7), 20, 0)).hasSize(11);
        assertThat(store.search("nosuchwordanywhere", 10, 0)).isEmpty();
        assertThat(store.search("", 10, 0)).isEmpty();
    }

    @Test
    void titleWeighsMoreThanBody() {
        store.ingest(Fixtures.ingest(1), null);
        store.ingest(Fixtures.ingest(2), null);
        // both mention the port in the body; only the titles say "report N", the number ranking first
        assertThat(store.search("report 2", 10, 0)).extracting(SearchHit::id).first().isEqualTo(Fixtures.id(2));
    }

    @Test
    void failedBatchLeavesNothingBehind() {
        store.ingest(Fixtures.ingest(0), null);
        List<Ingest> batch = List.of(Fixtures.ingest(1), Fixtures.ingest(2),
                new Ingest(Fixtures.article(3), new StoryAssignment(Fixtures.id(3), null, true, 1.0, null)));
        assertThatThrownBy(() -> store.ingestAll(batch, null)).isInstanceOf(RuntimeException.class);

        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.article(Fixtures.id(1))).isEmpty();
        assertThat(store.search(Fixtures.marker(1), 10, 0)).isEmpty();
        assertThat(store.story(Fixtures.storyOf(0)).orElseThrow().articles()).containsExactly(Fixtures.id(0));
        assertThat(store.ingestAll(List.of(Fixtures.ingest(1), Fixtures.ingest(2)), null))
                .containsExactly(Write.INSERTED, Write.INSERTED);
    }

    @Test
    void mergesAreStoredWithTheirBatchInOrderOnceAndSurviveReopening() throws Exception {
        // stories s-0 (articles 0..2) and s-1 (3..5); article 6 (story s-2) shows s-2 and then s-1 are one with s-0
        for (int n = 0; n < 6; n++) {
            store.ingest(Fixtures.ingest(n), null);
        }
        StoryMerge first = new StoryMerge(Fixtures.storyOf(3), Fixtures.storyOf(0), Fixtures.id(6), 0.41);
        StoryMerge second = new StoryMerge(Fixtures.storyOf(6), Fixtures.storyOf(0), Fixtures.id(7), 0.37);
        assertThat(store.ingestAll(List.of(Fixtures.ingest(6), Fixtures.ingest(7)), List.of(first, second), "r1"))
                .containsExactly(Write.INSERTED, Write.INSERTED);
        assertThat(store.merges()).containsExactly(first, second);
        // the same batch again stores nothing new, and a later batch's merges come after
        store.ingestAll(List.of(Fixtures.ingest(7)), List.of(second), "r2");
        assertThat(store.merges()).containsExactly(first, second);
        store.close();
        store = reopen();
        assertThat(store.merges()).containsExactly(first, second);
        assertThat(store.story(Fixtures.storyOf(3)).orElseThrow().articles()).as("members keep their story")
                .containsExactly(Fixtures.id(3), Fixtures.id(4), Fixtures.id(5));
    }

    @Test
    void aMergeThatCannotBeStoredLeavesItsBatchUnstored() {
        store.ingest(Fixtures.ingest(0), null);
        store.ingest(Fixtures.ingest(3), null);
        StoryMerge unknownStory = new StoryMerge("s-nowhere", Fixtures.storyOf(0), Fixtures.id(4), 0.5);
        assertThatThrownBy(() -> store.ingestAll(List.of(Fixtures.ingest(4)), List.of(unknownStory), null))
                .isInstanceOf(StoreException.class);
        assertThat(store.article(Fixtures.id(4))).isEmpty();
        assertThat(store.merges()).isEmpty();

        StoryMerge merge = new StoryMerge(Fixtures.storyOf(3), Fixtures.storyOf(0), Fixtures.id(4), 0.5);
        store.ingestAll(List.of(Fixtures.ingest(4)), List.of(merge), null);
        StoryMerge elsewhere = new StoryMerge(Fixtures.storyOf(3), Fixtures.storyOf(6), Fixtures.id(6), 0.5);
        assertThatThrownBy(() -> store.ingestAll(List.of(Fixtures.ingest(6)), List.of(elsewhere), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merged into " + Fixtures.storyOf(0));
        assertThat(store.article(Fixtures.id(6))).isEmpty();
        assertThat(store.merges()).containsExactly(merge);
    }

    @Test
    void runHistoryKeepsCountsAndProblemsInOrder() {
        String first = store.startRun("brief examples/a");
        store.recordProblem(first, new RunProblem("feed.jsonl:3", "malformed JSON: unexpected end"));
        store.recordProblem(first, new RunProblem(null, "no date"));
        store.finishRun(first, new RunCounts(10, 8, 1, 2), true);
        String second = store.startRun("watch");

        Run r = store.run(first).orElseThrow();
        assertThat(r.status()).isEqualTo("ok");
        assertThat(r.counts()).isEqualTo(new RunCounts(10, 8, 1, 2));
        assertThat(r.problems()).containsExactly(new RunProblem("feed.jsonl:3", "malformed JSON: unexpected end"),
                new RunProblem(null, "no date"));
        assertThat(r.endedAt()).isAfterOrEqualTo(r.startedAt());
        Run running = store.run(second).orElseThrow();
        assertThat(running.status()).isEqualTo("running");
        assertThat(running.endedAt()).isNull();

        Page<Run> page = store.runs(null, 1);
        assertThat(page.items()).extracting(Run::id).containsExactly(second);
        assertThat(store.runs(page.next(), 1).items()).extracting(Run::id).containsExactly(first);
        assertThatThrownBy(() -> store.recordProblem("r999", new RunProblem(null, "x")))
                .isInstanceOf(StoreException.class).hasMessageContaining("r999");
    }

    @Test
    void everythingSurvivesReopening() throws Exception {
        for (int n = 0; n < 6; n++) {
            store.ingest(Fixtures.ingest(n), null);
        }
        String run = store.startRun("test");
        store.close();
        store = reopen();

        assertThat(store.articleCount()).isEqualTo(6);
        assertThat(store.annotated(Fixtures.id(5))).contains(Fixtures.article(5));
        assertThat(store.search(Fixtures.marker(5), 10, 0)).extracting(SearchHit::id).containsExactly(Fixtures.id(5));
        assertThat(store.run(run)).isPresent();
        assertThat(store.ingest(Fixtures.ingest(5), null)).isEqualTo(Write.UNCHANGED);
    }

    @Test
    void concurrentWritersAndReadersSeeWholeArticles() throws Exception {
        int writers = 4;
        int each = 15;
        List<Thread> threads = new ArrayList<>();
        Set<String> problems = java.util.Collections.synchronizedSet(new HashSet<>());
        for (int w = 0; w < writers; w++) {
            int base = w * each;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int n = base; n < base + each; n++) {
                    store.ingest(Fixtures.ingest(n), null);
                    // whatever a reader sees of another writer's article is whole
                    int other = Math.max(0, n - 7);
                    store.annotated(Fixtures.id(other)).ifPresent(d -> {
                        if (!d.equals(Fixtures.article(other))) {
                            problems.add(d.id());
                        }
                    });
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(problems).isEmpty();
        assertThat(store.articleCount()).isEqualTo(writers * each);
        int members = 0;
        for (String s : new HashSet<>(java.util.stream.IntStream.range(0, writers * each)
                .mapToObj(Fixtures::storyOf).toList())) {
            StorySummary summary = store.storySummary(s).orElseThrow();
            assertThat(summary.articleCount()).isEqualTo(store.story(s).orElseThrow().articles().size());
            members += summary.articleCount();
        }
        assertThat(members).isEqualTo(writers * each);
    }

    /** A small brief over fixture articles 3..5: two claim groups, a timeline event, a quote, sources. */
    static Brief brief(String storyId, Map<String, AnnotatedArticle> docs) {
        List<AnnotatedArticle> members = List.copyOf(docs.values());
        Story story = Story.of(storyId, members);
        List<Claim> strike = new ArrayList<>();
        List<Claim> talks = new ArrayList<>();
        for (AnnotatedArticle d : members) {
            var s = d.sentences().get(0);
            Claim c = new Claim(d.id() + ":" + s.start(), d.id(), s.start(), s.end(),
                    d.text().substring(s.start(), s.end()), List.of("Valmora"), d.quantities(), d.times(), null,
                    false, d.article().published());
            if (!d.id().equals(Fixtures.id(5))) {
                strike.add(c);
            } else {
                talks.add(c);
            }
        }
        ClaimGroup g1 = new ClaimGroup("c-strike", strike.get(0).statement(), ClaimStatus.CORROBORATED, strike,
                strike.stream().map(Claim::evidence).toList(), List.of(), null, strike.get(0).article());
        ClaimGroup g2 = new ClaimGroup("c-talks", talks.get(0).statement(), ClaimStatus.SINGLE_SOURCE, talks,
                talks.stream().map(Claim::evidence).toList(), List.of(), null, talks.get(0).article());
        AnnotatedArticle d0 = members.get(0);
        var quote = d0.quotes().get(0);
        return new Brief(story, "Dockworkers strike in Valmora", List.of(g1, g2),
                List.of(new TimelineEvent("2031-10-06", "Dockworkers walked out", List.of(d0.id()),
                        List.of(new Evidence(d0.id(), 0, 10)))),
                List.of(new BriefQuote(d0.id(), quote.speaker(), quote.text(),
                        new Evidence(d0.id(), quote.start(), quote.end()))),
                members.stream().map(d -> new SourceProfile(d.id(), d.article().outlet(), d.article().published(),
                        d.attributions(), List.of("anonymous-sourcing"), 1, 1, 1, null)).toList());
    }
}
