package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Claim;
import org.crosscheck.api.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * Where a sentence divides into claim units, and where it must not: the general clause boundaries of news English,
 * and the phrases that only look like them. Fictional sentences only.
 */
class ClausesTest {

    /** The units of a sentence, as text, when every part names something checkable. */
    private static List<String> units(String sentence) {
        return Clauses.split(sentence, u -> true).stream().map(u -> sentence.substring(u.start(), u.end())).toList();
    }

    @Test
    void aUnitReadsAsASentenceOfItsOwn() {
        assertThat(Clauses.readable("as the ferry strike spread, the Corran Gazette reported on Monday,"))
                .isEqualTo("As the ferry strike spread, the Corran Gazette reported on Monday.");
        assertThat(Clauses.readable("The Corran ferry was halted on Sunday")).isEqualTo("The Corran ferry was halted on Sunday.");
        assertThat(Clauses.readable("Fares rose 4%")).isEqualTo("Fares rose 4%.");
        assertThat(Clauses.readable("\"We will sail,\" the captain said.")).isEqualTo("\"We will sail,\" the captain said.");
        assertThat(Clauses.readable("Is the ferry running?")).isEqualTo("Is the ferry running?");
        assertThat(Clauses.readable(" , ")).isEqualTo(",");
    }

    /** Asserts how each unit, at even places, reads on its own: the text after it. */
    private static void reads(String... unitThenShown) {
        for (int i = 0; i < unitThenShown.length; i += 2) {
            assertThat(Clauses.readable(unitThenShown[i])).isEqualTo(unitThenShown[i + 1]);
        }
    }

    @Test
    void aCutSubordinateClauseReadsWithoutItsConnective() {
        reads("while representatives of the council declined to comment.",
                "Representatives of the council declined to comment.",
                "after dockworkers walked off the job at the Port of Tarsk",
                "Dockworkers walked off the job at the Port of Tarsk.",
                "as ferries and trains halted service to the capital, Corran, on Monday.",
                "Ferries and trains halted service to the capital, Corran, on Monday.",
                // a sentence's own opening clause, and a leading clause with its main clause after the comma, keep
                // their connective
                "While the port was closed, the ferry sailed from Tarsk.",
                "While the port was closed, the ferry sailed from Tarsk.",
                "after the port was closed, the union said it would strike",
                "After the port was closed, the union said it would strike.");
    }

    @Test
    void aTimeMeasuredToAnEventGoesWithItsConnective() {
        // "X, a few hours after Y": a cut at "after" would leave "X, a few hours" as the main clause
        String main = "The Corran council reiterated on Monday that it opposes the strike";
        assertThat(units(main + ", a few hours after the union said it would walk out.")).containsExactly(main,
                "a few hours after the union said it would walk out.");
        assertThat(units("The Corran council issued a statement shortly after the union walked off the job."))
                .containsExactly("The Corran council issued a statement",
                        "shortly after the union walked off the job.");
        reads("a few hours after the union said it would walk out.", "The union said it would walk out.");
        // "last year" is the time of the main clause, not a measure; "the day after" is a noun phrase
        assertThat(units("The Corran council closed the ferry last year after the union walked off the job."))
                .containsExactly("The Corran council closed the ferry last year",
                        "after the union walked off the job.");
        assertThat(units("The Corran council closed the ferry the day after the union walked off the job."))
                .hasSize(1);
        // a connective before a phrase, not a clause, keeps its place
        reads("after the discovery of the Corran council's messages", "After the discovery of the Corran council's "
                + "messages.");
    }

    @Test
    void aCauseStaysWithWhatItExplains() {
        String main = "The council closed the Corran ferry on Monday ";
        assertThat(units(main + "because the union walked off the job at the port.")).hasSize(1);
        assertThat(units(main + "after the union walked off the job at the port.")).hasSize(2);
    }

    @Test
    void aSentenceOfALongerQuotationShowsBalancedMarks() {
        String said = "It simply follows the charter that the Corran council signed in 1990.";
        reads(said + "\u201d", "\u201c" + said + "\u201d",
                said + "\"", "\"" + said + "\"",
                "\"I applaud the crews who kept the Corran ferry running.",
                "\"I applaud the crews who kept the Corran ferry running.\"",
                "\u201cNo,\u201d the captain said, adding later: \u201cWe sail on Monday.",
                "\u201cNo,\u201d the captain said, adding later: \u201cWe sail on Monday.\u201d",
                // balanced marks, in one style or mixed, are left as they are
                "\u201cWe will sail,\" the captain of the Corran ferry said.",
                "\u201cWe will sail,\" the captain of the Corran ferry said.",
                "The captain called the strike \"a mistake\" on Monday.",
                "The captain called the strike \"a mistake\" on Monday.",
                // a mark typed twice is one
                "\"\"We will sail,\" the captain of the Corran ferry said.",
                "\"\"We will sail,\" the captain of the Corran ferry said.");
    }

    @Test
    void wouldAfterAPastReportingVerbIsAPlan() {
        String plan = "he would close the Port of Corran to ships from Ostrel";
        assertThat(Clauses.predicate(plan, true).possible()).isFalse();
        assertThat(Clauses.predicate(plan, false).possible()).isTrue();
        String port = "The minister %s the Port of Corran %s reopen %s";
        assertThat(Clauses.predicate(port.formatted("said", "would", "on Monday")).possible()).isFalse();
        // a present reporting verb leaves "would" hypothetical, and "could" or an "if" clause stays a possibility
        assertThat(Clauses.predicate(port.formatted("says", "would", "on Monday")).possible()).isTrue();
        assertThat(Clauses.predicate(port.formatted("said", "could", "on Monday")).possible()).isTrue();
        assertThat(Clauses.predicate(port.formatted("said", "would", "if the strike ended")).possible()).isTrue();
    }

    @Test
    void coordinatedMainClausesAreTwoUnits() {
        assertThat(units("The ministry approved the closure on Saturday, and the port authority confirmed the "
                + "decision in a statement.")).containsExactly("The ministry approved the closure on Saturday",
                "the port authority confirmed the decision in a statement.");
        assertThat(units("Tarsland has sent 300 medics to the border, but the Ostmark government refused the "
                + "convoy entry.")).hasSize(2);
    }

    @Test
    void aSubordinateClauseWithItsOwnSubjectKeepsItsConnective() {
        assertThat(units("The Port of Tarsk was closed on Sunday after dockworkers walked off the job."))
                .containsExactly("The Port of Tarsk was closed on Sunday", "after dockworkers walked off the job.");
        assertThat(units("A Corran official confirmed the reports were true, while representatives of the council "
                + "declined to comment.")).containsExactly("A Corran official confirmed the reports were true",
                "while representatives of the council declined to comment.");
    }

    @Test
    void aSemicolonBetweenClausesDivides() {
        assertThat(units("The union said 4,000 workers joined the strike; the port authority put the number at "
                + "2,500.")).containsExactly("The union said 4,000 workers joined the strike",
                "the port authority put the number at 2,500.");
    }

    @Test
    void aTrailingEventPhraseWithItsOwnContentIsAUnit() {
        assertThat(units("The government authorised the strikes on Monday in response to Ostmark's deployment of "
                + "troops to the border.")).containsExactly("The government authorised the strikes on Monday",
                "in response to Ostmark's deployment of troops to the border.");
        // "following" after a determiner is an adjective, and a leading phrase leaves no main clause before it
        assertThat(units("The council approved the budget the following day after a long debate.")).hasSize(1);
        assertThat(units("Following Ostmark's deployment of troops, the government authorised the strikes."))
                .hasSize(1);
    }

    @Test
    void twoObjectsOfOneVerbAreTwoUnitsAndTheSecondBorrowsTheHead() {
        String first = "The reversal was driven by the coming change of government";
        String second = "growing fears over Ostmark's alliance with Veldra.";
        assertThat(units(first + " and " + second)).containsExactly(first, second);
        assertThat(Clauses.sharedHead(first, second)).isEqualTo("The reversal was driven by");
        // two clauses cut at "and" share no head
        assertThat(Clauses.sharedHead("The port was closed on Sunday", "the union walked out on Monday.")).isNull();
    }

    /** Sentences that only look divisible, each after the reason it stays whole. */
    private static final List<String> WHOLE = List.of(
            // a coordinated subject is no second clause
            "Talks between the union and the port authority resumed on Tuesday in Tarsk.",
            // a relative aside inside the subject: "Rehn ... and his deputies" is one subject
            "Meanwhile, Rehn, who has promised to reopen the port, and his deputies have yet to respond to the union.",
            // a second predicate of one subject is no clause of its own
            "Rehn renewed his attack on the Corran ministry, and then claimed the port would reopen on Monday.",
            // "as" before a noun phrase, however far a verb form follows it
            "Even before the vote, Rehn was trying to position himself as the candidate best equipped to defeat Quist "
                    + "in Corran.",
            "A clerk at the Tarsk depot recognized the parcel addressed to Quist as similar to other parcels "
                    + "discovered this week.",
            // a bare verb after "and" continues the predicate, it opens no second object
            "Rehn was at the ministry on Thursday to have lunch with the governor of Corran and join him in greeting "
                    + "the Tarsk rowing team.",
            // a main clause that only frames the clause after it
            "The need for a new port director in Tarsk came after Quist dismissed Rehn last week.",
            // a clause that points back with a pronoun is not checkable alone
            "Veldra has sent 2,000 engineers to Ostmark, and their number could grow to 6,000 by the end of the year.",
            // a short main clause is a modifier of what follows
            "This approval comes as Ostmark troops gather near the border.",
            // words inside quotation marks are one speaker's statement
            "\"We will not go back to work, and we will not sign the contracts,\" the union leader said on Monday.",
            "The ministry approved funds for the port as well as the railway in Tarsk on Monday.",
            // a list of three objects is left whole
            "The fund pays for new cranes at the port, two ferries for the islands and a school in Tarsk.");

    @Test
    void phrasesThatOnlyLookLikeBoundariesStayWhole() {
        for (String sentence : WHOLE) {
            assertThat(units(sentence)).as(sentence).hasSize(1);
        }
    }

    @Test
    void aPartThatNamesNothingCheckableKeepsTheSentenceWhole() {
        String s = "The Port of Tarsk was closed on Sunday after dockworkers walked off the job.";
        assertThat(Clauses.split(s, u -> s.substring(u.start(), u.end()).contains("Tarsk"))).hasSize(1);
    }

    @Test
    void unitsAreClaimsWithTheirOwnSpanNamesAndNegationAndTheSentencesAttribution() {
        AnnotatedArticle doc = Fixture.article("u", "Outlet One", "2031-05-02")
                .s("The Corran council approved the closure on Saturday, while the Tarsk port authority declined "
                        + "to comment, two officials said.")
                .loc("Corran", "Corran").loc("Tarsk", "Tarsk").t("on Saturday", "2031-05-01")
                .attr("two officials said", "two officials", SourceKind.ANONYMOUS_OFFICIAL).build();
        List<Claim> claims = new SentenceClaimExtractor().extract(doc);
        assertThat(claims).hasSize(2);
        Claim approved = claims.get(0);
        Claim declined = claims.get(1);
        assertThat(approved.statement()).isEqualTo("The Corran council approved the closure on Saturday");
        assertThat(doc.text().substring(declined.start(), declined.end())).isEqualTo(declined.statement());
        assertThat(declined.statement()).startsWith("while the Tarsk port authority declined");
        assertThat(approved.entities()).containsExactly("Corran");
        assertThat(declined.entities()).containsExactly("Tarsk");
        assertThat(approved.times()).hasSize(1);
        assertThat(declined.times()).isEmpty();
        assertThat(approved.negated()).isFalse();
        assertThat(declined.negated()).isTrue();
        assertThat(approved.attribution()).isNotNull().isEqualTo(declined.attribution());
        assertThat(approved.id()).isEqualTo("u:" + approved.start()).isNotEqualTo(declined.id());

        // a whole sentence that opens on a subordinate clause is read by its main clause, as before
        AnnotatedArticle lead = Fixture.article("w", "Outlet One", "2031-05-02")
                .s("While Tarsk has not yet responded, the Corran council condemned the closure on Saturday.")
                .loc("Corran", "Corran").loc("Tarsk", "Tarsk").t("on Saturday", "2031-05-01").build();
        assertThat(new SentenceClaimExtractor().extract(lead)).singleElement()
                .satisfies(c -> assertThat(c.negated()).isFalse());
    }
    @Test
    void oddInputNeverThrowsAndUnitsStayInOrderInsideTheSentence() {
        java.util.Random random = new java.util.Random(6);
        String[] pieces = {"and", ",", ";", "as", "after", "\"", "\u201c", ")", "(", "the port", "was closed",
                "in response to", "Tarsk's", "deployment", "while", "they", "said", "  ", "\u2014", "following"};
        List<String> inputs = new java.util.ArrayList<>(List.of("", " ", ";", ", and", "and and and", "\"\"\""));
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            inputs.add(sb.toString());
        }
        for (String s : inputs) {
            List<Clauses.Unit> units = Clauses.split(s, u -> true);
            int last = 0;
            for (Clauses.Unit u : units) {
                assertThat(u.start()).isBetween(last, u.end());
                assertThat(u.end()).isLessThanOrEqualTo(s.length());
                last = u.end();
            }
            Clauses.predicate(s);
        }
    }
}
