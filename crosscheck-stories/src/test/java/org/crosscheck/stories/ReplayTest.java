package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.junit.jupiter.api.Test;

/** Replaying stored assignments must rebuild the index that assigning built, without deciding anything. */
class ReplayTest {

    private final OnlineStoryClusterer clusterer = new OnlineStoryClusterer();

    private static List<AnnotatedArticle> stream() {
        List<AnnotatedArticle> docs = new ArrayList<>(List.of(Fixtures.bridgeCourier(), Fixtures.strikeCourier(),
                Fixtures.bridgeReprint(), Fixtures.bridgeLantern(), Fixtures.strikeLantern()));
        for (int d = 0; d < 4; d++) {
            docs.add(Fixtures.fire(d, d % 2 == 0 ? "Daily Lantern" : "Meridian Post"));
        }
        docs.add(Fixtures.bridgeMeridian());
        docs.add(Fixtures.strikeMeridian());
        return docs;
    }

    @Test
    void replayingTheStoredAssignmentsGivesTheSameIndexState() {
        List<AnnotatedArticle> docs = stream();
        MemoryStoryIndex assigned = clusterer.newIndex();
        List<StoryAssignment> decided = new ArrayList<>();
        for (AnnotatedArticle d : docs) {
            decided.add(clusterer.assign(d, assigned));
        }
        MemoryStoryIndex replayed = clusterer.newIndex();
        for (int i = 0; i < docs.size(); i++) {
            StoryAssignment r = clusterer.replay(docs.get(i), decided.get(i).story(), replayed);
            assertThat(r.story()).isEqualTo(decided.get(i).story());
            assertThat(r.newStory()).isEqualTo(decided.get(i).newStory());
        }

        assertThat(replayed.size()).isEqualTo(assigned.size());
        assertThat(replayed.documentCount()).isEqualTo(assigned.documentCount());
        for (StoryAssignment a : decided) {
            StoryProfile want = assigned.get(a.story()).orElseThrow();
            StoryProfile got = replayed.get(a.story()).orElseThrow();
            assertThat(got.terms()).isEqualTo(want.terms());
            assertThat(got.entities()).isEqualTo(want.entities());
            assertThat(got.articles()).isEqualTo(want.articles());
            assertThat(got.outlets()).isEqualTo(want.outlets());
            assertThat(got.first()).isEqualTo(want.first());
            assertThat(got.last()).isEqualTo(want.last());
        }
        for (AnnotatedArticle d : docs) {
            ArticleFeatures f = clusterer.prepare(d);
            for (int i = 0; i < f.terms().size(); i++) {
                String feature = Features.TERM + f.terms().key(i);
                assertThat(replayed.documentFrequency(feature)).isEqualTo(assigned.documentFrequency(feature));
            }
        }
        // the warmed index decides the next article as the original one does
        AnnotatedArticle next = Fixtures.fire(4, "Northwind Courier");
        assertThat(clusterer.assign(next, replayed)).isEqualTo(clusterer.assign(next, assigned));
    }

    @Test
    void replayRecordsIntoTheGivenStoryWithoutDeciding() {
        MemoryStoryIndex index = clusterer.newIndex();
        clusterer.assign(Fixtures.bridgeCourier(), index);
        String bridge = OnlineStoryClusterer.storyIdFor("bridge-courier");
        // a strike report, which assigning would never put in the bridge story, replayed into it
        StoryAssignment r = clusterer.replay(Fixtures.strikeCourier(), bridge, index);
        assertThat(r).isEqualTo(new StoryAssignment("strike-courier", bridge, false, 1.0, null));
        assertThat(index.get(bridge).orElseThrow().articles()).containsExactly("bridge-courier", "strike-courier");
        assertThat(index.size()).isEqualTo(1);
        // a story the index does not hold starts again under the stored id, whatever article it starts with
        StoryAssignment moved = clusterer.replay(Fixtures.strikeLantern(), "s-stored", index);
        assertThat(moved.newStory()).isTrue();
        assertThat(index.get("s-stored").orElseThrow().articles()).containsExactly("strike-lantern");
    }
}
