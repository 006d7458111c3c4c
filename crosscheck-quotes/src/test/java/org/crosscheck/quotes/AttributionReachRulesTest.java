package org.crosscheck.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.api.Attribution;
import org.junit.jupiter.api.Test;

/**
 * The attribution rules that widen which sources are found (a second predicate of the subject, group subjects,
 * headlines, a time phrase between subject and verb, documents that show or find) and how far a content reaches
 * (the whole of an interrupted or continued quotation, the clause after "that", the clause's end). Fictional
 * sentences, one rule each, with the near miss each rule must leave alone.
 */
class AttributionReachRulesTest {

    private final RuleAttributionExtractor x = new RuleAttributionExtractor();

    private List<Attribution> run(String text) {
        return x.extract(TestDocs.annotated("t", text));
    }

    private Attribution only(String text) {
        List<Attribution> as = run(text);
        assertThat(as).hasSize(1);
        return as.get(0);
    }

    /** None of the texts holds an attribution. */
    private void none(String... texts) {
        for (String t : texts) {
            assertThat(run(t)).as(t).isEmpty();
        }
    }

    /** The text holds one attribution, to {@code source}, reporting {@code content}. */
    private void credits(String text, String source, String content) {
        Attribution a = only(text);
        assertThat(a.source()).isEqualTo(source);
        assertThat(a.content().of(text)).isEqualTo(content);
    }

    @Test
    void aSecondPredicateSharesTheSubject() {
        credits("Mayor Ada Quill toured the harbour on Monday and warned that the pier would close.", "Ada Quill",
                "the pier would close");
        // a verb that is no speech, and an opening adverb that is no subject
        none("The storm hit the coast and damaged the pier.",
                "Publicly, the harbour board met in May and warned that the pier would close.");
        // a clause with its own subject in between: its subject, not the sentence's, does the warning
        assertThat(run("Mayor Ada Quill joined the call for the pier to close, as the harbour master held his ground"
                + " and warned that the pier would stay open.")).extracting(Attribution::source)
                .doesNotContain("Ada Quill");
    }

    @Test
    void groupsAndOpeningQuantifiersSpeak() {
        assertThat(only("Some said the ferry was late.").source()).isEqualTo("Some");
        assertThat(only("Local farmers insist the quota is too low.").source()).isEqualTo("Local farmers");
        // nouns that look like verbs of speech, and a quantifier before a plain verb, are not sources
        none("Some states remained too close to call.", "Most coastal states report their catch in May.");
    }

    @Test
    void titleCaseHeadlinesHaveVerbsInCapitals() {
        credits("Harbour Chief Selma Quist Says Ferries Will Return In May", "Selma Quist",
                "Ferries Will Return In May");
        none("Valmora Daily Post Assembles A Team Of Reporters", "Selma Quist Accused Of Hiding The Pier Accounts");
    }

    @Test
    void aLineOpeningNameAndColonCreditsTheRest() {
        credits("Quist: Ferries will return to the harbour in May", "Quist",
                "Ferries will return to the harbour in May");
        // a kicker is no speaker, nor inside a paragraph a lone unknown word before a colon
        none("Breaking: Ferries will return to the harbour in May",
                "The ferries were late again. Fog: the harbour stayed shut for the whole of May");
    }

    @Test
    void aTimePhraseBetweenSubjectAndVerbIsSkipped() {
        String t = "The mayor on Tuesday announced that the pier would close.";
        assertThat(only(t).source()).isEqualTo("The mayor");
        assertThat(only("The harbour board last week warned that the pier would close.").source())
                .isEqualTo("The harbour board");
    }

    @Test
    void appositivesMayHoldATownAndStateARankOrAPossessiveWithoutS() {
        assertThat(only("“It was fine,” Ada Quill, 67, a retired ferry pilot in Valmora, Ore., said.").source())
                .isEqualTo("Ada Quill");
        assertThat(only("“We will win,” Selma Quist, Rivers’ campaign manager, said.").source())
                .isEqualTo("Selma Quist");
        assertThat(only("Ada Quill, the No. 2 official at the port, said the ferry would stop.").source())
                .isEqualTo("Ada Quill");
    }

    @Test
    void documentsWithAPostmodifierShowAndFind() {
        credits("Exit polls taken in the county found that the plan had support.", "Exit polls taken in the county",
                "the plan had support");
    }

    @Test
    void pointingOutIsSpeechWithoutAQuotation() {
        String t = "Selma Quist pointed out that the pier was old.";
        assertThat(only(t).content().of(t)).isEqualTo("the pier was old");
        assertThat(run("Selma Quist pointed out the old pier to the visitors.")).isEmpty();
    }

    @Test
    void anInterruptedQuotationIsReportedWhole() {
        String t = "“The pier,” Selma Quist said, “will close in May.”";
        assertThat(only(t).content().of(t)).isEqualTo(t);
    }

    @Test
    void aQuotationWithoutACueOfItsOwnGoesOnInTheSameVoice() {
        String t = "“The pier will close,” Selma Quist added. “Nobody wants that.”";
        assertThat(only(t).content().of(t)).isEqualTo(t);
        // the next quotation has its own speaker, so the first one ends at its own closing mark
        String two = "“The pier will close,” Selma Quist added. “Nobody wants that,” Ada Quill replied.";
        assertThat(run(two)).first().satisfies(a -> assertThat(a.content().of(two))
                .isEqualTo("“The pier will close,”"));
    }

    @Test
    void theClauseStartsAtThatPastTheHearerAndTheOccasion() {
        String t = "Selma Quist told reporters in Valmora on Monday that the pier would close.";
        assertThat(only(t).content().of(t)).isEqualTo("the pier would close");
        String f = "Selma Quist called for a new pier.";
        assertThat(only(f).content().of(f)).isEqualTo("a new pier");
        String q = "Selma Quist told the crowd, “The pier will close.”";
        assertThat(only(q).content().of(q)).isEqualTo("“The pier will close.”");
        // an infinitive keeps its "to", and a "that" after a verb of the clause is a relative, not the clause's start
        String to = "Selma Quist declined to say whether the pier would close.";
        assertThat(only(to).content().of(to)).isEqualTo("to say whether the pier would close");
        String rel = "Selma Quist said the plan would fail to address the concern that the pier was old.";
        assertThat(only(rel).content().of(rel))
                .isEqualTo("the plan would fail to address the concern that the pier was old");
    }

    @Test
    void theClauseEndsWhereTheSentenceMovesOn() {
        String but = "Selma Quist said the pier would close, but the ferry would keep running.";
        assertThat(only(but).content().of(but)).isEqualTo("the pier would close");
        String and = "Selma Quist said the pier was old and warned that repairs would cost millions.";
        assertThat(run(and)).extracting(a -> a.content().of(and))
                .containsExactly("the pier was old", "repairs would cost millions");
        // "and" between two things said does not end the clause
        String both = "Selma Quist said the pier was old and the ferry was late.";
        assertThat(only(both).content().of(both)).isEqualTo("the pier was old and the ferry was late");
    }

    @Test
    void aCueInsideARelativeClauseReportsItFromItsRelativeWord() {
        String t = "The board backed the new pier, which Selma Quist said would fail.";
        assertThat(run(t)).filteredOn(a -> a.source().equals("Selma Quist")).singleElement()
                .satisfies(a -> assertThat(a.content().of(t)).isEqualTo("which Selma Quist said would fail"));
    }

    @Test
    void aQuotationLeftOpenAtTheSentenceEndRunsToItsClosingMark() {
        String t = "Selma Quist said that “the pier is old. It must close.”";
        assertThat(only(t).content().of(t)).isEqualTo("“the pier is old. It must close.”");
    }

    @Test
    void aPassiveCueLeavesItsAuxiliariesOutOfTheContent() {
        String t = "The closure was first reported by the Valmora Daily News.";
        assertThat(only(t).content().of(t)).isEqualTo("The closure");
    }
}
