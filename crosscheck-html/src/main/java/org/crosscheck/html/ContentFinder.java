package org.crosscheck.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article, Readability's way: every paragraph-like element gives points for its length
 * and commas to its parent (fully), grandparent (half) and further ancestors (less); a candidate's points are scaled
 * down by its link density and shifted by its class name, and the best candidate wins. Siblings of the winner that
 * score well or read like prose join it, because many templates split one article over several containers.
 */
final class ContentFinder {

    /** Paragraph text shorter than this is not scored: captions, buttons, labels. */
    private static final int MIN_PARAGRAPH = 25;

    private ContentFinder() {
    }

    /** The elements whose text is the article, in document order; empty when nothing reads like prose. */
    static List<Element> find(Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            double points = paragraphPoints(e, stats);
            if (points <= 0) {
                continue;
            }
            // Text written straight into a container among its blocks is that container's own paragraph, so the
            // container earns its points first (Readability wraps such text in a <p>).
            boolean own = !e.normalName().equals("p") && stats.get(e).hasBlock();
            Element ancestor = own ? e : e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Double s = scores.get(ancestor);
                if (s == null) {
                    s = initialScore(ancestor);
                }
                scores.put(ancestor, s + points / divider);
            }
        }
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            double s = en.getValue() * (1 - stats.get(en.getKey()).linkDensity());
            en.setValue(s);
            if (s > topScore) {
                topScore = s;
                top = en.getKey();
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top, topScore, scores, stats);
        topScore = scores.getOrDefault(top, topScore);
        return withSiblings(top, topScore, scores, stats);
    }

    /**
     * Points an element earns for its ancestors: {@code 1 + commas + min(length / 100, 3)} for a paragraph, a
     * {@code pre}, a cell, or a div that holds text directly.
     */
    private static double paragraphPoints(Element e, TextStats stats) {
        String tag = e.normalName();
        TextStats.Stat s = stats.get(e);
        switch (tag) {
            case "p", "pre", "td", "blockquote" -> {
                if (tag.equals("blockquote") && s.hasBlock()) {
                    return 0;
                }
                int chars = s.chars() - s.linkChars();
                return chars < MIN_PARAGRAPH ? 0 : 1 + s.commas() + Math.min(chars / 100, 3);
            }
            case "div", "section", "article" -> {
                if (!s.hasBlock()) {
                    int chars = s.chars() - s.linkChars();
                    return chars < MIN_PARAGRAPH ? 0 : 1 + s.commas() + Math.min(chars / 100, 3);
                }
                // Text written straight into a container, paragraphs separated by <br>: each piece a paragraph.
                int chars = s.inlineChars();
                if (chars < MIN_PARAGRAPH) {
                    return 0;
                }
                int pieces = 1;
                for (Element c : e.children()) {
                    if (c.normalName().equals("br")) {
                        pieces++;
                    }
                }
                pieces = Math.max(1, Math.min(pieces / 2, chars / 80));
                return pieces + s.inlineCommas() + Math.min(chars / 100, 3 * pieces);
            }
            default -> {
                return 0;
            }
        }
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            s += 10;
        }
        return s + Boilerplate.classWeight(e);
    }

    /**
     * Readability's walk up: when the winner's ancestors keep most of its score, the article is the larger element
     * (the winner was one of several sections of it).
     */
    private static Element climb(Element top, double topScore, Map<Element, Double> scores, TextStats stats) {
        double last = topScore;
        double threshold = topScore / 3;
        Element parent = top.parent();
        while (parent != null && !parent.normalName().equals("body") && !parent.normalName().equals("html")) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = parent;
                break;
            }
            last = ps;
            parent = parent.parent();
        }
        // A winner that is its parent's only child says nothing the parent does not.
        while (top.parent() != null && !top.parent().normalName().equals("body")
                && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores,
                                              TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                out.add(sibling);
                continue;
            }
            if (sibling.normalName().equals("p")) {
                TextStats.Stat st = stats.get(sibling);
                double ld = st.linkDensity();
                if (st.chars() > 80 && ld < 0.25) {
                    out.add(sibling);
                } else if (st.chars() > 0 && st.chars() <= 80 && ld == 0 && sibling.text().matches(".*\\.( |$).*")) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }
}
