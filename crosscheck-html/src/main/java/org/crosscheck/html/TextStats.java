package org.crosscheck.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one bottom-up pass so that scoring never walks a subtree
 * twice (a naive {@code element.text()} per candidate is quadratic on deeply nested pages).
 */
final class TextStats {

    /** Elements that start a new block of text; everything else flows inline. */
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt",
            "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "aside", "nav",
            "center", "details", "summary", "caption");

    /**
     * Measures of one element.
     *
     * @param chars       text length, whitespace runs counted once
     * @param linkChars   of which inside links
     * @param commas      commas in the text
     * @param inlineChars text not inside a block-level child: what the element says itself
     * @param inlineCommas commas in that text
     * @param hasBlock    whether a block-level element sits anywhere below
     */
    record Stat(int chars, int linkChars, int commas, int inlineChars, int inlineCommas, boolean hasBlock) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Stat EMPTY = new Stat(0, 0, 0, 0, 0, false);

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats ts = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    ts.stats.put(e, ts.compute(e));
                }
            }
        }, root);
        return ts;
    }

    Stat get(Element e) {
        Stat s = stats.get(e);
        return s == null ? EMPTY : s;
    }

    private Stat compute(Element e) {
        int chars = 0;
        int links = 0;
        int commas = 0;
        int inline = 0;
        int inlineCommas = 0;
        boolean block = false;
        boolean link = e.normalName().equals("a");
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                int n = collapsedLength(s);
                chars += n;
                inline += n;
                int k = commas(s);
                commas += k;
                inlineCommas += k;
            } else if (child instanceof Element c) {
                Stat s = get(c);
                chars += s.chars;
                links += s.linkChars;
                commas += s.commas;
                boolean childBlock = BLOCK_TAGS.contains(c.normalName());
                block |= childBlock || s.hasBlock;
                if (!childBlock) {
                    inline += s.inlineChars;
                    inlineCommas += s.inlineCommas;
                }
            }
        }
        return new Stat(chars, link ? chars : links, commas, inline, inlineCommas, block);
    }

    static int collapsedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
