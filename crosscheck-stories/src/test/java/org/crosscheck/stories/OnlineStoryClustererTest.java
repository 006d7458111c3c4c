package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.stories.Fixtures.DAY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;
import org.junit.jupiter.api.Test;

class OnlineStoryClustererTest {

    private static Map<String, String> storyOf(StoryStream.Result r) {
        return r.assignments().stream().collect(Collectors.toMap(StoryAssignment::article, StoryAssignment::story));
    }

    @Test
    void twoStoriesFromThreeOutletsInDifferentWordsStayApart() {
        List<AnnotatedArticle> docs = List.of(Fixtures.bridgeCourier(), Fixtures.strikeCourier(),
                Fixtures.bridgeLantern(), Fixtures.strikeLantern(), Fixtures.bridgeMeridian(),
                Fixtures.strikeMeridian());
        StoryStream.Result r = StoryStream.withDefaults().run(docs);
        Map<String, String> s = storyOf(r);

        assertThat(r.stories()).hasSize(2);
        assertThat(s.get("bridge-lantern")).isEqualTo(s.get("bridge-courier"));
        assertThat(s.get("bridge-meridian")).isEqualTo(s.get("bridge-courier"));
        assertThat(s.get("strike-lantern")).isEqualTo(s.get("strike-courier"));
        assertThat(s.get("strike-meridian")).isEqualTo(s.get("strike-courier"));
        assertThat(s.get("strike-courier")).isNotEqualTo(s.get("bridge-courier"));

        Story bridge = r.stories().stream().filter(x -> x.id().equals(s.get("bridge-courier"))).findFirst()
                .orElseThrow();
        assertThat(bridge.id()).isEqualTo(OnlineStoryClusterer.storyIdFor("bridge-courier"));
        assertThat(bridge.articles()).containsExactly("bridge-courier", "bridge-lantern", "bridge-meridian");
        assertThat(bridge.outlets()).containsExactly("Northwind Courier", "Daily Lantern", "Meridian Post");
        assertThat(bridge.first()).isEqualTo(DAY);
        assertThat(bridge.last()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void assignmentsComeBackInInputOrderAndNewStoriesAreMarked() {
        List<AnnotatedArticle> docs = List.of(Fixtures.bridgeMeridian(), Fixtures.bridgeCourier(),
                Fixtures.strikeCourier());
        StoryStream.Result r = StoryStream.withDefaults().run(docs);
        assertThat(r.assignments()).extracting(StoryAssignment::article)
                .containsExactly("bridge-meridian", "bridge-courier", "strike-courier");
        // bridge-courier is a day earlier, so it ran first and started the story
        assertThat(r.assignments().get(1).newStory()).isTrue();
        assertThat(r.assignments().get(0).newStory()).isFalse();
        assertThat(r.assignments().get(0).story()).isEqualTo(OnlineStoryClusterer.storyIdFor("bridge-courier"));
        assertThat(r.assignments().get(0).score()).isBetween(0.16, 1.0);
    }

    @Test
    void aReprintJoinsItsOriginalAndCopiesAreLeftToTheDeduplicationStage() {
        List<AnnotatedArticle> docs = List.of(Fixtures.bridgeCourier(), Fixtures.strikeCourier(),
                Fixtures.bridgeReprint(), Fixtures.bridgeLantern());
        StoryStream.Result r = StoryStream.withDefaults().run(docs);
        StoryAssignment reprint = r.assignments().get(2);
        assertThat(reprint.story()).isEqualTo(r.assignments().get(0).story());
        assertThat(reprint.newStory()).isFalse();
        assertThat(r.assignments()).extracting(StoryAssignment::duplicateOf).containsOnlyNulls();
    }

    @Test
    void aWeekLongStoryStaysTogetherInAnyOrderOfArrival() {
        List<AnnotatedArticle> docs = new ArrayList<>();
        String[] outlets = {"Northwind Courier", "Daily Lantern", "Meridian Post"};
        for (int d = 0; d < 7; d++) {
            docs.add(Fixtures.fire(d, outlets[d % 3]));
            docs.add(Fixtures.chess(d));
        }
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<AnnotatedArticle> shuffled = new ArrayList<>(docs);
            Collections.shuffle(shuffled, random);
            StoryStream.Result r = StoryStream.withDefaults().run(shuffled);
            Map<String, String> s = storyOf(r);
            String fire = s.get("fire-0");
            for (int d = 0; d < 7; d++) {
                assertThat(s.get("fire-" + d)).as("fire day %d, round %d", d, round).isEqualTo(fire);
                assertThat(s.get("chess-" + d)).as("chess day %d, round %d", d, round).isNotEqualTo(fire);
            }
            assertThat(fire).isEqualTo(OnlineStoryClusterer.storyIdFor("fire-0"));
        }
    }

    @Test
    void theSameTopicMonthsApartIsANewStory() {
        AnnotatedArticle early = Fixtures.strikeCourier();
        AnnotatedArticle late = Fixtures.doc("strike-later", "Daily Lantern", DAY.plusDays(90),
                "Tessaly Airlines pilots strike again", "Pilots at Tessaly Airlines went on strike again at Ardent "
                        + "Bay, and union leader Tomas Quellin said pay talks had failed once more.");
        StoryStream.Result r = StoryStream.withDefaults().run(List.of(early, late));
        assertThat(r.stories()).hasSize(2);

        StoryStream.Result sameWeek = StoryStream.withDefaults().run(
                List.of(early, late.withArticle(late.article().withPublished(DAY.plusDays(1)))));
        assertThat(sameWeek.stories()).as("the same text a day later joins").hasSize(1);
    }

    @Test
    void resultsAreDeterministic() {
        List<AnnotatedArticle> docs = new ArrayList<>(List.of(Fixtures.bridgeCourier(), Fixtures.strikeCourier(),
                Fixtures.bridgeLantern(), Fixtures.strikeLantern(), Fixtures.bridgeMeridian(),
                Fixtures.strikeMeridian(), Fixtures.bridgeReprint()));
        for (int d = 0; d < 7; d++) {
            docs.add(Fixtures.fire(d, "Daily Lantern"));
        }
        StoryStream.Result a = StoryStream.withDefaults().run(docs);
        StoryStream.Result b = StoryStream.withDefaults().run(docs);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void emptyOddAndUndatedTextNeverThrows() {
        OnlineStoryClusterer c = new OnlineStoryClusterer();
        MemoryStoryIndex index = c.newIndex();
        List<AnnotatedArticle> odd = List.of(
                Fixtures.doc("empty", null, null, null, ""),
                Fixtures.doc("blank", "X", DAY, "   ", " \n\n\t "),
                Fixtures.doc("digits", "X", DAY, "1", "42 7 2031 3.5 1,000,000"),
                Fixtures.doc("symbols", "X", null, "???", "!!! ... — “” ‘’ \uD83D\uDE00 \u0000"),
                Fixtures.doc("lone-surrogate", "X", DAY, "\uD800", "caf\u00E9 \uDC00 na\u0131ve ÉCOLE"));
        for (AnnotatedArticle d : odd) {
            StoryAssignment a = c.assign(d, index);
            assertThat(a.article()).isEqualTo(d.id());
            assertThat(a.story()).startsWith("s-").hasSize(14);
        }
        // empty texts carry no evidence, so they do not pile into one story
        assertThat(index.size()).isEqualTo(odd.size());
    }

    @Test
    void theIndexForgetsStoriesOutsideTheWindow() {
        OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.defaults().toBuilder().windowDays(10).build());
        MemoryStoryIndex index = c.newIndex();
        for (int d = 0; d < 120; d++) {
            // invented words, different every day, so every article starts its own story
            String w = "zor" + (char) ('a' + d / 26) + (char) ('a' + d % 26);
            StoryAssignment a = c.assign(Fixtures.doc("a" + d, "X", DAY.plusDays(d), "The " + w,
                    "The " + w + " and the " + w + "ian."), index);
            assertThat(a.newStory()).isTrue();
            assertThat(index.size()).isLessThanOrEqualTo(11);
        }
        assertThat(index.get(OnlineStoryClusterer.storyIdFor("a0"))).isEmpty();
        assertThat(index.get(OnlineStoryClusterer.storyIdFor("a119"))).isPresent();
    }

    @Test
    void undatedStoriesLeaveTheIndexAWindowAfterTheStreamMovesOn() {
        OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.defaults().toBuilder().windowDays(10).build());
        MemoryStoryIndex index = c.newIndex();
        // before any date: counted from the first date the stream shows
        c.assign(Fixtures.doc("early", "X", null, "The zorqa", "The zorqa and the zorqaian."), index);
        for (int d = 0; d < 40; d++) {
            String w = "zor" + (char) ('a' + d / 26) + (char) ('a' + d % 26);
            c.assign(Fixtures.doc("a" + d, "X", DAY.plusDays(d), "The " + w, "The " + w + " and the " + w + "ian."),
                    index);
            // an undated article in the middle of the stream is taken to be current
            String u = "vel" + (char) ('a' + d / 26) + (char) ('a' + d % 26);
            c.assign(Fixtures.doc("u" + d, "X", null, "The " + u, "The " + u + " and the " + u + "ian."), index);
            assertThat(index.size()).as("day %d", d).isLessThanOrEqualTo(23);
            if (d <= 10) {
                assertThat(index.get(OnlineStoryClusterer.storyIdFor("early"))).as("day %d", d).isPresent();
            }
        }
        assertThat(index.get(OnlineStoryClusterer.storyIdFor("early"))).isEmpty();
        assertThat(index.get(OnlineStoryClusterer.storyIdFor("u5"))).isEmpty();
        assertThat(index.get(OnlineStoryClusterer.storyIdFor("u30"))).isPresent();
        assertThat(index.get(OnlineStoryClusterer.storyIdFor("u39"))).isPresent();
    }

    @Test
    void storyIdsComeFromTheFirstArticleId() {
        assertThat(OnlineStoryClusterer.storyIdFor("abc")).isEqualTo("s-ba7816bf8f01");
    }

    @Test
    void aBuilderChangesOnlyWhatItIsTold() {
        ClusterConfig tuned = ClusterConfig.withEmbeddings();
        assertThat(tuned.toBuilder().build()).isEqualTo(tuned);
        ClusterConfig wider = tuned.toBuilder().windowDays(45).build();
        assertThat(wider.windowDays()).isEqualTo(45);
        assertThat(wider.toBuilder().windowDays(tuned.windowDays()).build()).isEqualTo(tuned);
        assertThat(tuned).isNotEqualTo(ClusterConfig.defaults());
    }

    @Test
    void configRejectsBadValuesNamingThem() {
        assertThatThrownBy(() -> ClusterConfig.defaults().toBuilder().joinThreshold(1.5).build())
                .hasMessageContaining("joinThreshold").hasMessageContaining("1.5");
        assertThatThrownBy(() -> ClusterConfig.defaults().toBuilder().halfLifeDays(0).build())
                .hasMessageContaining("halfLifeDays");
        assertThatThrownBy(() -> ClusterConfig.defaults().toBuilder().windowDays(-3).build())
                .hasMessageContaining("-3");
        assertThatThrownBy(() -> ClusterConfig.defaults().toBuilder().weights(0, 0).build())
                .hasMessageContaining("termWeight");
        assertThatThrownBy(() -> ClusterConfig.defaults().toBuilder().spanDays(-1).build())
                .hasMessageContaining("spanDays");
        assertThatThrownBy(() -> ClusterConfig.defaults().toBuilder().spanArticles(-1).build())
                .hasMessageContaining("spanArticles");
    }

    @Test
    void runsSafelyFromManyThreadsOnSeparateIndexes() throws Exception {
        OnlineStoryClusterer shared = new OnlineStoryClusterer();
        List<AnnotatedArticle> docs = List.of(Fixtures.bridgeCourier(), Fixtures.strikeCourier(),
                Fixtures.bridgeLantern(), Fixtures.strikeLantern(), Fixtures.bridgeMeridian(),
                Fixtures.strikeMeridian());
        StoryStream.Result expected = new StoryStream<>(shared).run(docs);
        List<Thread> threads = new ArrayList<>();
        List<StoryStream.Result> results = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> results.add(new StoryStream<>(shared).run(docs)));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).hasSize(8).allMatch(expected::equals);
    }

}
