package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.Span;
import org.junit.jupiter.api.Test;

/** Claims inside a quotation of several sentences: credited to its speaker, shown as their words. */
class QuotedSpeechTest {

    private static final String QUOTED = "We have the funds for the Marlow cranes. The port of Marlow will open on "
            + "Monday. Dockworkers will return to Marlow on Tuesday.";

    /** A minister named once, then quoted over three more sentences; {@code speaker} as the quotes stage read it. */
    private static AnnotatedArticle article(String speaker, String named) {
        return Fixture.article("a", "Outlet One", "2031-05-02")
                .s("\"It will not change,\" Transport Minister Elena Varga said on Friday.")
                .person("Elena Varga", "Elena Varga").t("on Friday", "2031-05-02")
                .attr("Transport Minister Elena Varga said", "Elena Varga", SourceKind.NAMED_PERSON)
                .s("\"We have the funds for the Marlow cranes.").loc("Marlow", "Marlow")
                .s("The port of Marlow will open on Monday.").loc("Marlow", "Marlow").t("on Monday", "2031-05-05")
                .s("Dockworkers will return to Marlow on Tuesday.\"").loc("Marlow", "Marlow")
                .t("on Tuesday", "2031-05-06")
                .quoteOver("It will not change,", speaker, named, SourceKind.NAMED_PERSON)
                .quoteOver(QUOTED, speaker, named, SourceKind.NAMED_PERSON).build();
    }

    @Test
    void aSentenceInsideAQuotationIsCreditedToItsSpeakerWithThePhraseThatNamesThem() {
        AnnotatedArticle doc = article("Elena Varga", "Elena Varga");
        List<Claim> claims = new SentenceClaimExtractor().extract(doc);
        int quoted = doc.text().indexOf(QUOTED);
        Claim port = claims.stream().filter(c -> c.statement().startsWith("The port")).findFirst().orElseThrow();
        assertThat(port.attribution()).isNotNull();
        assertThat(port.attribution().source()).isEqualTo("Elena Varga");
        assertThat(port.attribution().kind()).isEqualTo(SourceKind.NAMED_PERSON);
        assertThat(port.attribution().text()).isEqualTo("Transport Minister Elena Varga said");
        assertThat(port.attribution().content()).isEqualTo(new Span(quoted, quoted + QUOTED.length()));
        // the sentence that names her keeps its own attribution, over its own content
        Claim named = claims.stream().filter(c -> c.statement().contains("change")).findFirst().orElseThrow();
        assertThat(named.attribution().content()).isEqualTo(doc.sentences().get(0).span());
    }

    @Test
    void theBriefShowsAQuotedSentenceAsItsSpeakersWords() {
        List<String> shown = statements(article("Elena Varga", "Elena Varga"));
        assertThat(shown).contains("Elena Varga: \"We have the funds for the Marlow cranes.\"",
                "Elena Varga: \u201cThe port of Marlow will open on Monday.\u201d",
                "Elena Varga: \"Dockworkers will return to Marlow on Tuesday.\"",
                "\"It will not change,\" Transport Minister Elena Varga said on Friday.");
    }

    @Test
    void aSpeakerReadAsAPersonTheArticleDoesNotNameIsNotCredited() {
        // "he said" resolved to the wrong antecedent: a day is no speaker
        AnnotatedArticle doc = article("Friday", "Friday");
        Claim port = new SentenceClaimExtractor().extract(doc).stream()
                .filter(c -> c.statement().startsWith("The port")).findFirst().orElseThrow();
        assertThat(port.attribution()).isNull();
        assertThat(statements(doc)).contains("The port of Marlow will open on Monday.")
                .noneMatch(s -> s.startsWith("Friday:"));
    }

    private static List<String> statements(AnnotatedArticle doc) {
        return new StoryBriefBuilder().build("s", List.of(doc), List.of()).claims().stream()
                .map(ClaimGroup::statement).toList();
    }
}
