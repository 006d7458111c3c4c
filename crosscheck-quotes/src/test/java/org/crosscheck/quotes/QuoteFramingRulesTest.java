package org.crosscheck.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Quote;
import org.junit.jupiter.api.Test;

/** The speaker rules for quotation shapes beyond "X said": each on a fictional sentence. */
class QuoteFramingRulesTest {

    private static List<Quote> quotes(String text) {
        List<Quote> qs = new RuleQuoteExtractor().extract(TestDocs.annotated("t", text));
        for (Quote q : qs) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            if (q.speakerSpan() != null) {
                assertThat(q.speakerSpan().start()).isGreaterThanOrEqualTo(0);
                assertThat(q.speakerSpan().end()).isLessThanOrEqualTo(text.length());
            }
        }
        return qs;
    }

    private static Quote only(String text, String inner) {
        return quotes(text).stream().filter(q -> q.text().startsWith(inner)).findFirst().orElseThrow();
    }

    private static List<Attribution> attributions(String text) {
        return new RuleAttributionExtractor().extract(TestDocs.annotated("t", text));
    }

    @Test
    void nameBrokenByALineBreakDoesNotThrow() {
        String t = "Harbour Report\nSample warned the council.\n\n“The pier will not hold,” Sample said.";
        assertThat(only(t, "The pier").speakerSpan()).isNotNull();
    }

    @Test
    void quotationInTheNextParagraphAfterABlankLineKeepsTheVoice() {
        String t = "“The ferry is late again,” Ivo Sample said.\n\n“Nobody has told us why.”\n\n"
                + "The port did not reply.";
        assertThat(only(t, "Nobody has").speaker()).isEqualTo("Ivo Sample");
    }

    @Test
    void weakCueRightAgainstAQuotationFrames() {
        String t = "Ivo Sample spoke first. “We will rebuild,” he continued.";
        assertThat(only(t, "We will").speaker()).isEqualTo("Ivo Sample");
        String colon = "Ann Example wrote to the board.\n\nShe continued:\n\n“The budget is not enough.”";
        assertThat(only(colon, "The budget").speaker()).isEqualTo("Ann Example");
    }

    @Test
    void loneSurnameOpeningTheSentenceWithSaid() {
        String t = "The vote was close. Brandvik said, “We lost by four votes.”";
        assertThat(only(t, "We lost").speakerSpan().of(t)).isEqualTo("Brandvik");
    }

    @Test
    void cueSplitIntoASentenceOfItsOwnAfterAQuestion() {
        String t = "“Is the bridge safe?” Sample asked the engineers in March, when the deck began to shake.";
        assertThat(only(t, "Is the bridge").speakerSpan().of(t)).isEqualTo("Sample");
        String reported = "“Is the bridge safe?” Sample said that the engineers had checked it.";
        assertThat(only(reported, "Is the bridge").speaker()).isNull();
    }

    @Test
    void ageUsedAsANounNamesTheSpeaker() {
        String t = "“We are ready for the season,” said the 46-year-old.";
        assertThat(only(t, "We are ready").speakerSpan().of(t)).isEqualTo("the 46-year-old");
    }

    @Test
    void phrasalVerbsFrameOnlyAQuotation() {
        String t = "“Not today,” Sample shot back.";
        assertThat(only(t, "Not today").speakerSpan().of(t)).isEqualTo("Sample");
        String on = "Ann Example went on to say: “The port needs a new crane.”";
        assertThat(only(on, "The port").speaker()).isEqualTo("Ann Example");
        assertThat(attributions("Ann Example went on a tour of the harbour last week.")).isEmpty();
        String putIt = "Or, as Ivo Sample, a former harbour master, put it: “The tide waits for nobody.”";
        assertThat(only(putIt, "The tide").speaker()).isEqualTo("Ivo Sample");
        assertThat(attributions("Ivo Sample put it on the table and left the harbour.")).isEmpty();
    }

    @Test
    void verbOpeningTheSentenceBeforeItsSubject() {
        String t = "Continued Ann Example: “We will not close the school.”";
        assertThat(only(t, "We will not").speaker()).isEqualTo("Ann Example");
        String comma = "Said Sample, “The tide is rising.”";
        assertThat(only(comma, "The tide").speaker()).isEqualTo("Sample");
    }

    @Test
    void pronounAfterASentenceAdverb() {
        String t = "“The storm passed,” Ann Example said. Then she added: “There is always another one.”";
        assertThat(only(t, "There is always").speakerSpan().of(t)).isEqualTo("she");
    }

    @Test
    void appositivesWithInitialsAgesPartyTagsAndBrackets() {
        String a = "“It works,” Ann B. Example, director of the Example Policy Center, said.";
        assertThat(only(a, "It works").speaker()).isEqualTo("Ann B. Example");
        String b = "“It works,” Tova Example, 35, the daughter of a former mayor, said on Monday.";
        assertThat(only(b, "It works").speaker()).isEqualTo("Tova Example");
        String c = "“It works,” Majority Leader Ivo Example, R-Ky., said.";
        assertThat(only(c, "It works").speakerSpan().of(c)).isEqualTo("Ivo Example");
        String d = "“It works,” Rep. Ivo Example (R-Ohio), a member of the panel, said.";
        assertThat(only(d, "It works").speaker()).isEqualTo("Ivo Example");
    }

    @Test
    void prepositionAfterAnInvertedVerbIsNoSource() {
        assertThat(attributions("The plan is dead, said on Monday by nobody in particular."))
                .noneMatch(x -> "Monday".equals(x.source()));
    }

    @Test
    void participleHandsTheQuotationToTheSubject() {
        String t = "The mayor toured the pier. Sample left the stage, telling reporters, “We will be back.”";
        assertThat(only(t, "We will be back").speakerSpan().of(t)).isEqualTo("Sample");
        String before = "On Tuesday, Ann Example deflected questions before saying, “The pier reopens in May.”";
        assertThat(only(before, "The pier reopens").speaker()).isEqualTo("Ann Example");
        String after = "Ann Example and Ivo Sample will meet next week, Marchetti said, adding, "
                + "“They need a long talk about tolls.”";
        assertThat(only(after, "They need").speakerSpan().of(after)).isEqualTo("Marchetti");
        String direct = "The ad shows footage of Ann Example asking, “Why not now?”";
        assertThat(only(direct, "Why not").speaker()).isEqualTo("Ann Example");
    }

    @Test
    void signatureDashAfterAQuotation() {
        String t = "“We owe them nothing.” ― Carla Example\n“The harbour must stay open.” ― Ivo Sample";
        assertThat(only(t, "We owe").speaker()).isEqualTo("Carla Example");
        assertThat(only(t, "The harbour").speaker()).isEqualTo("Ivo Sample");
    }

    @Test
    void nameAndColonOpenAQuotationButAHeadingDoesNot() {
        String t = "Pollsters agree - Ann Example: “Count the ballots twice.”";
        assertThat(only(t, "Count the").speaker()).isEqualTo("Ann Example");
        assertThat(only("UPDATE: “The road is closed.”", "The road").speaker()).isNull();
    }

    @Test
    void pastTenseVerbOutsideTheLexiconFramesAQuotationItTouches() {
        String t = "“Would the toll be lowered?” Brandvik pressed. “Maybe in spring.”";
        assertThat(only(t, "Would the toll").speakerSpan().of(t)).isEqualTo("Brandvik");
        String colon = "Solberg resisted: “The council has no such power.”";
        assertThat(only(colon, "The council").speakerSpan().of(colon)).isEqualTo("Solberg");
        assertThat(attributions("Ann Example arrived late. The ferry departed on time.")).isEmpty();
    }

    @Test
    void colonAfterAPredicateHandsTheQuotationToTheSubject() {
        String t = "In a radio interview later that day, Ivo Example went even further: "
                + "“It is the end of the plan.”";
        assertThat(only(t, "It is the end").speaker()).isEqualTo("Ivo Example");
    }

    @Test
    void colonDefersToASpeechVerbAndOpenersAreNoSubjects() {
        String t = "Ivo Sample will use the ferry meeting to reopen the pier, Marchetti said: “He wants it by May.”";
        assertThat(only(t, "He wants").speakerSpan().of(t)).isEqualTo("Marchetti");
        String once = "Once in my twenties, I shrugged and said, “The boat will float.”";
        assertThat(only(once, "The boat").speaker()).isNull();
        String yells = "Ann Example ran to the pier. “Did you see him?” she yells while running.";
        assertThat(only(yells, "Did you").speakerSpan().of(yells)).isEqualTo("she");
    }

    @Test
    void coordinatedAndInfinitiveSpeechVerbs() {
        String t = "Ann Example confirmed the delay and said, “The pumps are failing.”";
        assertThat(only(t, "The pumps").speaker()).isEqualTo("Ann Example");
        String inf = "Ivo Sample went so far as to say: “The old harbour has had its day.”";
        assertThat(only(inf, "The old harbour").speaker()).isEqualTo("Ivo Sample");
    }

    @Test
    void surnamesThatAreAlsoTitlesAndDoubledApostropheMarks() {
        String t = "Ivo Prince runs the port.\n\n''It is risky to move the cranes now,'' Mr. Prince said.";
        assertThat(only(t, "It is risky").speakerSpan().of(t)).isEqualTo("Prince");
    }

    @Test
    void noBreakSpacesAndAMissingSpaceAfterAFullStop() {
        String t = "“It is risky,” Sample\u00a0said.";
        assertThat(only(t, "It is risky").speakerSpan().of(t)).isEqualTo("Sample");
        String glued = "“The deck is cracked,” Sample said.Sample claimed the repair was cheap.";
        assertThat(only(glued, "The deck").speakerSpan().of(glued)).isEqualTo("Sample");
    }

    /** Seeded jumbles of the marks and words these rules react to: no exception, every offset inside the text. */
    @Test
    void jumblesOfTheTriggeringPiecesNeverThrow() {
        String[] pieces = {"“", "”", "\"", "''", "``", "‘", "’", " ― ", " — ", " - ", ":", ",", ".", "?", " ",
            "\n",
            "\n\n", "\u00a0", "(", ")", "R-Ky.", "35", "Said", "said", "Continued", "continued", "shot", "back",
            "went", "on", "to", "say", "and", "before", "telling", "saying", "reporters", "pressed", "Mr.", "Prince",
            "Ann", "B.", "Example", "she", "he", "Then", "the", "46-year-old", "UPDATE", "In", "a", "statement"};
        Random r = new Random(20261121L);
        RuleQuoteExtractor qx = new RuleQuoteExtractor();
        RuleAttributionExtractor ax = new RuleAttributionExtractor();
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(40);
            for (int k = 0; k < len; k++) {
                b.append(pieces[r.nextInt(pieces.length)]);
                if (r.nextInt(3) == 0) {
                    b.append(' ');
                }
            }
            String t = b.toString();
            if (t.isBlank()) {
                continue;
            }
            for (AnnotatedArticle doc : List.of(TestDocs.annotated("f", t), TestDocs.bare(t))) {
                for (Quote q : qx.extract(doc)) {
                    assertThat(q.start()).isBetween(0, q.end());
                    assertThat(q.end()).isLessThanOrEqualTo(t.length());
                    if (q.speakerSpan() != null) {
                        assertThat(q.speakerSpan().start()).isGreaterThanOrEqualTo(0);
                        assertThat(q.speakerSpan().end()).isLessThanOrEqualTo(t.length());
                    }
                }
                for (Attribution a : ax.extract(doc)) {
                    assertThat(a.start()).isBetween(0, a.end());
                    assertThat(a.end()).isLessThanOrEqualTo(t.length());
                }
            }
        }
    }

    @Test
    void heAndSheSkipANameOfTheOtherGender() {
        String t = "Mary Example met John Sample at the pier. “We agreed on the plan,” she said.";
        assertThat(only(t, "We agreed").speaker()).isEqualTo("Mary Example");
        String he = "Mary Example met John Sample at the pier. “We agreed on the plan,” he said.";
        assertThat(only(he, "We agreed").speaker()).isEqualTo("John Sample");
    }
}
