package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.SourceKind;
import org.junit.jupiter.api.Test;

class SourceProfilesTest {

    private static final String TEXT = "The ferry stopped, The Harbour Gazette has learned. Tide Radio reported delays.";

    private static Attribution at(String phrase, String source, SourceKind kind) {
        int i = TEXT.indexOf(phrase);
        return new Attribution(i, i + phrase.length(), phrase, source, kind, null);
    }

    @Test
    void anOutletNamingItselfIsNotRelayingAnother() {
        AnnotatedArticle doc = AnnotatedArticle.of(new Article("g1", "Harbour Gazette", LocalDate.of(2031, 4, 1), null,
                null, "en", TEXT, "test"));
        Attribution self = at("The Harbour Gazette has learned", "The Harbour Gazette", SourceKind.OUTLET);
        Attribution other = at("Tide Radio reported", "Tide Radio", SourceKind.OUTLET);
        assertThat(SourceProfiles.relaysAnotherOutlet(doc, self)).isFalse();
        assertThat(SourceProfiles.relaysAnotherOutlet(doc, other)).isTrue();
        assertThat(SourceProfiles.context(doc.withAttributions(java.util.List.of(self)), null).relays()).isEmpty();
        assertThat(SourceProfiles.context(doc.withAttributions(java.util.List.of(self, other)), null).relays())
                .containsExactly("Tide Radio");
    }
}
