package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.state.SourceContext;
import org.junit.jupiter.api.Test;

class StoryClaimAlignerTest {

    private final SentenceClaimExtractor extractor = new SentenceClaimExtractor();
    private final StoryClaimAligner aligner = new StoryClaimAligner();

    private List<Claim> claims(List<AnnotatedArticle> docs) {
        List<Claim> out = new ArrayList<>();
        docs.forEach(d -> out.addAll(extractor.extract(d)));
        return out;
    }

    private static List<SourceContext> contexts(List<AnnotatedArticle> docs) {
        return docs.stream().map(d -> SourceProfiles.context(d, d.id().equals("rw") ? "nl" : null)).toList();
    }

    private List<ClaimGroup> alignStory() {
        List<AnnotatedArticle> docs = VeldraStory.all();
        return aligner.align("s1", claims(docs), contexts(docs));
    }

    private static ClaimGroup groupContaining(List<ClaimGroup> groups, String words) {
        return groups.stream().filter(g -> g.claims().stream().anyMatch(c -> c.statement().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no group with '" + words + "'"));
    }

    @Test
    void laterAssertionsCorroborateAndOvertakeAnEarlierDenial() {
        List<ClaimGroup> groups = alignStory();
        ClaimGroup approved = groupContaining(groups, "has approved sending");
        assertThat(approved.status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(approved.articles()).containsExactlyInAnyOrder("nl", "cp");
        ClaimGroup denial = groupContaining(groups, "has yet to authorize");
        assertThat(denial.status()).isEqualTo(ClaimStatus.SUPERSEDED);
        assertThat(denial.supersededBy()).isEqualTo(approved.id());
        assertThat(denial.articles()).containsExactly("vt");
    }

    @Test
    void differingFiguresForOneCountAreDisputedWithEveryFigureAndItsScope() {
        List<ClaimGroup> groups = alignStory();
        ClaimGroup count = groupContaining(groups, "2,000 engineers");
        assertThat(count.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(count.values()).extracting(ClaimValue::value)
                .containsExactlyInAnyOrder(2000.0, 6000.0, 5000.0, 4000.0);
        ClaimValue projected = count.values().stream().filter(v -> v.value() == 6000.0).findFirst().orElseThrow();
        assertThat(projected.scope()).startsWith("projected").contains("end of the year");
        ClaimValue first = count.values().stream().filter(v -> v.value() == 2000.0).findFirst().orElseThrow();
        assertThat(first.scope()).isEqualTo("to Ostmark");
        assertThat(first.outlet()).isEqualTo("Valley Times");
        assertThat(count.values()).extracting(ClaimValue::value).doesNotContain(30000.0);
    }

    @Test
    void copiesDoNotCorroborate() {
        ClaimGroup bridge = groupContaining(alignStory(), "bridge at Kelmar");
        assertThat(bridge.articles()).containsExactlyInAnyOrder("nl", "rw");
        assertThat(bridge.status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
        assertThat(bridge.firstReported()).isIn("nl", "rw");
    }

    @Test
    void sameDayPolarityConflictIsADispute() {
        AnnotatedArticle yes = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The city of Brenmoor approved the new harbor tax on Friday.")
                .loc("Brenmoor", "Brenmoor").build();
        AnnotatedArticle no = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("The city of Brenmoor has not approved the new harbor tax.")
                .loc("Brenmoor", "Brenmoor").build();
        List<AnnotatedArticle> docs = List.of(yes, no);
        List<ClaimGroup> groups = aligner.align("s2", claims(docs), contexts(docs));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(groups.get(0).articles()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void twoArticlesRelayingOneOutletCountOnce() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("Brenmoor approved the harbor tax, the Tidewater Gazette reported.")
                .loc("Brenmoor", "Brenmoor")
                .attr("the Tidewater Gazette reported", "Tidewater Gazette", org.crosscheck.api.SourceKind.OUTLET)
                .build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("The harbor tax was approved by Brenmoor, according to the Tidewater Gazette.")
                .loc("Brenmoor", "Brenmoor")
                .attr("according to the Tidewater Gazette", "Tidewater Gazette",
                        org.crosscheck.api.SourceKind.OUTLET)
                .build();
        List<AnnotatedArticle> docs = List.of(a, b);
        List<ClaimGroup> groups = aligner.align("s3", claims(docs), contexts(docs));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).articles()).hasSize(2);
        assertThat(groups.get(0).status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
    }

    @Test
    void unrelatedStatementsStayApart() {
        List<ClaimGroup> groups = alignStory();
        ClaimGroup order = groupContaining(groups, "signed the order");
        assertThat(order.articles()).containsExactly("cp");
        assertThat(order.status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
        for (ClaimGroup g : groups) {
            assertThat(g.support()).isNotEmpty();
            assertThat(g.id()).startsWith("s1:");
        }
    }

    @Test
    void everyClaimLandsInExactlyOneGroupAndInputOrderDoesNotMatter() {
        List<AnnotatedArticle> docs = VeldraStory.all();
        List<Claim> cl = claims(docs);
        List<ClaimGroup> first = aligner.align("s1", cl, contexts(docs));
        assertThat(first.stream().mapToInt(g -> g.claims().size()).sum()).isEqualTo(cl.size());
        List<Claim> shuffled = new ArrayList<>(cl);
        Collections.shuffle(shuffled, new Random(7));
        List<ClaimGroup> second = aligner.align("s1", shuffled, contexts(docs));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void emptyAndOddInputGiveNoGroups() {
        assertThat(aligner.align("s", List.of(), List.of())).isEmpty();
        assertThat(aligner.align(null, null, null)).isEmpty();
    }
}
