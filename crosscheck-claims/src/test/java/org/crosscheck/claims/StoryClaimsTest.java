package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.state.SourceContext;
import org.junit.jupiter.api.Test;

/** Adding articles one by one gives the batch result, whatever their order. */
class StoryClaimsTest {

    private final SentenceClaimExtractor extractor = new SentenceClaimExtractor();
    private final StoryClaimAligner aligner = new StoryClaimAligner();

    private static SourceContext context(AnnotatedArticle d) {
        return SourceProfiles.context(d, d.id().equals("rw") ? "nl" : null);
    }

    @Test
    void incrementalStateGivesTheBatchGroupsInAnyOrder() {
        List<AnnotatedArticle> docs = VeldraStory.all();
        List<Claim> all = new ArrayList<>();
        docs.forEach(d -> all.addAll(extractor.extract(d)));
        List<ClaimGroup> batch = aligner.align("s1", all, docs.stream().map(StoryClaimsTest::context).toList());
        assertThat(batch).isNotEmpty();
        for (long seed = 1; seed <= 4; seed++) {
            List<AnnotatedArticle> order = new ArrayList<>(docs);
            Collections.shuffle(order, new Random(seed));
            StoryClaims state = StoryClaims.empty("s1");
            for (AnnotatedArticle d : order) {
                state = state.with(aligner.prepare(context(d), extractor.extract(d)));
            }
            assertThat(aligner.groups(state)).as("order " + order.stream().map(AnnotatedArticle::id).toList())
                    .isEqualTo(batch);
        }
    }

    @Test
    void addingAnArticleLeavesThePreviousStateUntouched() {
        List<AnnotatedArticle> docs = VeldraStory.all();
        StoryClaims one = StoryClaims.empty("s1").with(aligner.prepare(context(docs.get(0)),
                extractor.extract(docs.get(0))));
        List<ClaimGroup> before = aligner.groups(one);
        StoryClaims two = one.with(aligner.prepare(context(docs.get(1)), extractor.extract(docs.get(1))));
        assertThat(aligner.groups(one)).isEqualTo(before);
        assertThat(two.entries()).hasSize(2);
        assertThat(one.entries()).hasSize(1);
    }

    @Test
    void readdingAnArticleReplacesIt() {
        List<AnnotatedArticle> docs = VeldraStory.all();
        StoryClaims state = StoryClaims.empty("s1");
        for (AnnotatedArticle d : docs) {
            state = state.with(aligner.prepare(context(d), extractor.extract(d)));
        }
        StoryClaims again = state.with(aligner.prepare(context(docs.get(0)), extractor.extract(docs.get(0))));
        assertThat(again.entries()).hasSize(docs.size());
        assertThat(aligner.groups(again)).isEqualTo(aligner.groups(state));
    }

    @Test
    void briefFromAddedArticlesEqualsTheBatchBrief() {
        List<AnnotatedArticle> docs = VeldraStory.all();
        List<StoryAssignment> assignments = List.of(new StoryAssignment("rw", "s1", false, 1.0, "nl"));
        StoryBriefBuilder builder = new StoryBriefBuilder();
        Brief batch = builder.build("s1", docs, assignments);
        BriefState state = builder.start("s1");
        for (AnnotatedArticle d : docs) {
            state = builder.add(state, d, d.id().equals("rw") ? assignments.get(0) : null);
        }
        assertThat(builder.brief(state)).isEqualTo(batch);
    }
}
