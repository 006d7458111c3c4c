package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.stage.StoryClusterer;
import org.crosscheck.api.state.StoryIndex;
import org.crosscheck.dedup.NearDuplicates;
import org.crosscheck.stories.StoryStream;
import org.junit.jupiter.api.Test;

/** Copies join their original's story through the dedup stage, whatever the clusterer would have done with them. */
class DedupingClustererTest {

    record Single(String storyId) implements StoryIndex.Summary {
    }

    /** A clusterer that never joins anything: every story the test sees joined is dedup's doing. */
    static final class Loner implements StoryClusterer<Single> {
        @Override
        public StoryIndex<Single> newIndex() {
            Map<String, Single> m = new HashMap<>();
            return new StoryIndex<>() {
                @Override
                public List<Single> candidates(List<String> keys, int limit) {
                    return List.of();
                }

                @Override
                public Optional<Single> get(String id) {
                    return Optional.ofNullable(m.get(id));
                }

                @Override
                public void put(Single s) {
                    m.put(s.storyId(), s);
                }

                @Override
                public int size() {
                    return m.size();
                }
            };
        }

        @Override
        public StoryAssignment assign(AnnotatedArticle doc, StoryIndex<Single> index) {
            index.put(new Single("s-" + doc.id()));
            return new StoryAssignment(doc.id(), "s-" + doc.id(), true, 1.0, "what the clusterer thought");
        }
    }

    private static final String STRIKE = """
            Dockworkers at the Port of Valmora walked off the job on Sunday, halting cranes along the northern quay \
            for the first time since the harbour reopened, union leader Dmytro Kesh told reporters outside the gates.

            The Ministry of Transport said talks with the union would resume on Thursday, but warned that ships \
            could be diverted to Ostrel if the stoppage lasted into next week.

            About 2,500 workers joined the strike, according to the union, while the port authority put the figure \
            closer to 1,800 and said the night shift had reported as usual.""";

    private static final String FERRY = """
            The Estrava coastguard rescued forty passengers from a ferry that ran aground off Ostrel on Monday \
            evening, after the vessel lost power in heavy seas near the lighthouse.

            Inspectors from the maritime authority boarded the ferry on Tuesday and said an inquiry into the \
            engine failure would report within a month.""";

    private static AnnotatedArticle doc(String id, String text, int day) {
        return AnnotatedArticle.of(new Article(id, "Outlet " + id, LocalDate.of(2031, 10, day), null, null, "en",
                text, id + ".txt"));
    }

    private static StoryStream.Result run(AnnotatedArticle... docs) {
        return new StoryStream<>(new DedupingClusterer<>(new Loner(), new NearDuplicates())).run(List.of(docs));
    }

    @Test
    void aReParagraphedCopyJoinsTheFirstCopysStory() {
        String copy = STRIKE.replace("\n\n", " ").replace("Dockworkers at", "Striking dockworkers at")
                + "\n\nFollow our live coverage of the strike on the Estrava Daily Wire app.";
        StoryStream.Result r = run(doc("wire", copy, 14), doc("ledger", STRIKE, 13), doc("ferry", FERRY, 14));
        StoryAssignment wire = r.assignments().get(0);
        assertThat(wire.duplicateOf()).isEqualTo("ledger");
        assertThat(wire.story()).isEqualTo("s-ledger");
        assertThat(wire.newStory()).isFalse();
        assertThat(r.assignments().get(1).duplicateOf()).as("the clusterer's own opinion is not passed on").isNull();
        assertThat(r.assignments().get(2).story()).isEqualTo("s-ferry");
        assertThat(r.stories()).hasSize(2);
    }

    @Test
    void aCopyOfACopyPointsAtTheFirstCopy() {
        String cut = STRIKE.substring(0, STRIKE.lastIndexOf("\n\n"));
        StoryStream.Result r = run(doc("a", STRIKE, 13), doc("b", STRIKE, 14), doc("c", cut, 15));
        assertThat(r.assignments()).extracting(StoryAssignment::duplicateOf).containsExactly(null, "a", "a");
        assertThat(r.assignments()).extracting(StoryAssignment::story).containsOnly("s-a");
    }

    @Test
    void refusesAnIndexItDidNotMake() {
        DedupingClusterer<Single> c = new DedupingClusterer<>(new Loner(), new NearDuplicates());
        assertThatThrownBy(() -> c.assign(doc("a", STRIKE, 1), new Loner().newIndex()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newIndex");
    }

    /** Two stories over three days, one article a near-copy of an earlier one. */
    private static List<AnnotatedArticle> twoStoriesWithACopy() {
        return List.of(doc("ledger", STRIKE, 13), doc("ferry", FERRY, 13),
                doc("wire", STRIKE.replace("Sunday", "Sunday morning"), 14), doc("courier", FERRY + " More later.", 15));
    }

    @Test
    void preparingAheadGivesTheSameAssignmentsAsAssigningInTheLoop() {
        List<AnnotatedArticle> docs = twoStoriesWithACopy();
        var clusterer = new DedupingClusterer<>(new org.crosscheck.stories.OnlineStoryClusterer(), new NearDuplicates());
        var index = clusterer.newIndex();
        List<StoryAssignment> inLoop = docs.stream().map(d -> clusterer.assign(d, index)).toList();
        assertThat(new StoryStream<>(clusterer).run(docs).assignments()).isEqualTo(inLoop);
        assertThat(clusterer.prepare(docs.getFirst()).inner()).as("the wrapped clusterer's own preparation")
                .isInstanceOf(org.crosscheck.stories.ArticleFeatures.class);
    }

    @Test
    void replayHoldsTheSignatureAndGivesTheSameStateAsAssigning() {
        List<AnnotatedArticle> docs = twoStoriesWithACopy();
        var clusterer = new DedupingClusterer<>(new org.crosscheck.stories.OnlineStoryClusterer(), new NearDuplicates());
        var assigned = clusterer.newIndex();
        var replayed = clusterer.newIndex();
        List<StoryAssignment> decided = new java.util.ArrayList<>();
        docs.forEach(d -> decided.add(clusterer.assign(d, assigned)));
        for (int i = 0; i < docs.size(); i++) {
            StoryAssignment r = clusterer.replay(docs.get(i), clusterer.prepare(docs.get(i)), decided.get(i).story(),
                    replayed);
            assertThat(r.story()).isEqualTo(decided.get(i).story());
            assertThat(r.duplicateOf()).isEqualTo(decided.get(i).duplicateOf());
        }
        assertThat(replayed.duplicates().size()).isEqualTo(assigned.duplicates().size());
        assertThat(replayed.size()).isEqualTo(assigned.size());
        for (StoryAssignment a : decided) {
            assertThat(replayed.get(a.story()).orElseThrow().articles())
                    .isEqualTo(assigned.get(a.story()).orElseThrow().articles());
        }
        // a later copy finds the replayed original, in the stored story
        AnnotatedArticle copy = doc("echo", STRIKE, 16);
        assertThat(clusterer.assign(copy, replayed)).isEqualTo(clusterer.assign(copy, assigned));
        assertThat(clusterer.assign(doc("echo2", STRIKE, 16), replayed).duplicateOf()).isEqualTo("ledger");
    }
}
