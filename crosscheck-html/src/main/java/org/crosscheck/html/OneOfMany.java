package org.crosscheck.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Narrows the content to one article when it holds several: blogs and magazines show the post followed by teasers
 * of other posts, each an {@code <article>}, and paragraph scoring alone picks their common parent or the post
 * with the teasers inside. The page's own post is the one whose headings carry the page's title; when none does and
 * the teasers sit inside a longer text, that text is the post and the teasers go.
 */
final class OneOfMany {

    /** Titles shorter than this match too much to decide anything. */
    private static final int MIN_TITLE = 10;

    private OneOfMany() {
    }

    static List<Element> pick(List<Element> content, String title) {
        if (content.isEmpty() || title == null || words(title).length() < MIN_TITLE) {
            return content;
        }
        Element body = content.get(0).ownerDocument() == null ? null : content.get(0).ownerDocument().body();
        if (body == null) {
            return content;
        }
        List<Element> articles = body.getElementsByTag("article");
        if (articles.size() < 2) {
            return content;
        }
        Element match = match(articles, words(title));
        List<Element> picked = content;
        if (match == null) {
            return dropTeasers(content, null);
        }
        // Content inside the page's post is already narrower than the post; content around it or beside it is not.
        boolean within = content.stream().allMatch(c -> c == match || c.parents().contains(match));
        if (!within && (content.stream().anyMatch(c -> contains(c, List.of(match)))
                || content.stream().allMatch(c -> c.normalName().equals("article")) && match.text().length() >= 500)) {
            picked = List.of(match);
        }
        return dropTeasers(picked, match);
    }

    /** The one outermost article whose headings carry the title, or {@code null} when none or several do. */
    private static Element match(List<Element> articles, String key) {
        Element match = null;
        for (Element a : articles) {
            if (headings(a).contains(key) && (match == null || !a.parents().contains(match))) {
                if (match != null) {
                    return null;
                }
                match = a;
            }
        }
        return match;
    }

    /** Whether one of the elements lies inside the ancestor, or is it. */
    private static boolean contains(Element ancestor, List<Element> elements) {
        for (Element e : elements) {
            if (e == ancestor || e.parents().contains(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops two or more posts (nested in the content, or among its elements) when the content has a longer text of
     * its own beside them: that text is the page's post and they are teasers.
     */
    private static List<Element> dropTeasers(List<Element> content, Element post) {
        List<Element> teasers = new ArrayList<>();
        int total = 0;
        for (Element root : content) {
            total += root.text().length();
            for (Element a : root.getElementsByTag("article")) {
                if (a != post && (a != root || content.size() > 1)
                        && a.parents().stream().noneMatch(teasers::contains)) {
                    teasers.add(a);
                }
            }
        }
        if (teasers.size() < 2) {
            return content;
        }
        int inside = 0;
        for (Element a : teasers) {
            inside += a.text().length();
        }
        if (total - inside < 500) {
            return content;
        }
        List<Element> kept = new ArrayList<>(content);
        kept.removeAll(teasers);
        for (Element a : teasers) {
            a.remove();
        }
        return kept;
    }

    /** Words only, lower-cased: "Só quem se Ama..." and "Só quem se Ama…" are one title. */
    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String headings(Element article) {
        StringBuilder sb = new StringBuilder();
        for (Element h : article.select("h1, h2, h3")) {
            sb.append(words(h.text())).append('\n');
        }
        return sb.toString();
    }
}
