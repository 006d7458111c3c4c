package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.api.Qualifier.EXACT;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * What makes two differently worded sentences one fact, and what keeps sentences about one cast apart: names lift
 * shared words but never stand in for them, the actor must be the same, figures must agree, a capital speaks for its
 * country, and the writer's closing reading of a fact is not compared. Fictional sentences only.
 */
class ParaphraseRulesTest {

    private final StoryClaimAligner aligner = new StoryClaimAligner();

    private List<ClaimGroup> align(List<AnnotatedArticle> docs) {
        return Fixture.align(aligner, docs);
    }

    private static boolean together(List<ClaimGroup> groups, String a, String b) {
        return groups.stream().anyMatch(g -> g.status() == ClaimStatus.CORROBORATED && g.articles().contains(a)
                && g.articles().contains(b));
    }

    /** An article of one sentence that names Tarsland, Ostmark and Veldra. */
    private static AnnotatedArticle threePlaces(String id, String outlet, String sentence) {
        return Fixture.article(id, outlet, "2031-05-02").s(sentence).loc("Tarsland", "Tarsland")
                .loc("Ostmark", "Ostmark").loc("Veldra", "Veldra").build();
    }

    /** An article of one sentence about Corran that states one figure. */
    private static AnnotatedArticle inCorran(String id, String outlet, String sentence, String figure, double value,
                                             String unit, Qualifier qualifier) {
        return Fixture.article(id, outlet, "2031-05-02").s(sentence).loc("Corran", "Corran")
                .q(figure, value, unit, qualifier).build();
    }

    /** Whether the claims of two one-sentence articles report different facts, whatever their similarity. */
    private boolean differentFacts(AnnotatedArticle a, AnnotatedArticle b) {
        List<Claim> claims = Fixture.claims(List.of(a, b));
        ClaimScores sim = new ClaimScores(aligner.state("s", claims, List.of()));
        return StoryClaimAligner.differentFacts(claims.get(0), claims.get(1), sim);
    }

    private List<ClaimFeatures> features(AnnotatedArticle doc) {
        return aligner.prepare(SourceProfiles.context(doc, null), Fixture.claims(List.of(doc))).features();
    }

    @Test
    void theSameCastWithFewSharedWordsIsTwoFacts() {
        // "strike" and "deep inside" are words of the whole story (all three articles use them); the two sentences
        // name the same three places and share nothing else
        AnnotatedArticle a = threePlaces("a", "Outlet One",
                "The decision to let Tarsland strike inside Ostmark with Veldra equipment follows months of "
                        + "internal debate among cautious ministers.");
        AnnotatedArticle b = threePlaces("b", "Outlet Two",
                "Tarsland plans to use Veldra rockets, which carry cameras and a payload of forty kilos, to hit "
                        + "depots deep inside Ostmark.");
        AnnotatedArticle c = Fixture.article("c", "Outlet Three", "2031-05-02")
                .s("Air crews can now strike bridges deep inside the border zone, Ostmark said.")
                .loc("Ostmark", "Ostmark").build();
        List<Claim> claims = Fixture.claims(List.of(a, b, c));
        ClaimScores sim = new ClaimScores(aligner.state("s", claims, List.of()));
        assertThat(sim.similarity(claims.get(0), claims.get(1))).isLessThan(StoryClaimAligner.THRESHOLD);
        assertThat(together(align(List.of(a, b, c)), "a", "b")).isFalse();
    }

    @Test
    void aParaphraseWithTheSameCastStillMeets() {
        AnnotatedArticle a = threePlaces("a", "Outlet One",
                "Veldra has allowed Tarsland to strike targets inside Ostmark with its long-range drones.");
        AnnotatedArticle b = threePlaces("b", "Outlet Two",
                "Veldra authorized Tarsland to use its long-range drones for attacks deep inside Ostmark.");
        assertThat(together(align(List.of(a, b)), "a", "b")).isTrue();
    }

    @Test
    void twoActorsDoingTheSameThingAreTwoFactsButAPassiveTurnIsOne() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("On Monday, Tarsland approved a loan of emergency funds to the Corran port authority.")
                .loc("Tarsland", "Tarsland").loc("Corran", "Corran").t("On Monday", "2031-05-01").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Ostmark approved a loan of emergency funds to the Corran port authority on Monday.")
                .loc("Ostmark", "Ostmark").loc("Corran", "Corran").t("on Monday", "2031-05-01").build();
        AnnotatedArticle c = Fixture.article("c", "Outlet Three", "2031-05-02")
                .s("A loan of emergency funds to the Corran port authority was approved by Tarsland on Monday.")
                .loc("Tarsland", "Tarsland").loc("Corran", "Corran").t("on Monday", "2031-05-01").build();
        assertThat(features(a).get(0).subject()).containsExactly("Tarsland");
        List<ClaimGroup> groups = align(List.of(a, b, c));
        assertThat(together(groups, "a", "b")).isFalse();
        assertThat(together(groups, "b", "c")).isFalse();
        assertThat(together(groups, "a", "c")).isTrue();
    }

    @Test
    void oneActorNamedInFullOrBySurnameIsOneActor() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("Within hours, Quist approved a loan of emergency funds to the Corran port authority.")
                .person("Quist", "Quist").loc("Corran", "Corran").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Governor Mara Quist approved a loan of emergency funds to the Corran port authority.")
                .person("Mara Quist", "Mara Quist").loc("Corran", "Corran").build();
        assertThat(features(a).get(0).subject()).containsExactly("Quist");
        assertThat(together(align(List.of(a, b)), "a", "b")).isTrue();
    }

    @Test
    void differentFiguresOfOneKindNeverCorroborate() {
        AnnotatedArticle a = inCorran("a", "Outlet One",
                "The package pays for 55 miles of new fence along the Corran river, the council said.",
                "55 miles", 55, "miles", EXACT);
        AnnotatedArticle b = inCorran("b", "Outlet Two",
                "That package has paid for some 234 miles of new fence along the Corran river.",
                "234 miles", 234, "miles", EXACT);
        AnnotatedArticle c = inCorran("c", "Outlet Three",
                "The package pays for 55 miles of new fence along the Corran river, engineers said.",
                "55 miles", 55, "miles", EXACT);
        List<Claim> claims = Fixture.claims(List.of(a, b, c));
        ClaimScores sim = new ClaimScores(aligner.state("s", claims, List.of()));
        assertThat(StoryClaimAligner.differentFacts(claims.get(0), claims.get(1), sim)).isTrue();
        assertThat(StoryClaimAligner.differentFacts(claims.get(0), claims.get(2), sim)).isFalse();
        assertThat(together(align(List.of(a, b, c)), "a", "b")).isFalse();
    }

    @Test
    void aPlanIsNoCountOfWhatIsDone() {
        AnnotatedArticle a = inCorran("a", "Outlet One",
                "The grant, as it stands, is enough to pave just 55 miles of road in Corran, the council said.",
                "55 miles", 55, "mi", EXACT);
        AnnotatedArticle b = inCorran("b", "Outlet Two",
                "The grant will pay for some 234 miles of road in Corran, an official told reporters.",
                "some 234 miles", 234, "mi", Qualifier.APPROXIMATELY);
        assertThat(align(List.of(a, b))).noneMatch(g -> g.status() == ClaimStatus.CORROBORATED
                && g.articles().containsAll(List.of("a", "b")));
    }

    @Test
    void aCapitalSpeaksForItsCountry() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("Moscow closed the Corran crossing after the floods.")
                .loc("Moscow", "Moscow").loc("Corran", "Corran").build();
        assertThat(features(a).get(0).entities()).contains("Moscow", "Russia", "Corran");
        assertThat(features(a).get(0).subject()).contains("Moscow", "Russia");
        assertThat(Lexicon.countryOfCapital("Corran")).isNull();
    }

    @Test
    void causeVerbsAreOneClassAndShortCountryFormsAreTheCountry() {
        assertThat(Lexicon.key("triggered")).isEqualTo(Lexicon.key("influenced")).isEqualTo(Lexicon.key("caused"))
                .isEqualTo(Lexicon.key("prompted")).isEqualTo("#cause");
        assertThat(Lexicon.key("followed")).isNotEqualTo("#cause");
        assertThat(Lexicon.nation("us")).isEqualTo("United States");
        assertThat(Lexicon.nation("britain")).isEqualTo("United Kingdom");
    }

    @Test
    void theWritersClosingReadingIsNotCompared() {
        assertThat(ClaimFeatures.withoutCommentary(
                "Tarsland drones hit a depot in Ostmark, suggesting a broader shift in strategy."))
                .isEqualTo("Tarsland drones hit a depot in Ostmark.");
        assertThat(ClaimFeatures.withoutCommentary("Tarsland drones hit a depot, the ministry said."))
                .isEqualTo("Tarsland drones hit a depot, the ministry said.");
        // inside a quotation the words are the speaker's own statement
        assertThat(ClaimFeatures.withoutCommentary("\"We hit the depot, showing our reach,\" the general said."))
                .isEqualTo("\"We hit the depot, showing our reach,\" the general said.");
    }
    @Test
    void aMeasureAndAStateChangeOfOneSubjectAreTwoFacts() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The port, the largest in Corran, handled 1.2 million containers last year.")
                .loc("Corran", "Corran").q("1.2 million containers", 1_200_000, "containers", EXACT).build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-03")
                .s("Corran's largest port was closed on Sunday during the strike.")
                .loc("Corran", "Corran").t("on Sunday", "2031-05-01").build();
        List<Claim> claims = Fixture.claims(List.of(a, b));
        assertThat(new ClaimScores(aligner.state("s", claims, List.of())).similarity(claims.get(0), claims.get(1)))
                .isPositive();
        assertThat(differentFacts(a, b)).isTrue();
        assertThat(together(align(List.of(a, b)), "a", "b")).isFalse();
    }

    @Test
    void aCountOfWhatTheOtherStatesWithTheSameVerbStaysComparable() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("More than 3,000 strikers gathered at the gates of the Corran harbour on Monday.")
                .loc("Corran", "Corran").q("More than 3,000 strikers", 3000, "strikers", Qualifier.MORE_THAN)
                .t("on Monday", "2031-05-01").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("Strikers gathered at the gates of the Corran harbour on Monday.")
                .loc("Corran", "Corran").t("on Monday", "2031-05-01").build();
        assertThat(differentFacts(a, b)).isFalse();
        assertThat(together(align(List.of(a, b)), "a", "b")).isTrue();
    }

    @Test
    void aPossibilityIsNoReportOfWhatWasDone() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The harbour master said the Port of Corran could divert ships to Ostrel if talks failed.")
                .loc("Port of Corran", "Port of Corran").loc("Ostrel", "Ostrel").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-04")
                .s("Ships bound for the Port of Corran were diverted to Ostrel on Sunday.")
                .loc("Port of Corran", "Port of Corran").loc("Ostrel", "Ostrel").t("on Sunday", "2031-05-03")
                .build();
        AnnotatedArticle c = Fixture.article("c", "Outlet Three", "2031-05-04")
                .s("Ships heading for the Port of Corran have been diverted to Ostrel since Sunday.")
                .loc("Port of Corran", "Port of Corran").loc("Ostrel", "Ostrel").t("Sunday", "2031-05-03")
                .build();
        List<ClaimFeatures> fa = features(a);
        assertThat(fa.get(0).possible()).isTrue();
        assertThat(fa.get(0).verb()).isEqualTo(Lexicon.key("divert"));
        assertThat(features(b).get(0).possible()).isFalse();
        List<ClaimGroup> groups = align(List.of(a, b, c));
        assertThat(together(groups, "a", "b")).isFalse();
        assertThat(together(groups, "a", "c")).isFalse();
        assertThat(together(groups, "b", "c")).isTrue();
    }

    @Test
    void aPlanAnnouncedInThePastIsNoPossibility() {
        // "announced that she would close": the reported "will", a plan stated, not a possibility
        String source = "Harbour master Ilse Brandt announced";
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s(source + " on Monday that she would close the Port of Corran to ships from Ostrel.")
                .attr(source, "Ilse Brandt", SourceKind.NAMED_PERSON).person("Ilse Brandt", "Ilse Brandt")
                .loc("Port of Corran", "Port of Corran").loc("Ostrel", "Ostrel").t("on Monday", "2031-05-01").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("The harbour master said the Port of Corran would divert ships to Ostrel if talks failed.")
                .loc("Port of Corran", "Port of Corran").loc("Ostrel", "Ostrel").build();
        assertThat(features(a).get(0).possible()).isFalse();
        assertThat(features(a).get(0).verb()).isEqualTo(Lexicon.key("close"));
        assertThat(features(b).get(0).possible()).isTrue();
    }

    @Test
    void aClosingPlaceAsideIsBackgroundNotTheFactReported() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The mayor banned official travel to Ostrel on Monday, where a new law lets shops refuse service "
                        + "to strikers.")
                .loc("Ostrel", "Ostrel").t("on Monday", "2031-05-01").build();
        ClaimFeatures f = features(a).get(0);
        assertThat(f.claim().negated()).isFalse();
        assertThat(f.keys()).contains(Lexicon.key("banned"), Lexicon.key("travel"))
                .doesNotContain(Lexicon.key("shops"), Lexicon.key("service"), Lexicon.key("strikers"));
    }
}
