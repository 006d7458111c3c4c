package org.crosscheck.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.quotes.CueScanner.Cue;
import org.junit.jupiter.api.Test;

/**
 * Reporting structures beyond "X said": passive agents after "by", clause and topic complements of any verb,
 * progressive speech verbs, "which" after an outlet, shares of a group, absolute clauses after "with", a subject
 * after an opening setting of speech ("In an interview, ..."), a first-person writer, more verbs that invert after
 * a comma, and stance verbs that report a position without making a quoted word a quotation. All sentences are
 * fictional.
 */
class ReportingStructureRulesTest {

    /** Each cue of the text as "cue word(s) -> source phrase". */
    private static List<String> cues(String text) {
        return cueList(text).stream().map(c -> c.cue().of(text) + " -> " + c.phrase().phrase().of(text)).toList();
    }

    private static List<Cue> cueList(String text) {
        return RuleQuoteExtractor.Analysis.of(TestDocs.annotated("t", text)).cues();
    }

    private static void noCues(String... texts) {
        for (String t : texts) {
            assertThat(cues(t)).as(t).isEmpty();
        }
    }

    @Test
    void passiveAgentAfterByIsTheSource() {
        assertThat(cues("The closure was first reported by the Valmora Gazette."))
                .containsExactly("reported by -> the Valmora Gazette");
        assertThat(cues("The levy has been criticized by several harbour pilots."))
                .containsExactly("criticized by -> several harbour pilots");
        assertThat(cues("The ferry plan, rejected by 64 percent of voters, is dead."))
                .containsExactly("rejected by -> 64 percent of voters");
    }

    @Test
    void byWithoutAnAgentOrAfterAnotherVerbIsNoCue() {
        // a means ("by counting"), a margin, and a verb that is neither speech nor stance
        noCues("Turnout was estimated by counting the ballots.", "The pier was damaged by the storm.",
                "Fares rose by 5 percent.");
    }

    @Test
    void anyVerbWithAClauseOrTopicReportsItsSubject() {
        assertThat(cues("Lena Marsh fretted that the levy would fail.")).containsExactly("fretted -> Lena Marsh");
        assertThat(cues("Lena Marsh left early. She has wavered about the ferry for months."))
                .containsExactly("wavered -> She");
        assertThat(cueList("Lena Marsh fretted that the levy would fail.")).singleElement()
                .satisfies(c -> assertThat(c.claimOnly()).isTrue());
    }

    @Test
    void clauseAfterAThingOrAnUnresolvedPronounIsNoCue() {
        // a thing as subject, a verb of meaning, and "she" with nobody named before
        noCues("The storm proved that the pier was weak.", "The delay means that the ferry stops.",
                "She fretted that the levy would fail.");
    }

    @Test
    void progressiveSpeechVerbIsTheClauseVerb() {
        assertThat(cues("Lena Marsh is urging the council to hold a second vote."))
                .containsExactly("urging -> Lena Marsh");
        noCues("The ferry is calling at Valmora twice a day.");
    }

    @Test
    void whichSpeaksForAnOutletButNotForAThing() {
        assertThat(cues("Readers learned of the closure from the Valmora Gazette, which reported it first."))
                .contains("reported -> Valmora Gazette, which");
        noCues("The old pier, which reported no damage to the inspectors, reopened.");
    }

    @Test
    void shareOfAGroupSpeaksForIt() {
        assertThat(cues("Nearly half said the levy was too high.")).containsExactly("said -> Nearly half");
        assertThat(cues("Two-thirds believe the ferry will return.")).containsExactly("believe -> Two-thirds");
    }

    @Test
    void absoluteClauseAfterWithCreditsItsSubject() {
        assertThat(cues("The council split on the levy, with Lena Marsh noting the cost of the new ferry to the town."))
                .containsExactly("noting -> Lena Marsh");
        // without "with" the name is an object of the clause before, not the participle's subject
        noCues("The council met Lena Marsh noting the cost of the new ferry to the town.");
    }

    @Test
    void subjectAfterASettingOfSpeechIsTheSource() {
        assertThat(cues("In an interview with the Valmora Gazette, Lena Marsh grew emotional over the levy."))
                .containsExactly("grew -> Lena Marsh");
        // an opening phrase that is no occasion of speech, and a name not right after the comma
        noCues("In the harbour, Lena Marsh grew emotional over the levy.",
                "In an interview last week the mayor of Valmora grew emotional over the levy.");
    }

    @Test
    void firstPersonWriterIsASource() {
        assertThat(cues("I argued that the levy was unfair to the dockers.")).containsExactly("argued -> I");
        // "I" inside a noun phrase's relative clause is not the subject of the sentence's report
        noCues("The ferry I argued for is gone.");
    }

    @Test
    void reportedInvertsAfterAComma() {
        assertThat(cues("The ferry will stop in May, reported the Valmora Gazette."))
                .containsExactly("reported -> the Valmora Gazette");
    }

    @Test
    void stanceVerbReportsAPositionNotAQuotation() {
        String t = "Lena Marsh rejected what she called a \"rushed\" levy.";
        assertThat(cueList(t)).anySatisfy(c -> {
            assertThat(c.cue().of(t)).isEqualTo("rejected");
            assertThat(c.claimOnly()).isTrue();
        });
    }
}
