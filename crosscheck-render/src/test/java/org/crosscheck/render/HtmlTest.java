package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupQuotesAndCharactersHtmlCannotCarry() {
        assertThat(Html.text("<a href=\"x\" title='y'>&amp;</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
        assertThat(Html.text("a\u0000b\u0007c\uD800d\tline\n")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\tline\n");
        assertThat(Html.text("\uD83D\uDE00 \u0416 \u6E21")).isEqualTo("\uD83D\uDE00 \u0416 \u6E21");
        assertThat(Html.text(null)).isEmpty();
    }

    @Test
    void idsAreSafeDeterministicAndDistinct() {
        assertThat(Html.id("a-ledger-oct02-1-5")).isEqualTo("a-ledger-oct02-1-5");
        assertThat(Html.id("a<1>")).matches("a_1_-[0-9a-f]{8}").isEqualTo(Html.id("a<1>"));
        assertThat(Html.id("a<1>")).isNotEqualTo(Html.id("a_1_")).isNotEqualTo(Html.id("a>1<"));
        assertThat(Html.id("000")).isEqualTo("x000");
        assertThat(Html.id("\u0416")).matches("x_-[0-9a-f]{8}");
    }

    @Test
    void onlyHttpAndHttpsUrlsAreLinks() {
        assertThat(Html.safeUrl("https://example.org/a?b=1&c=2")).isEqualTo("https://example.org/a?b=1&c=2");
        assertThat(Html.safeUrl(" HTTP://EXAMPLE.ORG/x ")).isEqualTo("HTTP://EXAMPLE.ORG/x");
        assertThat(Html.safeUrl("javascript:alert(1)")).isNull();
        assertThat(Html.safeUrl("JaVaScRiPt:alert(1)")).isNull();
        assertThat(Html.safeUrl("java\tscript:alert(1)")).isNull();
        assertThat(Html.safeUrl("data:text/html,x")).isNull();
        assertThat(Html.safeUrl("//evil.example/x")).isNull();
        assertThat(Html.safeUrl("ftp://example.org/x")).isNull();
        assertThat(Html.safeUrl("https://example.org/\"><script>")).isNull();
        assertThat(Html.safeUrl("https:///nohost")).isNull();
        assertThat(Html.safeUrl("https://example.org/" + "x".repeat(3000))).isNull();
        assertThat(Html.safeUrl(null)).isNull();
    }

    @Test
    void shortensByCodePointsWithAnEllipsis() {
        assertThat(Html.shorten("abcdef", 4)).isEqualTo("abc\u2026");
        assertThat(Html.shorten("ab\uD83D\uDE00cd", 3)).isEqualTo("ab\u2026");
        assertThat(Html.shorten("  a \n b  ", 10)).isEqualTo("a b");
    }
}
