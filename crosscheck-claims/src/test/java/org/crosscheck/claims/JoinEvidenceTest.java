package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.junit.jupiter.api.Test;

/**
 * What is enough evidence for two claims to state one fact, on fictional sentences: a short clause must be stated
 * in full, a definite event noun refers to the story's event, the actors of a cause name it, and an article that
 * states a fact twice does not split its fact into two groups.
 */
class JoinEvidenceTest {

    private final StoryClaimAligner aligner = new StoryClaimAligner();

    private List<ClaimGroup> align(AnnotatedArticle... docs) {
        return Fixture.align(aligner, List.of(docs));
    }

    /** A one-sentence article of 2 May 2031 whose places are annotated as themselves. */
    private static AnnotatedArticle said(String id, String sentence, String... places) {
        Fixture f = Fixture.article(id, "Outlet " + id, "2031-05-02").s(sentence);
        for (String place : places) {
            f.loc(place, place);
        }
        return f.build();
    }

    private static boolean together(List<ClaimGroup> groups, String... articles) {
        return groups.stream().anyMatch(g -> g.articles().containsAll(List.of(articles)));
    }

    @Test
    void aShortClauseSharingItsSubjectButNotItsPredicateStaysAlone() {
        AnnotatedArticle a = said("a", "The messages came mostly from the Ostmark embassy.", "Ostmark");
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Rehn handed the Ostmark embassy messages to the port committee.")
                .person("Rehn", "Tomas Rehn").loc("Ostmark", "Ostmark").build();
        assertThat(together(align(a, b), "a", "b")).isFalse();
    }

    @Test
    void aShortClauseTheLongerSentenceStatesInFullJoinsIt() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("Rehn resigned from the port board on Monday.").person("Rehn", "Tomas Rehn")
                .t("Monday", "2031-05-01").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Tomas Rehn resigned from the port board after dockworkers walked out over unpaid wages.")
                .person("Tomas Rehn", "Tomas Rehn").build();
        assertThat(together(align(a, b), "a", "b")).isTrue();
    }

    private static AnnotatedArticle loanApproved(String id) {
        return Fixture.article(id, "Outlet " + id, "2031-05-02")
                .s("The ministry approved the loan to Tarsland on Sunday.").loc("Tarsland", "Tarsland")
                .t("Sunday", "2031-05-01").build();
    }

    private static AnnotatedArticle loanAuthorized(String id) {
        return Fixture.article(id, "Outlet " + id, "2031-05-02")
                .s("The ministry authorized a loan to Tarsland for the new harbour.").loc("Tarsland", "Tarsland")
                .build();
    }

    @Test
    void aClauseNamingTheEventOnlyByItsNounJoinsTheReportsOfThatEvent() {
        AnnotatedArticle mention = Fixture.article("m", "Outlet M", "2031-05-02")
                .s("Officials first confirmed the approval on Monday.").t("Monday", "2031-05-01").build();
        List<ClaimGroup> groups = align(loanApproved("b"), loanAuthorized("c"), mention);
        assertThat(groups).anySatisfy(g -> assertThat(g.articles()).containsExactlyInAnyOrder("b", "c", "m"));
    }

    @Test
    void anEventNounNamingAnotherActorOrTwoEventsOfItsFamilyStaysAlone() {
        AnnotatedArticle elsewhere = Fixture.article("m", "Outlet M", "2031-05-02")
                .s("Officials in Veldra first confirmed the approval on Monday.").loc("Veldra", "Veldra")
                .t("Monday", "2031-05-01").build();
        assertThat(together(align(loanApproved("b"), loanAuthorized("c"), elsewhere), "m", "b")).isFalse();

        AnnotatedArticle mention = Fixture.article("m", "Outlet M", "2031-05-02")
                .s("Officials first confirmed the approval on Monday.").t("Monday", "2031-05-01").build();
        AnnotatedArticle budget = said("d", "The council approved the Corran budget for dredging last spring.",
                "Corran");
        AnnotatedArticle budgetToo = said("e", "The council authorized the Corran budget for dredging.", "Corran");
        List<ClaimGroup> groups = align(loanApproved("b"), loanAuthorized("c"), budget, budgetToo, mention);
        assertThat(together(groups, "b", "c")).isTrue();
        assertThat(together(groups, "d", "e")).isTrue();
        assertThat(groups).filteredOn(g -> g.articles().contains("m"))
                .allSatisfy(g -> assertThat(g.articles()).containsExactly("m"));
    }

    @Test
    void causesWordedApartMeetOnTheirActors() {
        AnnotatedArticle a = said("a", "The decision was triggered by Ostmark's deployment of engineers to Tarsland.",
                "Ostmark", "Tarsland");
        AnnotatedArticle b = said("b", "The shift was also influenced by growing concerns over Ostmark's alliance "
                + "with Tarsland.", "Ostmark", "Tarsland");
        assertThat(together(align(a, b), "a", "b")).isTrue();
        AnnotatedArticle other = said("c", "The shift was also influenced by growing concerns over Veldra's "
                + "alliance with Corran.", "Veldra", "Corran");
        assertThat(together(align(a, other), "a", "c")).isFalse();
    }

    @Test
    void groupsMergeOverOneSharedArticleOnlyWhenItRestatesTheFact() {
        assertThat(StoryClaimAligner.mayMerge(bits(0, 1), bits(1, 2))).isTrue();
        assertThat(StoryClaimAligner.mayMerge(bits(0), bits(1, 2))).isTrue();
        // the same articles twice are two facts they all state; a claim never joins a group holding its article
        assertThat(StoryClaimAligner.mayMerge(bits(0, 1), bits(0, 1))).isFalse();
        assertThat(StoryClaimAligner.mayMerge(bits(0, 1, 2), bits(1, 2, 3))).isFalse();
        assertThat(StoryClaimAligner.mayMerge(bits(0), bits(0, 1))).isFalse();
    }

    @Test
    void anArticleRestatesAFactInItsOwnWordsNotInItsTopicsWords() {
        AnnotatedArticle x = Fixture.article("x", "Outlet X", "2031-05-02")
                .s("The closure was ordered in response to Ostmark's deployment of engineers to Tarsland.")
                .loc("Ostmark", "Ostmark").loc("Tarsland", "Tarsland")
                .s("Officials said the closure was caused by the arrival of Ostmark's engineers in Tarsland.")
                .loc("Ostmark", "Ostmark").loc("Tarsland", "Tarsland")
                .s("The harbour budget of Tarsland doubled to pay for new cranes.").loc("Tarsland", "Tarsland")
                .build();
        List<Claim> claims = StoryClaimAligner.ordered(Fixture.claims(List.of(x)));
        assertThat(claims).hasSize(3);
        ClaimScores sim = new ClaimScores(aligner.state("s", claims, List.of()));
        assertThat(StoryClaimAligner.restated(List.of(0), List.of(1), claims, sim)).isTrue();
        assertThat(StoryClaimAligner.restated(List.of(0), List.of(2), claims, sim)).isFalse();
    }

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }
}
