package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.stories.Fixtures.DAY;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.state.StoryMerge;
import org.junit.jupiter.api.Test;

/**
 * Two stories that turn out to be one. The stream: a report in one set of (invented) words, a report a day later in
 * another set, which starts a story of its own; then a report in both vocabularies, which fits both stories but
 * does not merge them (the two stories still share nothing); then another such report, which finds the stories
 * now alike (the first grew towards the second) and merges the newer into the older.
 */
class StoryMergeTest {

    /** Two days of grace, so the day between the reports costs nothing and the test reads the words alone. */
    private static final ClusterConfig PLAIN = ClusterConfig.defaults().toBuilder().graceDays(2).build();
    private static final ClusterConfig MERGING = PLAIN.toBuilder().mergeThreshold(0.35).build();

    private static final String FIRST_WORDS = "velkor dorran mistepa quolar";
    private static final String SECOND_WORDS = "brinthe sollow zarnik tepulo";

    private static List<AnnotatedArticle> stream() {
        return List.of(
                Fixtures.doc("first", "Northwind Courier", DAY, null, FIRST_WORDS + "."),
                Fixtures.doc("second", "Daily Lantern", DAY.plusDays(1), null, SECOND_WORDS + "."),
                Fixtures.doc("both", "Meridian Post", DAY.plusDays(2), null, FIRST_WORDS + " " + SECOND_WORDS + "."),
                Fixtures.doc("bridge", "Coastline Digest", DAY.plusDays(2), null,
                        FIRST_WORDS + " " + SECOND_WORDS + "."));
    }

    private static List<StoryAssignment> assignAll(OnlineStoryClusterer c, MemoryStoryIndex index,
                                                   List<AnnotatedArticle> docs) {
        List<StoryAssignment> out = new ArrayList<>();
        for (AnnotatedArticle d : docs) {
            out.add(c.assign(d, index));
        }
        return out;
    }

    @Test
    void theNewerStoryIsMergedIntoTheOlderAndTheMergeIsRecorded() {
        OnlineStoryClusterer c = new OnlineStoryClusterer(MERGING);
        MemoryStoryIndex index = c.newIndex();
        List<StoryAssignment> a = assignAll(c, index, stream().subList(0, 3));
        assertThat(index.merges()).as("an article fitting two unlike stories merges nothing").isEmpty();
        a.add(c.assign(stream().get(3), index));
        String first = OnlineStoryClusterer.storyIdFor("first");
        String second = OnlineStoryClusterer.storyIdFor("second");
        assertThat(a.get(1).story()).as("the second report started its own story").isEqualTo(second);

        assertThat(index.merges()).hasSize(1);
        StoryMerge m = index.merges().get(0);
        assertThat(m.from()).isEqualTo(second);
        assertThat(m.into()).isEqualTo(first);
        assertThat(m.atArticle()).isEqualTo("bridge");
        assertThat(m.score()).isBetween(MERGING.mergeThreshold(), 1.0);

        assertThat(a.get(3).story()).isEqualTo(first);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.get(second)).isEmpty();
        assertThat(index.get(first).orElseThrow().articles())
                .containsExactlyInAnyOrder("first", "second", "both", "bridge");
        // earlier assignments are never rewritten: an article's story does not depend on later articles
        assertThat(a.get(1).story()).isEqualTo(second);
    }

    @Test
    void withMergingOffTheTwoStoriesStayApart() {
        OnlineStoryClusterer c = new OnlineStoryClusterer(PLAIN);
        StoryStream.Result r = new StoryStream<>(c).run(stream());
        assertThat(r.merges()).isEmpty();
        assertThat(r.stories()).hasSize(2);
    }

    @Test
    void mergesAreDeterministicInAnyInputOrder() {
        OnlineStoryClusterer c = new OnlineStoryClusterer(MERGING);
        StoryStream.Result r = new StoryStream<>(c).run(stream());
        List<AnnotatedArticle> reversed = new ArrayList<>(stream());
        java.util.Collections.reverse(reversed);
        StoryStream.Result again = new StoryStream<>(c).run(reversed);
        assertThat(r.merges()).hasSize(1).isEqualTo(again.merges());
        assertThat(again.assignments()).containsExactlyInAnyOrderElementsOf(r.assignments());
    }

    @Test
    void replayingTheAssignmentsWithTheirMergesRebuildsTheSameIndex() {
        OnlineStoryClusterer c = new OnlineStoryClusterer(MERGING);
        MemoryStoryIndex live = c.newIndex();
        List<StoryAssignment> decided = assignAll(c, live, stream());
        MemoryStoryIndex replayed = c.newIndex();
        for (int i = 0; i < stream().size(); i++) {
            AnnotatedArticle d = stream().get(i);
            for (StoryMerge m : live.merges()) {
                if (m.atArticle().equals(d.id())) {
                    assertThat(c.replay(m, replayed)).isTrue();
                }
            }
            c.replay(d, decided.get(i).story(), replayed);
        }
        assertThat(replayed.merges()).isEqualTo(live.merges());
        assertThat(replayed.size()).isEqualTo(live.size());
        StoryProfile want = live.get(OnlineStoryClusterer.storyIdFor("first")).orElseThrow();
        StoryProfile got = replayed.get(OnlineStoryClusterer.storyIdFor("first")).orElseThrow();
        assertThat(got.terms()).isEqualTo(want.terms());
        assertThat(got.articles()).isEqualTo(want.articles());
        assertThat(got.first()).isEqualTo(want.first());
        assertThat(got.last()).isEqualTo(want.last());
        AnnotatedArticle next = Fixtures.doc("next", "Daily Lantern", DAY.plusDays(3), null, SECOND_WORDS + ".");
        assertThat(c.assign(next, replayed)).isEqualTo(c.assign(next, live));
    }
}
