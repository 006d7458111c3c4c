package org.crosscheck.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.SourceKind;
import org.junit.jupiter.api.Test;

class RuleAttributionExtractorTest {

    private final RuleAttributionExtractor x = new RuleAttributionExtractor();

    private List<Attribution> run(String text) {
        List<Attribution> as = x.extract(TestDocs.annotated("t", text));
        for (Attribution a : as) {
            assertThat(text.substring(a.start(), a.end())).isEqualTo(a.text());
            if (a.content() != null) {
                assertThat(a.content().end()).isLessThanOrEqualTo(text.length());
            }
        }
        return as;
    }

    @Test
    void accordingToAtSentenceStartCoversTheRest() {
        String t = "According to two port officials and a source familiar with the talks, the ferries will stop in May.";
        List<Attribution> as = run(t);
        assertThat(as).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("According to two port officials and a source familiar with the talks");
            assertThat(a.source()).isEqualTo("two port officials and a source familiar with the talks");
            assertThat(a.kind()).isEqualTo(SourceKind.ANONYMOUS_OFFICIAL);
            assertThat(a.content().of(t)).isEqualTo("the ferries will stop in May");
        });
    }

    @Test
    void accordingToAtSentenceEndCoversWhatCameBefore() {
        String t = "The ferries will stop in May, according to Harbour Director Selma Quist.";
        List<Attribution> as = run(t);
        assertThat(as).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("Selma Quist");
            assertThat(a.kind()).isEqualTo(SourceKind.NAMED_PERSON);
            assertThat(a.content().of(t)).isEqualTo("The ferries will stop in May");
        });
    }

    @Test
    void outletCitingAnonymousSources() {
        String t = "The minister resigned, Valmora Daily News reported on Tuesday, citing three officials familiar with "
                + "the matter.";
        List<Attribution> as = run(t);
        assertThat(as).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Valmora Daily News reported on Tuesday, citing three officials familiar "
                    + "with the matter");
            assertThat(a.source()).isEqualTo("Valmora Daily News");
            assertThat(a.kind()).isEqualTo(SourceKind.OUTLET);
            assertThat(a.content().of(t)).isEqualTo("The minister resigned");
        });
    }

    @Test
    void coordinatedOutletsGiveOneAttributionEach() {
        String t = "The Norland Times and The Keswick Post, citing unnamed sources, first reported the deal.";
        List<Attribution> as = run(t);
        assertThat(as).extracting(Attribution::source).containsExactly("Norland Times", "Keswick Post");
        assertThat(as).extracting(Attribution::kind).containsOnly(SourceKind.OUTLET);
    }

    @Test
    void describedAndDocumentSources() {
        assertThat(run("Parliamentary sources suggest the vote will be delayed.")).singleElement()
                .satisfies(a -> {
                    assertThat(a.source()).isEqualTo("Parliamentary sources");
                    assertThat(a.kind()).isEqualTo(SourceKind.ANONYMOUS);
                });
        assertThat(run("Leaked documents show the bridge was never inspected.")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(SourceKind.DOCUMENT));
        assertThat(run("A customs official who spoke to the agency confirmed the seizure.")).singleElement()
                .satisfies(a -> {
                    assertThat(a.source()).isEqualTo("A customs official who spoke to the agency");
                    assertThat(a.kind()).isEqualTo(SourceKind.ANONYMOUS_OFFICIAL);
                    assertThat(a.content().of("A customs official who spoke to the agency confirmed the seizure."))
                            .isEqualTo("the seizure");
                });
    }

    @Test
    void appositiveAndTitleBeforeName() {
        String t = "Oskar Lindgren, the head of the coastal guard, noted that 40 boats were missing.";
        assertThat(run(t)).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Oskar Lindgren, the head of the coastal guard, noted");
            assertThat(a.source()).isEqualTo("Oskar Lindgren");
            assertThat(a.content().of(t)).isEqualTo("40 boats were missing");
        });
        String u = "Harbour spokesperson Mira Talvik confirmed that the ferry had sunk.";
        assertThat(run(u)).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Harbour spokesperson Mira Talvik confirmed");
            assertThat(a.source()).isEqualTo("Mira Talvik");
        });
    }

    @Test
    void organizationIsNotAPerson() {
        assertThat(run("The Fisheries Ministry said the quota would rise.")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(SourceKind.ORGANIZATION));
    }

    @Test
    void anUnnamedAuthorityIsAnOrganizationNotAnAnonymousSource() {
        assertThat(run("Nearly 45 ferries were held in port, according to the harbour authority.")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(SourceKind.ORGANIZATION));
    }

    @Test
    void passiveAndParticiplesAreNotCues() {
        assertThat(run("Lindgren was asked about the boats.")).isEmpty();
        assertThat(run("Coastal reports have indicated a shortage.")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(SourceKind.DOCUMENT));
        assertThat(run("The town flooded, leaving hundreds without power, citing nothing.")).isEmpty();
    }

    @Test
    void cuesInsideQuotesDoNotCount() {
        String t = "\"The mayor said nothing to us,\" Petra Vance told reporters.";
        assertThat(run(t)).extracting(Attribution::source).containsExactly("Petra Vance");
    }

    @Test
    void hostileInputNeverThrows() {
        assertThat(run("")).isEmpty();
        assertThat(run("according to")).isEmpty();
        assertThat(run("said")).isEmpty();
        assertThat(run(", said , according to , citing ,")).isEmpty();
        assertThat(x.extract(TestDocs.bare("“‘’” according to “ said ’"))).isEmpty();
    }

    @Test
    void anyNounHeadsTheSubjectOfAPlainSayingVerb() {
        assertThat(run("Harbour leaders said on Thursday that the ferries would resume.")).singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo("Harbour leaders"));
        assertThat(run("Nearly 48 percent say the toll is too high.")).extracting(Attribution::source)
                .anyMatch(src -> src.contains("48 percent"));
        assertThat(run("The notice says the pier will close.")).singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo("The notice"));
        // not a subject: a function word or a pronoun object before the verb
        assertThat(run("That is what was said.")).isEmpty();
    }

    @Test
    void aRelativePronounSpeaksForWhatItFollows() {
        assertThat(run("The ferry crews, who said the berths were unsafe, stayed ashore.")).extracting(Attribution::source)
                .singleElement().asString().startsWith("The ferry crews");
    }

    @Test
    void stanceVerbsCountForPeopleButNotForThings() {
        assertThat(run("Mayor Ilse Varga rejected the plan for the docks.")).extracting(Attribution::source)
                .containsExactly("Ilse Varga");
        assertThat(run("The storm worried the crews in May.")).isEmpty();
        // plural nouns that look like verbs are not cues
        assertThat(run("A source familiar with the talks, the ferries will stop in May.")).isEmpty();
    }
}
