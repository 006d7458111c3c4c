package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
        // shown as the question the outlets answer differently, not as one outlet's figure; the projection is no
        // answer to how many there are
        assertThat(count.statement()).isEqualTo("How many Veldran engineers: figures from 2,000 to 5,000");
    }

    @Test
    void aDisputedSumOfMoneyKeepsItsStatement() {
        List<Figure> figs = new ArrayList<>();
        for (String[] f : new String[][] {{"$5 million", "5000000"}, {"$7 million", "7000000"}}) {
            AnnotatedArticle a = Fixture.article("a" + f[1], "Outlet One", "2031-05-02")
                    .s("The harbor works will cost " + f[0] + ".")
                    .q(f[0], Double.parseDouble(f[1]), "USD", org.crosscheck.api.Qualifier.EXACT).build();
            figs.addAll(Figure.of(claims(List.of(a)).get(0)));
        }
        assertThat(figs).hasSize(2);
        assertThat(GroupAssembly.countQuestion(figs)).isNull();
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
    void aRefusalWhoseCueIsInTheAttributionIsOvertakenOnlyByItsOwnPredicate() {
        // "has refused" is read as the attribution, so the content left is "to supply ..."; what is refused is still
        // supplying, and a later report of something else done by the country named is no change of that
        AnnotatedArticle refusal = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("Chancellor Mirna Tosk has refused to supply Ostmark with Harrier rockets, fearing they could be"
                        + " fired at targets on Velnian territory.")
                .person("Mirna Tosk", "Mirna Tosk").loc("Ostmark", "Ostmark")
                .attr("Chancellor Mirna Tosk has refused", "Mirna Tosk", org.crosscheck.api.SourceKind.NAMED_PERSON)
                .build();
        AnnotatedArticle strike = Fixture.article("b", "Outlet Two", "2031-05-09")
                .s("Ostmark wasted no time, firing its first long-range rockets at a depot on Velnian territory.")
                .loc("Ostmark", "Ostmark").build();
        List<AnnotatedArticle> docs = List.of(refusal, strike);
        List<ClaimGroup> groups = aligner.align("s4", claims(docs), contexts(docs));
        assertThat(groups).extracting(ClaimGroup::status).doesNotContain(ClaimStatus.SUPERSEDED);

        AnnotatedArticle supplied = Fixture.article("c", "Outlet Three", "2031-05-09")
                .s("Chancellor Mirna Tosk agreed on Friday to supply Ostmark with Harrier rockets.")
                .person("Mirna Tosk", "Mirna Tosk").loc("Ostmark", "Ostmark").build();
        docs = List.of(refusal, supplied);
        groups = aligner.align("s5", claims(docs), contexts(docs));
        assertThat(groupContaining(groups, "has refused to supply").status()).isEqualTo(ClaimStatus.SUPERSEDED);
    }

    @Test
    void aSpeakerWhoSpeaksOfThemselvesIsWhatTheClaimIsAbout() {
        assertThat(entitiesOfReport("reiterated", "she opposes")).contains("Ada Quill");
        assertThat(entitiesOfReport("wrote", "we oppose")).contains("Ada Quill");
        // a source who reports on someone else is only the source, also behind an "I" that only frames it
        assertThat(entitiesOfReport("said", "the port opposes")).doesNotContain("Ada Quill");
        assertThat(entitiesOfReport("said", "I can tell you the port opposes")).doesNotContain("Ada Quill");
    }

    /** The entities the aligner compares for "Mayor Ada Quill on Wednesday VERB that SUBJECT the harbor tax". */
    private Set<String> entitiesOfReport(String verb, String subjectAndVerb) {
        String attribution = "Mayor Ada Quill on Wednesday " + verb;
        AnnotatedArticle doc = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s(attribution + " that " + subjectAndVerb + " the new harbor tax on cargo ships.")
                .person("Ada Quill", "Ada Quill")
                .attr(attribution, "Ada Quill", org.crosscheck.api.SourceKind.NAMED_PERSON).build();
        return ClaimFeatures.of(claims(List.of(doc)), null).get(0).entities();
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
