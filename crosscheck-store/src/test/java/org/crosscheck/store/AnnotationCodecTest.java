package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Span;
import org.junit.jupiter.api.Test;

class AnnotationCodecTest {
    @Test
    void everyAnnotationSurvivesTheRoundTrip() {
        AnnotatedArticle doc = Fixtures.article(11);
        assertThat(AnnotationCodec.decode(doc.article(), AnnotationCodec.encode(doc))).isEqualTo(doc);
        AnnotatedArticle bare = AnnotatedArticle.of(doc.article());
        assertThat(AnnotationCodec.decode(doc.article(), AnnotationCodec.encode(bare))).isEqualTo(bare);
    }

    @Test
    void damagedAnnotationsNameTheArticle() {
        AnnotatedArticle doc = Fixtures.article(12);
        String json = AnnotationCodec.encode(doc).replace("\"LOCATION\"", "\"PLANET\"");
        assertThatThrownBy(() -> AnnotationCodec.decode(doc.article(), json)).isInstanceOf(StoreException.class)
                .hasMessageContaining(doc.id()).hasMessageContaining("PLANET");
        assertThatThrownBy(() -> AnnotationCodec.decode(doc.article(), "{\"entities\": [{\"end\": 3}]"))
                .isInstanceOf(StoreException.class).hasMessageContaining(doc.id());
    }

    @Test
    void contentHashIgnoresWhereTheArticleWasReadFrom() {
        var a = Fixtures.article(1).article();
        var elsewhere = new org.crosscheck.api.Article(a.id(), a.outlet(), a.published(), a.url(), a.title(),
                a.language(), a.text(), "other-file.jsonl:9");
        assertThat(ContentHash.of(elsewhere)).isEqualTo(ContentHash.of(a));
        assertThat(ContentHash.of(a.withTitle("Another title"))).isNotEqualTo(ContentHash.of(a));
        assertThat(ContentHash.of(a.withTitle(null))).isNotEqualTo(ContentHash.of(a.withTitle("")));
    }

    @Test
    void snippetMarkersBecomeOffsets() {
        Snippets.Marked m = Snippets.unmark("the \u0002port\u0003 of \u0002Valmora\u0003 <b>");
        assertThat(m.text()).isEqualTo("the port of Valmora <b>");
        assertThat(m.matches()).containsExactly(new Span(4, 8), new Span(12, 19));
    }

    @Test
    void cursorsRoundTripAndForeignOnesAreRejected() {
        Cursor c = new Cursor(42, "s-7:x");
        assertThat(Cursor.decode(c.encode())).isEqualTo(c);
        assertThat(Cursor.decode(null)).isNull();
        assertThatThrownBy(() -> Cursor.decode("bm9jb2xvbg")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bm9jb2xvbg");
    }
}
