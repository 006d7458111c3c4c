package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Claim;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.SourceKind;
import org.junit.jupiter.api.Test;

class SentenceClaimExtractorTest {

    private final SentenceClaimExtractor extractor = new SentenceClaimExtractor();

    @Test
    void keepsReportingSentencesAndSkipsQuestionsHeadersAndRegions() {
        AnnotatedArticle nl = VeldraStory.northernLedger();
        List<Claim> claims = extractor.extract(nl);
        assertThat(claims).extracting(Claim::statement).anyMatch(s -> s.startsWith("Veldra has approved"))
                .anyMatch(s -> s.startsWith("A storm destroyed"))
                .noneMatch(s -> s.endsWith("?"))
                .noneMatch(s -> s.contains("Brandt"));
        for (Claim c : claims) {
            assertThat(nl.text().substring(c.start(), c.end())).isEqualTo(c.statement());
            assertThat(nl.isNonReporting(new org.crosscheck.api.Span(c.start(), c.end()))).isFalse();
            assertThat(c.id()).isEqualTo("nl:" + c.start());
            assertThat(c.published()).isEqualTo(LocalDate.of(2031, 3, 10));
        }
        List<Claim> cp = extractor.extract(VeldraStory.coastalPost());
        assertThat(cp).extracting(Claim::statement).doesNotContain("Engineers in the field");
    }

    @Test
    void fillsEntitiesQuantitiesTimesAttributionAndNegation() {
        List<Claim> vt = extractor.extract(VeldraStory.valleyTimes());
        Claim first = vt.get(0);
        assertThat(first.entities()).containsExactly("Veldra", "Ostmark", "Mara Quist");
        assertThat(first.negated()).isTrue();
        assertThat(first.attribution()).isNotNull();
        assertThat(first.attribution().kind()).isEqualTo(SourceKind.NAMED_PERSON);
        Claim counts = vt.stream().filter(c -> c.statement().contains("2,000")).findFirst().orElseThrow();
        assertThat(counts.quantities()).hasSize(2);
        assertThat(counts.times()).hasSize(1);
        assertThat(counts.negated()).isFalse();
        assertThat(counts.entities()).containsExactly("Veldra", "Ostmark");
    }

    @Test
    void sentencesWithoutEntityNumberOrTimeAreNotCheckable() {
        String text = "The officials were said to be tired after the long meeting.";
        Article a = new Article("x", "Test Outlet", null, null, null, "en", text, "test");
        AnnotatedArticle doc = AnnotatedArticle.of(a).withSentences(List.of(new Sentence(0, text.length(),
                List.of(), 0)));
        assertThat(extractor.extract(doc)).isEmpty();
    }

    @Test
    void oddInputYieldsNoClaimsAndNoException() {
        assertThat(extractor.extract(null)).isEmpty();
        Article empty = new Article("e", null, null, null, null, null, "", "test");
        assertThat(extractor.extract(AnnotatedArticle.of(empty))).isEmpty();
        String text = "   \n  ";
        Article blank = new Article("b", null, null, null, null, null, text, "test");
        AnnotatedArticle doc = AnnotatedArticle.of(blank).withSentences(List.of(new Sentence(0, text.length(),
                List.of(), 0)));
        assertThat(extractor.extract(doc)).isEmpty();
    }
}
