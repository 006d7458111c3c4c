package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.api.Evidence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    private static Document parse(String text, List<Evidence> spans) {
        return Jsoup.parseBodyFragment("<div id=\"root\">" + ArticleText.of(text, spans).html() + "</div>");
    }

    /** The words a span covers under the brief's id, gathered from its first piece and every continuation piece. */
    private static String covered(Document d, Evidence e) {
        return coveredBy(d, Citations.anchor(e));
    }

    /** The words under an id: its first piece and every piece that points back to it. */
    private static String coveredBy(Document d, String id) {
        StringBuilder sb = new StringBuilder(d.getElementById(id).wholeText());
        for (Element piece : d.select("mark[data-of=" + id + "]")) {
            sb.append(piece.wholeText());
        }
        return sb.toString();
    }

    @Test
    void nestedAndCrossingSpansKeepTextAndCoverExactlyTheirWords() {
        String text = "Alpha beta gamma. Delta epsilon zeta eta. Theta.";
        List<Evidence> spans = List.of(new Evidence("a", 0, 17), new Evidence("a", 6, 10),
                new Evidence("a", 11, 30), new Evidence("a", 18, 41), new Evidence("a", 18, 41),
                new Evidence("a", 42, 42), new Evidence("a", 42, 48));
        Document d = parse(text, spans);
        assertThat(d.getElementById("root").wholeText()).isEqualTo(text);
        for (Evidence e : spans) {
            assertThat(covered(d, e)).as(e.toString()).isEqualTo(text.substring(e.start(), e.end()));
        }
        assertThat(ArticleText.of(text, spans).split()).containsExactly(Citations.anchor(new Evidence("a", 11, 30)),
                Citations.anchor(new Evidence("a", 18, 41)));
    }

    /** One to eight spans anywhere in a text of this length, empty ones included. */
    private static List<Evidence> randomSpans(Random random, int length) {
        List<Evidence> spans = new ArrayList<>();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            int a = random.nextInt(length + 1);
            int b = random.nextInt(length + 1);
            spans.add(new Evidence("doc", Math.min(a, b), Math.max(a, b)));
        }
        return spans;
    }

    @Test
    void randomSpansOnHostileTextNeverBreakTheMarkup() {
        Random random = new Random(42);
        String text = "<b>x</b> & \"y\" 'z' \u0416\u0436 \uD83D\uDE00 text\n\nnew <script>para</script> end.";
        for (int round = 0; round < 300; round++) {
            List<Evidence> spans = randomSpans(random, text.length());
            spans.add(new Evidence("doc", 0, text.length() + 5));
            Document d = parse(text, spans);
            assertThat(d.select("script, b")).isEmpty();
            String whole = d.getElementById("root").wholeText();
            assertThat(whole.length()).isEqualTo(text.length());
            for (Evidence e : spans) {
                if (e.end() > text.length()) {
                    assertThat(d.getElementById(Citations.anchor(e))).isNull();
                } else {
                    assertThat(covered(d, e).length()).as(e + " in round " + round).isEqualTo(e.end() - e.start());
                }
            }
        }
    }

    private static String serveId(Evidence e) {
        return "c-" + e.start() + "-" + e.end();
    }

    private static Document paragraphs(String text, List<Evidence> spans) {
        return Jsoup.parseBodyFragment("<div id=\"root\">" + ArticleText.paragraphs(text, spans,
                ArticleTextTest::serveId).html() + "</div>");
    }

    /** The words of a span in paragraph form: blank lines between paragraphs are not written. */
    private static String written(String text, int start, int end) {
        boolean[] shown = new boolean[text.length()];
        java.util.Arrays.fill(shown, true);
        var m = java.util.regex.Pattern.compile("\\n\\s*\\n").matcher(text);
        while (m.find()) {
            java.util.Arrays.fill(shown, m.start(), m.end(), false);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (shown[i]) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    private static String halves(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isSurrogate(c) || c == '\uFFFD' ? '?' : c);
        }
        return sb.toString();
    }

    @Test
    void aSentenceAndItsFirstClauseAreTwoMarksOneInsideTheOtherEachWithItsOwnId() {
        String text = "The port closed on Sunday, as the strike spread.";
        ArticleText.Marked m = ArticleText.paragraphs(text, List.of(new Evidence("a", 0, 48),
                new Evidence("a", 0, 25)), ArticleTextTest::serveId);
        assertThat(m.html()).isEqualTo("<p><mark class=\"ev\" id=\"c-0-48\"><mark class=\"ev\" id=\"c-0-25\">"
                + "The port closed on Sunday</mark>, as the strike spread.</mark></p>\n");
        assertThat(m.split()).isEmpty();
    }

    @Test
    void paragraphsSplitAtBlankLinesAndASpanOverTheBreakContinuesInTheNextOne() {
        String text = "Ships wait <outside>.\nStill.\n \n\nThe port & the union \"talk\".\n\n";
        Evidence over = new Evidence("a", 11, 40);
        Evidence crossing = new Evidence("a", 6, 21);
        Evidence inBlank = new Evidence("a", 30, 31);
        Evidence empty = new Evidence("a", 5, 5);
        Evidence tooLong = new Evidence("a", 5, 999);
        List<Evidence> spans = List.of(over, crossing, inBlank, empty, tooLong);
        Document d = paragraphs(text, spans);
        assertThat(d.select("p")).hasSize(2);
        assertThat(d.select("p").get(0).wholeText()).isEqualTo("Ships wait <outside>.\nStill.");
        assertThat(d.select("p br")).hasSize(1);
        assertThat(coveredBy(d, "c-11-40")).isEqualTo("<outside>.\nStill.The port");
        assertThat(coveredBy(d, "c-6-21")).isEqualTo("wait <outside>.");
        assertThat(d.getElementById("c-30-31").wholeText()).as("blank-line span: empty, at the next paragraph")
                .isEmpty();
        assertThat(d.getElementById("c-30-31").parents()).contains(d.select("p").get(1));
        assertThat(d.getElementById("c-5-5")).isNotNull();
        assertThat(d.getElementById("c-5-999")).isNull();
        assertThat(ArticleText.paragraphs(text, spans, ArticleTextTest::serveId).split()).containsExactly("c-11-40");
    }

    @Test
    void randomSpansOverParagraphsCoverExactlyTheirWrittenWords() {
        Random random = new Random(7);
        String text = "<p>One</p> & \"two\".\nLine\n\n  \n<script>x</script> \uD83D\uDE00 three.\n\nFour\n";
        for (int round = 0; round < 300; round++) {
            List<Evidence> spans = randomSpans(random, text.length());
            Document d = paragraphs(text, spans);
            assertThat(d.select("script, b, p > p")).isEmpty();
            assertThat(d.select("p")).hasSize(3);
            for (Evidence e : spans) {
                assertThat(d.select("#" + serveId(e))).as(e + " in round " + round).hasSize(1);
                // a piece cut inside a surrogate pair writes U+FFFD for each half: compare the halves as one sign
                assertThat(halves(coveredBy(d, serveId(e)))).as(e + " in round " + round)
                        .isEqualTo(halves(written(text, e.start(), e.end())));
            }
        }
    }

    @Test
    void anIdThatCannotStandInASelectorIsRefusedWithTheSpan() {
        assertThatThrownBy(() -> ArticleText.paragraphs("Some text.", List.of(new Evidence("a", 0, 4)),
                e -> "4\" onmouseover=\"x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4\" onmouseover").hasMessageContaining("0");
    }

    @Test
    void crossingRulesHighlightEveryPiece() {
        assertThat(ArticleText.crossingRules(List.of("a-x-1-5")))
                .contains("body:has(#a-x-1-5:target) mark[data-of=\"a-x-1-5\"]");
    }
}
