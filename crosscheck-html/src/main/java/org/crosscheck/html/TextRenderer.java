package org.crosscheck.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the article's elements into paragraphs: one per block element, whitespace normalised. Inside the article it
 * still leaves out what Readability's conditional cleaning would: link lists, blocks made mostly of links, the
 * headline (it is the title, not the body), and one-line labels such as "Advertisement".
 */
final class TextRenderer {

    /** Lines that label page furniture rather than say anything. */
    private static final Pattern LABEL = Pattern.compile("(?i)(advertisement|advertisements|advert|ad|sponsored|"
            + "this slideshow requires javascript|sponsored content|share|share this|share this article|share on \\w+|tweet|email|print|"
            + "read more|continue reading|click here|related|related articles|related stories|more|"
            + "skip to content|loading|subscribe|sign up|follow us|comments?|\\d+ comments?|photo|image|video|"
            + "(?:image|photo|slide) \\d+ (?:of|/) \\d+|more from .{1,40}|"
            + "you (?:may|might) also (?:like|enjoy).{0,20}|don'?t miss|see more|recommended|most read|most popular|trending)[.:!]?");

    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "dl", "table", "header",
            "form", "span");

    private TextRenderer() {
    }

    static List<String> render(List<Element> elements, TextStats stats) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int[] linkChars = new int[1];
        for (Element root : elements) {
            NodeTraversor.filter(new NodeFilter() {
                private int inLink;

                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        String s = t.getWholeText();
                        if (inLink > 0) {
                            linkChars[0] += TextStats.collapsedLength(s);
                        }
                        block.append(s);
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String tag = e.normalName();
                    if (tag.equals("h1") || node != root && CONTAINERS.contains(tag) && junk(e, stats)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br") || TextStats.BLOCK_TAGS.contains(tag)) {
                        flush(block, linkChars, paragraphs);
                    } else if (tag.equals("a")) {
                        inLink++;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("a")) {
                            inLink--;
                        } else if (TextStats.BLOCK_TAGS.contains(tag)) {
                            flush(block, linkChars, paragraphs);
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            flush(block, linkChars, paragraphs);
        }
        return paragraphs;
    }

    private static void flush(StringBuilder block, int[] linkChars, List<String> out) {
        if (block.isEmpty()) {
            return;
        }
        String text = normalise(block);
        block.setLength(0);
        int links = linkChars[0];
        linkChars[0] = 0;
        if (text.isEmpty() || LABEL.matcher(text).matches()) {
            return;
        }
        // A line that is nearly all link is navigation ("Next: <a>...</a>", a related headline), not prose; unless
        // the link is a bare address the author wrote out for the reader.
        if (links > 0 && links >= text.length() * 0.8 && text.length() < 200 && !URL.matcher(text).matches()) {
            return;
        }
        out.add(text);
    }

    static String normalise(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = !sb.isEmpty();
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Readability's conditional cleaning of a container inside the article: dropped when its name says chrome and its
     * score cannot outweigh it, when it is a list of links, or when it has more list items than paragraphs and
     * little prose.
     */
    private static boolean junk(Element e, TextStats stats) {
        TextStats.Stat s = stats.get(e);
        if (s.chars() == 0) {
            return false;
        }
        int weight = Boilerplate.classWeight(e);
        double ld = s.linkDensity();
        boolean list = LISTS.contains(e.normalName());
        if (weight < 0 && s.commas() < 10) {
            return true;
        }
        if (s.commas() >= 10) {
            return false;
        }
        if (weight >= 25 ? ld > 0.5 : ld > 0.33 && s.chars() < 1000) {
            return true;
        }
        if (!list) {
            return false;
        }
        // A list of short link items is navigation; a list of sentences is content.
        return ld > 0.5;
    }
}
