package org.crosscheck.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.Article;
import org.junit.jupiter.api.Test;

/**
 * The figures {@code crosscheck eval duplicates} prints, pinned as floors on the shared development data: flags on the
 * AllSides corpus that the exact full-text shingle sets do not confirm, recall on edited copies, and false duplicates
 * among different outlets' articles on one event.
 */
class DuplicateEvaluationIT {

    private final DuplicateEvaluation eval = new DuplicateEvaluation(new NearDuplicates());

    @Test
    void corpusFlagsAreFewAndConfirmedByTheExactTextsAndEditedCopiesAreFound() {
        List<Article> corpus = DevData.read(DevData.require("corpus/allsides-37k.jsonl.gz")).stream()
                .map(DevData.Labelled::article).toList();
        DuplicateEvaluation.Run run = eval.run(corpus);
        System.out.printf("allsides-37k: %d articles, %d flagged, %d not confirmed by exact shingle sets%n",
                run.articles(), run.flags().size(), run.unverified());
        assertThat(run.flags().size()).as("flagged").isBetween(10, corpus.size() / 200);
        assertThat((double) run.unverified() / run.flags().size()).as("unconfirmed share of flags").isLessThan(0.15);

        DuplicateEvaluation.Recall recall = eval.recall(corpus, 300, 20261121L);
        for (Edit e : Edit.values()) {
            System.out.printf("recall %s: %d/%d%n", e, recall.right(e), recall.copies(e));
            assertThat(recall.copies(e)).isEqualTo(300);
            assertThat(recall.rate(e)).as("recall on %s", e).isGreaterThanOrEqualTo(e == Edit.ALL ? 0.9 : 0.98);
        }
    }

    @Test
    void differentOutletsOnOneEventAreNeverDuplicates() {
        for (String set : List.of("stories/basil-dev.jsonl.gz", "stories/neus-dev.jsonl.gz")) {
            List<DevData.Labelled> read = DevData.read(DevData.require(set));
            Map<String, String> story = new HashMap<>();
            read.forEach(l -> story.put(l.article().id(), l.story()));
            DuplicateEvaluation.SameGroup g = eval.sameGroup(read.stream().map(DevData.Labelled::article).toList(),
                    story);
            System.out.printf("%s: %d same-story pairs, %d flagged, %d flagged across stories%n", set, g.pairs(),
                    g.flaggedInGroup(), g.flaggedAcrossGroups());
            assertThat(g.pairs()).as("pairs in %s", set).isGreaterThan(100);
            assertThat(g.flaggedInGroup()).as("false duplicates in %s", set).isZero();
            assertThat(g.flaggedAcrossGroups()).as("flags across stories in %s", set).isZero();
        }
    }
}
