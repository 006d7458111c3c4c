package org.crosscheck.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Quote;
import org.crosscheck.api.SourceKind;
import org.junit.jupiter.api.Test;

class RuleQuoteExtractorTest {

    private final RuleQuoteExtractor x = new RuleQuoteExtractor();

    private List<Quote> run(String text) {
        List<Quote> qs = x.extract(TestDocs.annotated("t", text));
        for (Quote q : qs) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            if (q.speakerSpan() != null) {
                assertThat(q.speakerSpan().end()).isLessThanOrEqualTo(text.length());
            }
        }
        return qs;
    }

    @Test
    void speakerAfterQuoteWithCommaInsideMarks() {
        List<Quote> qs = run("\"We will rebuild the bridge by spring,\" Mayor Ilsa Brandvold said on Monday.");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).text()).isEqualTo("We will rebuild the bridge by spring,");
        assertThat(qs.get(0).speaker()).isEqualTo("Ilsa Brandvold");
        assertThat(qs.get(0).speakerKind()).isEqualTo(SourceKind.NAMED_PERSON);
    }

    @Test
    void invertedVerbAndCurlyMarksWithApostrophes() {
        String t = "“We’re not done yet, and we don’t plan to stop,” said Tomas Verlaine, the harbour master.";
        List<Quote> qs = run(t);
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We’re not done yet, and we don’t plan to stop,");
            assertThat(q.speaker()).isEqualTo("Tomas Verlaine");
            assertThat(q.speakerSpan().of(t)).isEqualTo("Tomas Verlaine");
        });
    }

    @Test
    void speakerBeforeQuoteAndSurnameTakesFullName() {
        String t = "Engineer Pola Marchetti inspected the dam. Later Marchetti said, \"The cracks are older than we thought.\"";
        List<Quote> qs = run(t);
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Pola Marchetti");
            assertThat(q.speakerSpan().of(t)).isEqualTo("Marchetti");
        });
    }

    @Test
    void splitQuoteSharesSpeaker() {
        String t = "\"The ferry is safe,\" she said, \"but the pier is not.\"";
        String full = "Captain Runa Okafor inspected the pier. " + t;
        List<Quote> qs = run(full);
        assertThat(qs).hasSize(2);
        assertThat(qs).extracting(Quote::speaker).containsOnly("Runa Okafor");
        assertThat(qs.get(1).text()).isEqualTo("but the pier is not.");
    }

    @Test
    void pronounResolvesToEarlierSpeaker() {
        String t = "Dario Fenwick said the plan was ready. He added that the council \"will vote on it before winter.\"";
        List<Quote> qs = run(t);
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Dario Fenwick");
            assertThat(q.speakerSpan().of(t)).isEqualTo("He");
        });
    }

    @Test
    void anonymousOfficialDescription() {
        String t = "\"The convoy left at dawn and reached the border by noon,\" a senior port official stated.";
        List<Quote> qs = run(t);
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("a senior port official");
            assertThat(q.speakerKind()).isEqualTo(SourceKind.ANONYMOUS_OFFICIAL);
        });
    }

    @Test
    void outletAnaphoraResolvesToNamedOutlet() {
        String t = "The grain deal is off, the weekly newspaper “Valmora Gazette” reports.\n"
                + "“The ministry cancelled every shipment without warning,” the publication writes.";
        List<Quote> qs = run(t);
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Valmora Gazette");
            assertThat(q.speakerKind()).isEqualTo(SourceKind.OUTLET);
        });
    }

    @Test
    void scareQuotesAndNamesAreNotQuotes() {
        assertThat(run("The army fired its “THUNDERBOLT” rockets and the “Sky Lance” drones overnight.")).isEmpty();
        assertThat(run("Critics mocked the so-called “peace plan” at the summit.")).isEmpty();
        assertThat(run("She reviewed the novel “The Quiet Harbour of Norland” for the magazine.")).isEmpty();
    }

    @Test
    void shortFragmentCountsOnlyWhenAttributed() {
        String t = "Senator Alva Quint criticized the budget, accusing the governor of “reckless spending.”";
        List<Quote> qs = run(t);
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("reckless spending.");
            assertThat(q.speaker()).isEqualTo("Alva Quint");
        });
        assertThat(run("The storm left a “real mess” in the valley.")).isEmpty();
    }

    @Test
    void quoteSpanningParagraphs() {
        String t = "Warden Ivo Lindqvist said:\n\n“The river rose two metres in one night.\n\n"
                + "“Nobody in the village had seen anything like it.”";
        List<Quote> qs = run(t);
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).text()).isEqualTo("The river rose two metres in one night.");
        assertThat(qs.get(1).text()).isEqualTo("Nobody in the village had seen anything like it.");
        assertThat(qs).extracting(Quote::speaker).containsOnly("Ivo Lindqvist");
    }

    @Test
    void followingQuoteInSameParagraphKeepsSpeaker() {
        String t = "\"We need the funds now,\" Nadia Oyelaran said. \"Every week of delay costs us more.\"";
        List<Quote> qs = run(t);
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker()).isEqualTo("Nadia Oyelaran");
    }

    @Test
    void doubledApostrophesActAsMarks() {
        String t = "''The tunnel will open in May,'' Mr. Brannock said.";
        List<Quote> qs = run(t);
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The tunnel will open in May,");
            assertThat(q.speaker()).isEqualTo("Brannock");
        });
    }

    @Test
    void britishSingleMarksButNotApostrophes() {
        String t = "The ranger’s report said the officials’ plan was late. ‘We have lost the whole northern forest,’ "
                + "the ranger said.";
        List<Quote> qs = run(t);
        assertThat(qs).singleElement().satisfies(q ->
                assertThat(q.text()).isEqualTo("We have lost the whole northern forest,"));
    }

    @Test
    void unquotedQuoteWithoutSpeakerKeepsNullSpeaker() {
        List<Quote> qs = run("A sign by the road read \"turn back now before the water rises again\" in red paint.");
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isNull();
            assertThat(q.speakerSpan()).isNull();
            assertThat(q.speakerKind()).isNull();
        });
    }

    @Test
    void hostileInputNeverThrows() {
        assertThat(run("")).isEmpty();
        assertThat(run("   \n\n ")).isEmpty();
        assertThat(run("“ ” \" \" ‘ ’ ''")).isEmpty();
        assertThat(run("It’s the farmers’ market, isn’t it? Don’t go.")).isEmpty();
        assertThat(run("\"An opening mark that never closes, said nobody")).isEmpty();
        assertThat(run("closing only,\" he said.")).isEmpty();
        assertThat(x.extract(TestDocs.bare("\"\"\"\"“““”””‘‘’’"))).isEmpty();
        assertThat(x.extract(TestDocs.bare("said said said according to to \"x\" said he"))).isNotNull();
    }

    @Test
    void worksOnBareTextWithoutSentencesOrEntities() {
        List<Quote> qs = x.extract(TestDocs.bare("\"The wells are dry,\" Farid Solberg said. Then he left."));
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Farid Solberg");
            assertThat(q.speakerKind()).isEqualTo(SourceKind.NAMED_PERSON);
        });
    }

    @Test
    void sameResultFromManyThreads() throws Exception {
        AnnotatedArticle doc = TestDocs.annotated("t", "\"The dam holds,\" Ilse Varga said. \"For now.\"");
        List<Quote> expected = x.extract(doc);
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quote>>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> x.extract(doc)));
            }
            for (Future<List<Quote>> f : fs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
