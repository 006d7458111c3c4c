package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** The words a span covers, gathered from its first piece and every continuation piece. */
    private static String covered(Document d, Evidence e) {
        String id = Citations.anchor(e);
        Element first = d.getElementById(id);
        StringBuilder sb = new StringBuilder(first.wholeText());
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

    @Test
    void randomSpansOnHostileTextNeverBreakTheMarkup() {
        Random random = new Random(42);
        String text = "<b>x</b> & \"y\" 'z' \u0416\u0436 \uD83D\uDE00 text\n\nnew <script>para</script> end.";
        for (int round = 0; round < 300; round++) {
            List<Evidence> spans = new ArrayList<>();
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                int a = random.nextInt(text.length() + 1);
                int b = random.nextInt(text.length() + 1);
                spans.add(new Evidence("doc", Math.min(a, b), Math.max(a, b)));
            }
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

    @Test
    void crossingRulesHighlightEveryPiece() {
        assertThat(ArticleText.crossingRules(List.of("a-x-1-5")))
                .contains("body:has(#a-x-1-5:target) mark[data-of=\"a-x-1-5\"]");
    }
}
