package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void inflectionsShareAStem() {
        assertThat(Lexicon.stem("authorized")).isEqualTo(Lexicon.stem("authorize"));
        assertThat(Lexicon.stem("strikes")).isEqualTo(Lexicon.stem("strike"));
        assertThat(Lexicon.stem("hitting")).isEqualTo("hit");
        assertThat(Lexicon.stem("policies")).isEqualTo("policy");
    }

    @Test
    void paraphrasesOfOneNewsVerbMeet() {
        assertThat(Lexicon.key("authorized")).isEqualTo(Lexicon.key("approved"))
                .isEqualTo(Lexicon.key("allowing")).isEqualTo(Lexicon.key("permission"));
        assertThat(Lexicon.key("deployed")).isEqualTo(Lexicon.key("stationed")).isEqualTo(Lexicon.key("sent"));
        assertThat(Lexicon.key("attacks")).isEqualTo(Lexicon.key("strike"));
        assertThat(Lexicon.key("bridge")).isNotEqualTo(Lexicon.key("approved"));
        assertThat(Lexicon.key("policy")).isEqualTo(Lexicon.key("stance"));
        assertThat(Lexicon.key("policies")).isNotEqualTo(Lexicon.key("decisions"));
    }

    @Test
    void aFunctionWordWithAContractedVerbIsNoContentButAPossessiveNameIs() {
        assertThat(Lexicon.isContent("that's")).isFalse();
        assertThat(Lexicon.isContent("there's")).isFalse();
        assertThat(Lexicon.contentKeys("There's a chance the port's crane failed")).doesNotContain("there")
                .contains(Lexicon.key("port's"), Lexicon.key("chance"));
        assertThat(Lexicon.isContent("varga's")).isTrue();
    }

    @Test
    void aDeniedVerbEndingInLyIsNoAdverb() {
        assertThat(Lexicon.negatedPredicate("The port refused to supply the fleet with fuel."))
                .isEqualTo(Lexicon.key("supply"));
        assertThat(Lexicon.negatedPredicate("The mayor has yet to reply to the letter.")).isEqualTo(Lexicon.key("reply"));
        assertThat(Lexicon.negatedPredicate("The union has not formally approved the deal."))
                .isEqualTo(Lexicon.key("approved"));
    }

    @Test
    void negationCuesAreFoundButBackgroundClausesAndAdditionsAreNot() {
        assertThat(Lexicon.isNegated("The ministry has yet to approve the plan.")).isTrue();
        assertThat(Lexicon.isNegated("Officials said there was no change in policy.")).isTrue();
        assertThat(Lexicon.isNegated("The council declined to comment on the vote.")).isTrue();
        assertThat(Lexicon.isNegated("The policy remains unchanged, the office said.")).isTrue();
        assertThat(Lexicon.isNegated("The mayor didn't sign the order.")).isTrue();
        assertThat(Lexicon.isNegated("Veldra approved the mission on Monday.")).isFalse();
        assertThat(Lexicon.isNegated("The move is not only costly but also slow.")).isFalse();
        assertThat(Lexicon.isNegated("While Ostmark has not yet responded, its allies condemned the move."))
                .isFalse();
        assertThat(Lexicon.isNegated("North of the river, crews worked overnight.")).isFalse();
        // a relative aside states a background fact: its negation is not the statement's
        assertThat(Lexicon.isNegated("The mayor banned travel to Ostrel, where a new law lets shops deny service "
                + "to strikers.")).isFalse();
        assertThat(Lexicon.isNegated("The minister, who did not attend, approved the closure.")).isFalse();
        assertThat(Lexicon.isNegated("The minister, who attended, did not approve the closure.")).isTrue();
        // a closing condition says what would happen; a negation before it still denies
        assertThat(Lexicon.isNegated("The council should back the harbor plan, and if it does not pass, there "
                + "should be no levy.")).isFalse();
        assertThat(Lexicon.isNegated("The union will not strike unless the port cuts wages.")).isTrue();
        assertThat(Lexicon.isNegated("It looks as if nothing changed at the Corran port.")).isTrue();
        // a reported clause that opens on its condition: the statement is what follows the condition
        assertThat(Lexicon.isNegated("The senator said that if the port is not reopened, the levy should rise."))
                .isFalse();
        assertThat(Lexicon.isNegated("The senator said that if the port reopens, the levy should not rise."))
                .isTrue();
    }

    @Test
    void contentKeysDropStopWordsReportingVerbsAndNumbers() {
        assertThat(Lexicon.contentKeys("The officials said that 2,000 engineers were sent."))
                .containsExactly("engineer", Lexicon.key("sent"));
    }

    @Test
    void hedgesAndReportingFormsAreNotContent() {
        assertThat(Lexicon.contentKeys("The move appears particularly aimed at the bridge, suggesting a shift."))
                .containsExactly(Lexicon.key("move"), Lexicon.key("aimed"), "bridg", Lexicon.key("shift"));
    }

    @Test
    void aCurlyPossessiveHasTheKeyOfAStraightOne() {
        assertThat(Lexicon.key("Kyiv’s")).isEqualTo(Lexicon.key("Kyiv's")).isEqualTo(Lexicon.key("kyiv"));
        assertThat(Lexicon.stem("Ostmark’s")).isEqualTo("ostmark");
    }

    @Test
    void aRequestAsksForTheRestOfItsClauseButADocumentStatesWhatItCallsFor() {
        String asked = "The mayor urged permission to open the bridge, aides said.";
        int[] span = Lexicon.requested(asked);
        assertThat(span).isNotNull();
        assertThat(asked.substring(span[0], span[1])).isEqualTo("urged permission to open the bridge");
        assertThat(Lexicon.requested("The bill calls for new screening at the border.")).isNull();
        assertThat(Lexicon.requested("The council approved the plan on Monday.")).isNull();
    }

    @Test
    void anExpectationWithItsOwnSubjectIsAskedForButAForecastIsNot() {
        String wish = "The chairs wrote they expect the governor to publish the audit immediately.";
        int[] span = Lexicon.requested(wish);
        assertThat(span).isNotNull();
        assertThat(wish.substring(span[0], span[1])).isEqualTo("expect the governor to publish the audit immediately");
        assertThat(Lexicon.requested("The governor is expected to publish more of the audit.")).isNull();
        assertThat(Lexicon.requested("The audit was expected by the chairs to be published.")).isNull();
        assertThat(Lexicon.requested("Don\u2019t expect the governor to leave the stage quietly.")).isNull();
        assertThat(Lexicon.requested("The governor published the unexpected audit to the council.")).isNull();
    }

    @Test
    void backgroundIsALeadingSceneSetterARelativeAsideOrAClosingTimeAdjunct() {
        assertThat(background("After the vote, the mayor left the hall.")).containsExactly("After the vote,");
        assertThat(background("The mayor, who won in 2029, left the hall."))
                .containsExactly(", who won in 2029");
        assertThat(background("The mayor has defended the law ever since the council passed it."))
                .containsExactly(" ever since the council passed it.");
        assertThat(background("Unions left the hall after the video was released."))
                .containsExactly(" after the video was released.");
        // the circumstance a sentence reports, and a reported clause after the adjunct, are no background
        assertThat(background("The decision comes after troops arrived in the port.")).isEmpty();
        assertThat(background("The mayor said after the hearing that the law would stand.")).isEmpty();
        assertThat(background("While the council met, the mayor left the hall.")).isEmpty();
    }

    private static java.util.List<String> background(String s) {
        return Lexicon.backgroundSpans(s).stream().map(sp -> s.substring(sp[0], sp[1])).toList();
    }

    @Test
    void nationalityWordsNameTheirCountry() {
        assertThat(Lexicon.nation("british")).isEqualTo("United Kingdom");
        assertThat(Lexicon.nation("russians")).isEqualTo("Russia");
        assertThat(Lexicon.nation("chinese")).isEqualTo("China");
        assertThat(Lexicon.nation("korean")).as("North or South").isNull();
        assertThat(Lexicon.nation("minister")).isNull();
    }

    @Test
    void unitFamiliesGroupCountedNouns() {
        assertThat(Lexicon.unitFamily("troops")).isEqualTo(Lexicon.unitFamily("soldiers"))
                .isEqualTo(Lexicon.unitFamily("forces"));
        assertThat(Lexicon.unitFamily("km")).isEqualTo(Lexicon.unitFamily("miles"));
        assertThat(Lexicon.unitFamily("engineers")).isNotEqualTo(Lexicon.unitFamily("troops"));
        assertThat(Lexicon.baseValue(10, "mi")).isBetween(16.0, 16.2);
        assertThat(Lexicon.unitFamily(null)).isEmpty();
    }

    @Test
    void oddInputIsHarmless() {
        assertThat(Lexicon.words(null)).isEmpty();
        assertThat(Lexicon.contentKeys("")).isEmpty();
        assertThat(Lexicon.isNegated(null)).isFalse();
        assertThat(Lexicon.stem("a")).isEqualTo("a");
    }
}
