package org.crosscheck.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Quote;
import org.crosscheck.quotes.CueScanner.Cue;
import org.junit.jupiter.api.Test;

/**
 * Cues that report a claim without speech around it: a participle clause after its subject's own clause, a figure
 * "in" a named poll, "according to" an account no source noun heads, a name and colon opening a headline, and a
 * document with a postmodifier as a subject; and verbs of stance (support, seek, back) with a person as subject.
 * All sentences are fictional.
 */
class ClaimCueRulesTest {

    /** Each cue of the text as "cue word(s) -> source phrase". */
    private static List<String> cues(String text) {
        RuleQuoteExtractor.Analysis a = RuleQuoteExtractor.Analysis.of(TestDocs.annotated("t", text));
        return a.cues().stream().map(c -> c.cue().of(text) + " -> " + c.phrase().phrase().of(text)).toList();
    }

    /** None of the texts has a cue. */
    private static void noCues(String... texts) {
        for (String t : texts) {
            assertThat(cues(t)).as(t).isEmpty();
        }
    }

    private static List<Cue> cueList(String text) {
        return RuleQuoteExtractor.Analysis.of(TestDocs.annotated("t", text)).cues();
    }

    @Test
    void participleAfterACommaReportsTheSubject() {
        String t = "Governor Lena Marsh toured the harbour on Monday, saying the plan would cost the town its ferry.";
        assertThat(cues(t)).containsExactly("saying -> Governor Lena Marsh");
        assertThat(cueList(t)).singleElement().satisfies(c -> assertThat(c.claimOnly()).isTrue());
        List<Attribution> as = new RuleAttributionExtractor().extract(TestDocs.annotated("t", t));
        assertThat(as).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("Lena Marsh");
            assertThat(a.content().of(t)).isEqualTo("the plan would cost the town its ferry");
        });
        assertThat(cues("She toured the docks and calling the delay a scandal, left early."))
                .containsExactly("calling -> She");
    }

    @Test
    void participleRightAfterANounIsNotACue() {
        // the participle describes the voters; the second has nothing reported after it
        noCues("The survey left 30 percent of voters saying they had no view.", "Lena Marsh left the room, smiling.");
    }

    @Test
    void figuresInANamedPollAreCreditedToIt() {
        String t = "In a Valmora Gazette poll released Monday, 41 percent of voters backed the ferry.";
        assertThat(cues(t)).contains("In -> a Valmora Gazette poll");
        assertThat(cues("Lena Marsh took 6 percent in a new statewide survey of likely voters."))
                .contains("in -> a new statewide survey");
    }

    @Test
    void standingInThePollsInGeneralIsNotACue() {
        noCues("Lena Marsh still leads in the polls ahead of the primary.", "She runs third in most surveys.",
                "The ferry docks in a small harbour.");
    }

    @Test
    void accordingToAnAccountNoSourceNounHeads() {
        String t = "The ferry sank in 1911, according to Marsh's account of the voyage.";
        assertThat(cues(t)).containsExactly("according to -> Marsh's account of the voyage");
        // the stretch ends where a clause begins
        assertThat(cues("The pier closed, according to what the harbour master wrote that winter."))
                .allSatisfy(c -> assertThat(c).doesNotContain("that winter"));
    }

    @Test
    void accordingToAnAccountDoesNotMakeAScareQuoteAQuote() {
        String t = "The levy would raise $2 billion, according to the \"harbour first\" plan she released.";
        List<Quote> quotes = new RuleQuoteExtractor().extract(TestDocs.annotated("t", t));
        assertThat(quotes).isEmpty();
    }

    @Test
    void aDocumentWithAShortPostmodifierIsTheSubject() {
        assertThat(cues("A survey by the institute last month found that most voters backed the ferry."))
                .contains("found -> A survey by the institute last month");
        assertThat(cues("The report published Tuesday showed the pier was never inspected."))
                .contains("showed -> The report published Tuesday");
    }

    @Test
    void aDocumentNounInsideAClauseIsNotTheSubject() {
        // a relative clause or a comma cuts the document off from the verb
        noCues("The survey that the council ordered found nothing.",
                "After a survey by the institute last month, the mood found no outlet.");
    }

    @Test
    void stanceOfAPersonIsAttributedButNotOfAThing() {
        assertThat(cues("Lena Marsh supported the harbour levy.")).containsExactly("supported -> Lena Marsh");
        assertThat(cues("Lena Marsh spoke first. She sought a delay of the vote.")).containsExactly("sought -> She");
        // not with a thing as subject; a passive credits the person after "by", never its subject
        noCues("The new pier supported the weight of two ferries.");
        assertThat(cues("The levy was backed by Lena Marsh.")).containsExactly("backed by -> Lena Marsh");
    }

    @Test
    void headlineNameAndColonCreditTheClaim() {
        String t = "Lena Marsh: The harbour plan would bankrupt the town.\n\nThe governor spoke in Valmora.";
        assertThat(cues(t)).contains(": -> Lena Marsh");
    }

    @Test
    void colonAfterAnythingButANameIsNotACue() {
        // a common noun, a shouted label, and a name before too short a claim
        noCues("The verdict: the harbour plan would bankrupt the town.",
                "UPDATE: The harbour plan was withdrawn on Friday.", "Lena Marsh: A closing surge.");
    }
}
