package org.crosscheck.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.api.Quote;
import org.junit.jupiter.api.Test;

/**
 * Who a "he" or "she" that speaks refers to ({@link Antecedents}): the subject or speaker in focus, not the nearest
 * name. Each rule has a case where the nearest name is wrong and one where it is right.
 */
class AntecedentRulesTest {

    private final RuleQuoteExtractor x = new RuleQuoteExtractor();

    /** The speaker the last quotation in the text is credited to. */
    private String speakerOfLast(String text) {
        List<Quote> qs = x.extract(TestDocs.annotated("t", text));
        assertThat(qs).isNotEmpty();
        Quote last = qs.get(qs.size() - 1);
        assertThat(last.speakerSpan()).isNotNull();
        return last.speaker();
    }

    @Test
    void subjectOverThePeopleItActsOn() {
        assertThat(speakerOfLast("Dario Fenwick attacked Tomas Verlaine and Pola Marchetti on Monday.\n"
                + "“The budget is a fraud,” he said.")).isEqualTo("Dario Fenwick");
        // the old nearest-name rule is what it replaces: with no subject in reach the nearest name still stands
        assertThat(speakerOfLast("The prize went to Tomas Verlaine.\n“I never expected it,” he said."))
                .isEqualTo("Tomas Verlaine");
    }

    @Test
    void aPossessiveIsNoSubject() {
        assertThat(speakerOfLast("Dario Fenwick has not answered Tomas Verlaine’s letter, although he kept writing "
                + "to the council.\n“We will not negotiate,” he wrote.")).isEqualTo("Dario Fenwick");
    }

    @Test
    void aPersonNamedOnlyAsAnObjectIsNewsWhenNoPronounKeepsTheFocus() {
        // a sentence that names someone as an object, and no "he" in it: the quotation is the newcomer's
        assertThat(speakerOfLast("Dario Fenwick spoke first at the rally. The crowd then cheered for Tomas Verlaine,"
                + " a retired welder.\n“I never expected this,” he said.")).isEqualTo("Tomas Verlaine");
        // the same object in a sentence whose "He" continues the subject before it
        assertThat(speakerOfLast("Dario Fenwick spoke first at the rally. He thanked Tomas Verlaine for the "
                + "invitation.\n“This town deserves better,” he said.")).isEqualTo("Dario Fenwick");
    }

    @Test
    void theOneAskedAnswers() {
        assertThat(speakerOfLast("Dario Fenwick asked Tomas Verlaine whether the bridge would reopen.\n"
                + "“Not before spring,” he said.")).isEqualTo("Tomas Verlaine");
        assertThat(speakerOfLast("Dario Fenwick told Tomas Verlaine that the bridge would reopen.\n"
                + "“Not before spring,” he said.")).isEqualTo("Dario Fenwick");
        assertThat(speakerOfLast("Tomas Verlaine was asked about the bridge by Dario Fenwick.\n"
                + "“Not before spring,” he said.")).isEqualTo("Tomas Verlaine");
    }

    @Test
    void theSpeakerOutranksTheSubjectOfWhatHeReports() {
        assertThat(speakerOfLast("Dario Fenwick said Tomas Verlaine broke the harbour rules.\n"
                + "“Nobody is above them,” he said.")).isEqualTo("Dario Fenwick");
        // though not a speaker inside a "that" clause
        assertThat(speakerOfLast("Dario Fenwick pointed out that Tomas Verlaine had reported the leak in June.\n"
                + "“Nobody listened,” he said.")).isEqualTo("Dario Fenwick");
    }

    @Test
    void aSubjectInAnOpeningWhenClauseIsNotTheMainOne() {
        assertThat(speakerOfLast("When Tomas Verlaine defended the levy, Dario Fenwick objected.\n"
                + "“It is theft,” he said.")).isEqualTo("Dario Fenwick");
        assertThat(speakerOfLast("Tomas Verlaine defended the levy, and Dario Fenwick objected.\n"
                + "“It is fair,” he said.")).isEqualTo("Tomas Verlaine");
    }

    @Test
    void aSurnameKeepsTheGenderItsHonorificShowedElsewhere() {
        // "Brandvold" alone has no given name; "Mrs. Runa Brandvold" earlier makes her a woman, so "he" skips her
        assertThat(speakerOfLast("Mrs. Runa Brandvold chaired the hearing. Dario Fenwick testified first. "
                + "Brandvold questioned him for an hour.\n“The numbers add up,” he said."))
                .isEqualTo("Dario Fenwick");
        assertThat(speakerOfLast("Mrs. Runa Brandvold chaired the hearing. Dario Fenwick testified first. "
                + "Brandvold questioned him for an hour.\n“The numbers never added up,” she said."))
                .isEqualTo("Runa Brandvold");
    }

    @Test
    void aNameWithItsPlaceOpeningTheSentenceIsItsSubject() {
        // "Tomas Verlaine from Millbrook walked": no verb right after the name, yet it opens the sentence as subject
        assertThat(speakerOfLast("Dario Fenwick, a farmer, praised the plan. Tomas Verlaine from Millbrook walked "
                + "out of the meeting, as he had promised.\n“It is a giveaway,” he said."))
                .isEqualTo("Tomas Verlaine");
        // a surname used as a modifier does not open the sentence as its subject
        assertThat(speakerOfLast("Dario Fenwick opened the session. Fenwick spokesman Ivo Lindqvist declined to "
                + "comment.\n“Not today,” he said.")).isEqualTo("Ivo Lindqvist");
    }

    @Test
    void subjectTestOnItsOwn() {
        String t = "Ann Example, the mayor, said it. Then Ann Example’s aide left, and Bo Other supporters chanted.";
        assertThat(Antecedents.subject(t, span(t, "Ann Example", 0))).isTrue();
        assertThat(Antecedents.subject(t, span(t, "Ann Example", 1))).isFalse();
        assertThat(Antecedents.subject(t, span(t, "Bo Other", 0))).isFalse();
        String u = "His wife, Ann, offered a preview; critics of Bo Other also spoke.";
        assertThat(Antecedents.subject(u, span(u, "Ann", 0))).isTrue();
        assertThat(Antecedents.subject(u, span(u, "Bo Other", 0))).isFalse();
    }

    private static org.crosscheck.api.Span span(String text, String s, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(s, at + 1);
        }
        return new org.crosscheck.api.Span(at, at + s.length());
    }
}
