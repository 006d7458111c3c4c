package org.crosscheck.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Evidence;

/**
 * Links from a brief's statements to the spans they rest on. A span's anchor is derived from its article id and
 * offsets alone, so the same span gets the same id in every rendering; a span whose article is not in the run, or
 * that runs past the article's text, is shown as plain text rather than as a link to nowhere.
 */
final class Citations {
    private static final int PREVIEW = 280;

    private final Map<String, AnnotatedArticle> docs;

    Citations(Map<String, AnnotatedArticle> docs) {
        this.docs = docs;
    }

    static String anchor(Evidence e) {
        return Html.id("a-" + e.article() + "-" + e.start() + "-" + e.end());
    }

    static String articleAnchor(String article) {
        return Html.id("article-" + article);
    }

    boolean resolves(Evidence e) {
        AnnotatedArticle d = docs.get(e.article());
        return d != null && e.end() <= d.text().length();
    }

    AnnotatedArticle doc(String article) {
        return docs.get(article);
    }

    /** The outlet of an article, or {@code null} when unknown. */
    String outlet(String article) {
        AnnotatedArticle d = docs.get(article);
        return d == null ? null : d.article().outlet();
    }

    /** "Coastline News" or the article id when the outlet is unknown. */
    String outletOrId(String article) {
        String o = outlet(article);
        return o == null || o.isBlank() ? article : o;
    }

    /** Citation links, one per distinct span, each previewing the cited text on hover. */
    String links(List<Evidence> evidence) {
        StringBuilder sb = new StringBuilder("<span class=\"cites\">");
        for (Evidence e : new LinkedHashSet<>(evidence)) {
            sb.append(link(e));
        }
        return sb.append("</span>").toString();
    }

    String link(Evidence e) {
        String label = Html.shorten(e.article(), 24);
        if (!resolves(e)) {
            return "<span class=\"cite missing\" title=\"" + Html.attr("not in this run: " + e.article() + ":"
                    + e.start() + "-" + e.end()) + "\">" + Html.text(label) + "</span>";
        }
        AnnotatedArticle d = docs.get(e.article());
        String who = d.article().outlet() == null ? e.article() : d.article().outlet();
        String when = d.article().published() == null ? "" : ", " + d.article().published();
        String quote = Html.shorten(d.text().substring(e.start(), e.end()), PREVIEW);
        return "<a class=\"cite\" href=\"#" + anchor(e) + "\" title=\"" + Html.attr(who + when + " ["
                + e.start() + "\u2013" + e.end() + "]: \u201c" + quote + "\u201d") + "\">" + Html.text(label) + "</a>";
    }
}
