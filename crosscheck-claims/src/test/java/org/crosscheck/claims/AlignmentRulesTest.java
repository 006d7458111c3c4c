package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.api.Qualifier.EXACT;
import static org.crosscheck.api.Qualifier.MORE_THAN;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.SourceKind;
import org.junit.jupiter.api.Test;

/** The general rules of alignment on small fictional stories. */
class AlignmentRulesTest {

    private final SentenceClaimExtractor extractor = new SentenceClaimExtractor();
    private final StoryClaimAligner aligner = new StoryClaimAligner();

    private List<ClaimGroup> align(List<AnnotatedArticle> docs) {
        return Fixture.align(aligner, docs);
    }

    @Test
    void aNationalityWordIsReadAsItsCountryAndHedgesAreNotCompared() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("British engineers apparently repaired the Corran bridge on Monday.").t("Monday", "2031-05-01")
                .build();
        List<ClaimFeatures> features = aligner.prepare(SourceProfiles.context(a, null), extractor.extract(a))
                .features();
        assertThat(features).hasSize(1);
        assertThat(features.get(0).entities()).containsExactly("United Kingdom");
        assertThat(features.get(0).keys()).doesNotContain("british", "apparently")
                .contains(Lexicon.key("engineers"), Lexicon.key("repaired"));
    }

    @Test
    void whatOneOutletSaysWasAskedForDoesNotCorroborateWhatAnotherSaysWasDone() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("Mayor Ilse Varga has repeatedly demanded permission to reopen the Corran bridge to trucks.")
                .person("Ilse Varga", "Ilse Varga").loc("Corran", "Corran").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("The ministry approved reopening the Corran bridge to trucks on Monday.")
                .loc("Corran", "Corran").t("Monday", "2031-05-01").build();
        AnnotatedArticle c = Fixture.article("c", "Outlet Three", "2031-05-02")
                .s("The ministry has allowed trucks to use the reopened Corran bridge since Monday.")
                .loc("Corran", "Corran").t("Monday", "2031-05-01").build();
        List<ClaimGroup> groups = align(List.of(a, b, c));
        assertThat(groups).filteredOn(g -> g.articles().size() > 1).isNotEmpty()
                .allSatisfy(g -> assertThat(g.articles()).doesNotContain("a"));
    }

    private static AnnotatedArticle aboutRenn(String id, String published, String sentence) {
        return Fixture.article(id, "Outlet " + id, published).s(sentence).person("Alda Renn", "Alda Renn").build();
    }

    @Test
    void whatSomeoneExpectsAnotherToDoIsNoForecastThatItWillBeDone() {
        // "they expect the governor to publish" is what the chairs want; "is expected to publish" is a forecast
        AnnotatedArticle a = aboutRenn("a", "2031-05-02", "In a joint letter, the council chairs wrote they expect "
                + "Governor Alda Renn to make the harbor audit public immediately.");
        AnnotatedArticle b = aboutRenn("b", "2031-05-04", "Governor Alda Renn is expected to make public more of the "
                + "harbor audit.");
        AnnotatedArticle c = aboutRenn("c", "2031-05-02", "The council chairs said they expect Governor Alda Renn to "
                + "publish the harbor audit immediately.");
        List<ClaimFeatures> fb = aligner.prepare(SourceProfiles.context(b, null), extractor.extract(b)).features();
        assertThat(fb.get(0).keys()).contains(Lexicon.key("audit")).doesNotContain("?" + Lexicon.key("audit"));
        List<ClaimGroup> groups = align(List.of(a, b, c));
        assertThat(groups).noneSatisfy(g -> assertThat(g.articles()).contains("a", "b"));
        // two outlets reporting the same wish still agree
        assertThat(groups).anySatisfy(g -> assertThat(g.articles()).containsExactly("a", "c"));
    }

    /** A one-sentence article whose sentence a named person is credited with by the words {@code cue} in it. */
    private static AnnotatedArticle credited(String id, String sentence, String name, String person, String cue) {
        return Fixture.article(id, "Outlet " + id, "2031-05-02").s(sentence).person(name, person)
                .attr(cue, person, SourceKind.NAMED_PERSON).build();
    }

    @Test
    void theSameWordsFromTwoDifferentPeopleAreTwoStatements() {
        String words = "\u201cWe will sign the new harbor contracts this week,\u201d ";
        AnnotatedArticle a = credited("a", words + "union leader Dmytro Kovalchuk said.", "Dmytro Kovalchuk",
                "Dmytro Kovalchuk", "union leader Dmytro Kovalchuk said");
        AnnotatedArticle b = credited("b", words + "port director Tomas Rehn said.", "Tomas Rehn", "Tomas Rehn",
                "port director Tomas Rehn said");
        AnnotatedArticle c = credited("c", "Kovalchuk said the union would sign the new harbor contracts this week.",
                "Kovalchuk", "Dmytro Kovalchuk", "Kovalchuk said");
        List<ClaimGroup> groups = align(List.of(a, b, c));
        assertThat(groups).filteredOn(g -> g.articles().contains("b"))
                .allSatisfy(g -> assertThat(g.articles()).containsExactly("b"));
        assertThat(groups).anySatisfy(g -> assertThat(g.articles()).containsExactly("a", "c"));
    }

    @Test
    void aSpeakerFoundBehindAPronounDoesNotKeepTheSameWordsApart() {
        // "he said" may point at the wrong person: identical words then stay one statement
        String words = "\u201cWe will sign the new Valmora harbor contracts this week,\u201d ";
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s(words + "union leader Dmytro Kovalchuk said.").person("Dmytro Kovalchuk", "Dmytro Kovalchuk")
                .loc("Valmora", "Valmora")
                .attr("union leader Dmytro Kovalchuk said", "Dmytro Kovalchuk", SourceKind.NAMED_PERSON).build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Tomas Rehn spoke first.").person("Tomas Rehn", "Tomas Rehn").s(words + "he said.")
                .loc("Valmora", "Valmora").attr("he said", "Tomas Rehn", SourceKind.NAMED_PERSON).build();
        assertThat(align(List.of(a, b))).anySatisfy(g -> assertThat(g.articles()).containsExactly("a", "b"));
    }

    @Test
    void twoNamedSourcesOfOneReportedFactStillCorroborateIt() {
        String fact = "The harbor gates were closed to trucks on Sunday, ";
        AnnotatedArticle a = credited("a", fact + "port director Tomas Rehn said.", "Tomas Rehn", "Tomas Rehn",
                "port director Tomas Rehn said");
        AnnotatedArticle b = credited("b", fact + "Mayor Ilse Varga said.", "Ilse Varga", "Ilse Varga",
                "Mayor Ilse Varga said");
        assertThat(align(List.of(a, b))).anySatisfy(g -> assertThat(g.articles()).containsExactly("a", "b"));
    }

    @Test
    void sentencesThatShareOnlyTheirBackgroundReportDifferentFacts() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The governor told reporters he was surprised by the angry reactions to the Harbor Access Act, "
                        + "which he signed into law on Thursday.").t("on Thursday", "2031-04-30")
                .e("Harbor Access Act", EntityType.LAW, "Harbor Access Act").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Port unions have been defending the Harbor Access Act ever since the governor signed it into "
                        + "law on Thursday.").t("on Thursday", "2031-04-30")
                .e("Harbor Access Act", EntityType.LAW, "Harbor Access Act").build();
        AnnotatedArticle c = Fixture.article("c", "Outlet Three", "2031-05-02")
                .s("The governor signed the Harbor Access Act into law on Thursday after a week of protests.")
                .t("on Thursday", "2031-04-30").e("Harbor Access Act", EntityType.LAW, "Harbor Access Act").build();
        AnnotatedArticle d = Fixture.article("d", "Outlet Four", "2031-05-02")
                .s("On Thursday the governor signed the Harbor Access Act into law.").t("On Thursday", "2031-04-30")
                .e("Harbor Access Act", EntityType.LAW, "Harbor Access Act").build();
        assertThat(align(List.of(a, b))).noneSatisfy(g -> assertThat(g.articles()).contains("a", "b"));
        // what one sentence gives as background confirms another that reports it as its news
        assertThat(align(List.of(a, c))).anySatisfy(g -> assertThat(g.articles()).containsExactly("a", "c"));
        assertThat(align(List.of(b, d))).anySatisfy(g -> assertThat(g.articles()).containsExactly("b", "d"));
    }

    @Test
    void vagueQuantityIsNeitherACompetingFigureNorADispute() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("Tarsland has sent 3,000 engineers to Ostmark, officials said.")
                .loc("Tarsland", "Tarsland").loc("Ostmark", "Ostmark")
                .q("3,000 engineers", 3000, "engineers", EXACT).build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Thousands of Tarsland engineers are now in Ostmark, the ministry said.")
                .loc("Tarsland", "Tarsland").loc("Ostmark", "Ostmark")
                .q("Thousands of Tarsland engineers", 1000, "engineers", MORE_THAN).build();
        List<ClaimGroup> groups = align(List.of(a, b));
        ClaimGroup count = groups.stream().filter(g -> g.articles().size() == 2).findFirst().orElseThrow();
        assertThat(count.status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(count.values()).extracting(ClaimValue::value).containsExactly(3000.0);
        assertThat(count.statement()).contains("3,000");
    }

    @Test
    void precisePreciseDisagreementIsStillADispute() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("Tarsland has sent 3,000 engineers to Ostmark, officials said.")
                .loc("Tarsland", "Tarsland").loc("Ostmark", "Ostmark")
                .q("3,000 engineers", 3000, "engineers", EXACT).build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Tarsland has sent 8,000 engineers to Ostmark, the ministry said.")
                .loc("Tarsland", "Tarsland").loc("Ostmark", "Ostmark")
                .q("8,000 engineers", 8000, "engineers", EXACT).build();
        ClaimGroup count = align(List.of(a, b)).stream().filter(g -> g.articles().size() == 2).findFirst()
                .orElseThrow();
        assertThat(count.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(count.values()).extracting(ClaimValue::value).containsExactlyInAnyOrder(3000.0, 8000.0);
    }

    @Test
    void ownerlessFiguresThatDisagreeAreADisputeOnlyWhenTheirSentencesSayAlike() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The harbor company sent 3,000 engineers to the flooded coast, officials said.")
                .q("3,000 engineers", 3000, "engineers", EXACT)
                .s("A further 40 engineers trained the volunteers in the old school hall.")
                .q("40 engineers", 40, "engineers", EXACT).build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("The harbor company sent 8,000 engineers to the flooded coast, the ministry said.")
                .q("8,000 engineers", 8000, "engineers", EXACT).build();
        List<ClaimGroup> groups = align(List.of(a, b));
        ClaimGroup count = groups.stream().filter(g -> g.status() == ClaimStatus.DISPUTED).findFirst()
                .orElseThrow();
        assertThat(count.values()).extracting(ClaimValue::value).containsExactlyInAnyOrder(3000.0, 8000.0);
    }

    @Test
    void ownerlessFiguresThatDisagreeCountOneThingWhenTheirSentencesAgreeOnAnotherFigureOfIt() {
        // "20%" reads as Tarsland's (the name left of it), "23%" as nobody's: only the 20% the sentences share
        // tells that "23%" counts the same levy as the other outlet's "20 percent"
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("A new 20 percent levy applies to the first $300,000 of grain that farms ship abroad.")
                .q("20 percent", 20, "%", EXACT).q("$300,000", 300000, "USD", EXACT).build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("It was 23% in the Tarsland draft, but now it's 20%.")
                .loc("Tarsland", "Tarsland").q("23%", 23, "%", EXACT).q("20%", 20, "%", EXACT).build();
        List<ClaimGroup> groups = align(List.of(a, b));
        assertThat(groups).filteredOn(g -> g.articles().size() == 2).singleElement()
                .satisfies(g -> assertThat(g.status()).isEqualTo(ClaimStatus.CORROBORATED));
    }

    @Test
    void aPlannedFigureDoesNotJoinACountOfWhatWasDone() {
        List<AnnotatedArticle> docs = List.of(
                Fixture.article("a", "Outlet One", "2031-05-02")
                        .s("The port has spent $5 million on new harbor cranes since the strike.")
                        .q("$5 million", 5000000, "USD", EXACT).build(),
                Fixture.article("b", "Outlet Two", "2031-05-02")
                        .s("The port has spent $5 million on the new harbor cranes, the council said.")
                        .q("$5 million", 5000000, "USD", EXACT)
                        .s("The council plan would devote $1.2 million to the new harbor cranes next year.")
                        .q("$1.2 million", 1200000, "USD", EXACT).build());
        ClaimGroup count = align(docs).stream().filter(g -> g.articles().size() == 2).findFirst().orElseThrow();
        assertThat(count.status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(count.values()).extracting(ClaimValue::value).containsExactly(5000000.0, 5000000.0);
    }

    @Test
    void anArticleGivingTheOldAndTheNewFigureAgreesWithOneGivingTheNew() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The Tarsland harbor levy was 23% in the first draft, but now it is 20%.")
                .loc("Tarsland", "Tarsland")
                .q("23%", 23, "%", EXACT).q("20%", 20, "%", EXACT).build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("The final Tarsland harbor levy is set at 20%, the council said.")
                .loc("Tarsland", "Tarsland").q("20%", 20, "%", EXACT).build();
        assertThat(align(List.of(a, b))).noneMatch(g -> g.status() == ClaimStatus.DISPUTED);
    }

    @Test
    void figuresTheArticlesCreditToDifferentSourcesAreADisputeEvenWhenBothOutletsGiveBoth() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The farmers' league says 6,000 farmers joined the protest on Monday.")
                .q("6,000 farmers", 6000, "farmers", EXACT).t("on Monday", "2031-05-01")
                .s("The interior ministry put the number at 1,500.").q("1,500", 1500, "farmers", EXACT).build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-03")
                .s("The interior minister said 1,500 farmers joined the protest, while the league put the figure at "
                        + "6,000.")
                .q("1,500 farmers", 1500, "farmers", EXACT).q("6,000", 6000, "farmers", EXACT).build();
        ClaimGroup count = align(List.of(a, b)).stream()
                .filter(g -> g.values().stream().anyMatch(v -> v.value() == 6000.0)).findFirst().orElseThrow();
        assertThat(count.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(count.articles()).containsExactlyInAnyOrder("a", "b");
        assertThat(count.values()).extracting(ClaimValue::value)
                .containsExactlyInAnyOrder(6000.0, 1500.0, 1500.0, 6000.0);
    }

    @Test
    void oneSourceGivingTheOldAndTheNewFigureIsNoDispute() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The council said the Tarsland harbor levy was 23% in the first draft and is now 20%.")
                .loc("Tarsland", "Tarsland")
                .q("23%", 23, "%", EXACT).q("20%", 20, "%", EXACT).build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("The council said the Tarsland harbor levy, 23% in the first draft, is now 20%.")
                .loc("Tarsland", "Tarsland").q("23%", 23, "%", EXACT).q("20%", 20, "%", EXACT).build();
        assertThat(align(List.of(a, b))).noneMatch(g -> g.status() == ClaimStatus.DISPUTED);
    }

    @Test
    void aFigureIsCreditedToTheSubjectOfTheReportingVerbBeforeIt() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("Port director Ada Brun said 2,500 workers were on strike, while the union put the figure at "
                        + "4,000.")
                .person("Ada Brun", "Ada Brun")
                .q("2,500 workers", 2500, "workers", EXACT).q("4,000", 4000, "workers", EXACT)
                .s("The harbor levy was 23% in the first draft, but now it is 20%.")
                .q("23%", 23, "%", EXACT).q("20%", 20, "%", EXACT)
                .s("About 300 ships were diverted, according to the port authority.")
                .q("About 300 ships", 300, "ships", Qualifier.APPROXIMATELY).build();
        List<Figure> figures = new ArrayList<>();
        extractor.extract(a).forEach(c -> figures.addAll(Figure.of(c)));
        assertThat(figures).hasSize(5);
        assertThat(figures.get(0).source()).contains("brun").doesNotContain("union");
        assertThat(figures.get(1).source()).containsExactly("union");
        assertThat(figures.get(0).creditedApartFrom(figures.get(1))).isTrue();
        assertThat(figures.get(2).source()).isEmpty();
        assertThat(figures.get(2).creditedApartFrom(figures.get(3))).isFalse();
        assertThat(figures.get(4).source()).contains("port", "authority");
    }

    @Test
    void twoItemsOfOneSpeechThatShareTheirOpinionFrameAreUnrelated() {
        // a speaker's refrain ("you might think it's okay that ...") is a frame: the items it lists are the facts
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("\"You might think that's okay that they lied about the harbor meeting,\" Varga said.")
                .person("Varga", "Ilse Varga").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("\"And you might think it's O.K. he lied about it to Kelmar.\"").loc("Kelmar", "Kelmar").build();
        AnnotatedArticle c = Fixture.article("c", "Outlet Three", "2031-05-02")
                .s("\"You might think it's okay that they lied about the harbor meeting,\" Mayor Ilse Varga said.")
                .person("Ilse Varga", "Ilse Varga").build();
        List<AnnotatedArticle> docs = List.of(a, b, c);
        List<Claim> claims = Fixture.claims(docs);
        assertThat(claims).hasSize(3);
        ClaimScores sim = new ClaimScores(aligner.state("s", claims, List.of()));
        // below half the threshold a pair keeps its members out of any one group
        assertThat(sim.similarity(claims.get(0), claims.get(1))).isLessThan(StoryClaimAligner.THRESHOLD * 0.5);
        assertThat(sim.similarity(claims.get(0), claims.get(2))).isGreaterThanOrEqualTo(StoryClaimAligner.THRESHOLD);
        assertThat(align(docs)).anySatisfy(g -> assertThat(g.articles()).containsExactly("a", "c"));
    }

    @Test
    void aDenialOfAnotherPredicateIsNoDispute() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("Mayor Ilse Varga, who has promised to end the strike, has yet to respond to the harbor decision.")
                .person("Ilse Varga", "Ilse Varga").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Mayor Ilse Varga has said she could end the strike at the harbor within a week.")
                .person("Ilse Varga", "Ilse Varga").build();
        assertThat(align(List.of(a, b))).noneMatch(g -> g.status() == ClaimStatus.DISPUTED);
    }

    @Test
    void aReportOfAnEarlierMonthIsNoLiveContradiction() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-11-18")
                .s("Mayor Ilse Varga has yet to respond to the council's harbor plan.")
                .person("Ilse Varga", "Ilse Varga").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-11-18")
                .s("Last July, Mayor Ilse Varga responded to the council's harbor plan with a letter.")
                .person("Ilse Varga", "Ilse Varga").t("Last July", "2031-07").build();
        assertThat(align(List.of(a, b))).noneMatch(g -> g.status() == ClaimStatus.DISPUTED);
    }

    @Test
    void aPlanIsNoContradictionOfNotYet() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The Brenmoor trial data has not been submitted to the Kelmar regulator.")
                .loc("Brenmoor", "Brenmoor").loc("Kelmar", "Kelmar").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Brenmoor plans to submit the trial data to the Kelmar regulator with urgency.")
                .loc("Brenmoor", "Brenmoor").loc("Kelmar", "Kelmar").build();
        AnnotatedArticle c = Fixture.article("c", "Outlet Three", "2031-05-02")
                .s("Brenmoor submitted the trial data to the Kelmar regulator on Friday.")
                .loc("Brenmoor", "Brenmoor").loc("Kelmar", "Kelmar").build();
        assertThat(align(List.of(a, b))).noneMatch(g -> g.status() == ClaimStatus.DISPUTED);
        assertThat(align(List.of(a, c))).anyMatch(g -> g.status() == ClaimStatus.DISPUTED);
    }

    @Test
    void negatedPredicateIsTheWordTheDenialDenies() {
        assertThat(Lexicon.negatedPredicate("Trump has yet to directly respond to the change.")).isEqualTo("respond");
        assertThat(Lexicon.negatedPredicate("There has been no change to the policy."))
                .isEqualTo(Lexicon.key("change"));
        assertThat(Lexicon.negatedPredicate("The policy remains unchanged.")).isEqualTo(Lexicon.key("unchanged"));
        assertThat(Lexicon.negatedPredicate("Veldra has yet to authorize the mission."))
                .isEqualTo(Lexicon.key("approve"));
        assertThat(Lexicon.negatedPredicate("The port reopened on Monday.")).isNull();
    }
}
