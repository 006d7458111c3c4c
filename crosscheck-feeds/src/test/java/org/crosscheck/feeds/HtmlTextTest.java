package org.crosscheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blocksBecomeParagraphsAndInlineMarkupDisappears() {
        assertThat(HtmlText.of("<div><h2>Head</h2><p>One <a href='x'>link</a>,\n   two.</p>"
                + "<p>Line<br>break</p><style>p{}</style><blockquote>Quoted</blockquote></div>"))
                .isEqualTo("Head\n\nOne link, two.\n\nLine\nbreak\n\nQuoted");
    }

    @Test
    void textWithoutMarkupKeepsItsEntitiesDecoded() {
        assertThat(HtmlText.of("Fish &amp; chips &lt;3")).isEqualTo("Fish & chips <3");
        assertThat(HtmlText.of("   ")).isEmpty();
        assertThat(HtmlText.of(null)).isEmpty();
    }

    @Test
    void plainTextIsNotReadAsMarkup() {
        assertThat(HtmlText.plain("a <b> c\r\n\r\n\r\n  second   para ")).isEqualTo("a <b> c\n\nsecond para");
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertThat(HtmlText.of("<pre>col1  col2\nA     1</pre>")).isEqualTo("col1 col2\nA 1");
    }

    @Test
    void titlesAreDecodedOntoOneLine() {
        assertThat(HtmlText.inline(" Strike <em>ends</em>\n&amp; talks ")).isEqualTo("Strike ends & talks");
        assertThat(HtmlText.inline("  ")).isNull();
    }
}
