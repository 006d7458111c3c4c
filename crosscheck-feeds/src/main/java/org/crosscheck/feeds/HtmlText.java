package org.crosscheck.feeds;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML a feed item carries (content:encoded, an Atom content or summary, an RSS description) into plain
 * text with paragraphs separated by a blank line, which is how every later stage expects a body. Feed HTML is a
 * fragment written for readers, not a page with chrome, so a plain walk over block elements is enough here; whole
 * pages go through a {@link org.crosscheck.ingest.PageExtractor} instead.
 */
final class HtmlText {

    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
            "tr", "figure", "figcaption", "hr", "main", "address", "details", "summary");

    /** Elements whose content is never reading text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "object", "embed",
            "svg", "template", "head", "title");

    private HtmlText() {
    }

    /** Plain text of an HTML fragment; empty when there is none. */
    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (skipDepth > 0 || SKIPPED.contains(tag)) {
                        skipDepth++;
                    } else if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    }
                } else if (node instanceof TextNode t && skipDepth == 0) {
                    out.append(inPre(t) ? t.getWholeText() : t.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skipDepth > 0) {
                        skipDepth--;
                    } else if (BLOCKS.contains(e.normalName())) {
                        out.append("\n\n");
                    }
                }
            }
        }, body);
        return tidy(out);
    }

    /** Plain text that may carry entities or stray markup (titles): decoded and on one line. */
    static String inline(String value) {
        if (value == null) {
            return null;
        }
        String s = value.indexOf('<') >= 0 || value.indexOf('&') >= 0 ? Jsoup.parse(value).text() : value;
        s = s.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** Plain text that must not be read as markup (Atom type="text"): only whitespace is tidied. */
    static String plain(String text) {
        return text == null ? "" : tidy(new StringBuilder(text.replace("\r\n", "\n").replace('\r', '\n')));
    }

    private static boolean inPre(TextNode t) {
        for (Node p = t.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** Strips each line, collapses runs of spaces and of blank lines, so paragraphs are exactly one blank line apart. */
    private static String tidy(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int newlines = 0; // line breaks seen since the last visible character
        boolean space = false; // a space is owed before the next visible character on this line
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                newlines++;
                space = false;
            } else if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\f' || c == '\u000b' || c == '\r') {
                space = newlines == 0 && !sb.isEmpty();
            } else {
                if (!sb.isEmpty()) {
                    if (newlines > 1) {
                        sb.append("\n\n");
                    } else if (newlines == 1) {
                        sb.append('\n');
                    } else if (space) {
                        sb.append(' ');
                    }
                }
                sb.append(c);
                newlines = 0;
                space = false;
            }
        }
        return sb.toString();
    }
}
