package org.crosscheck.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.TimelineEvent;
import org.crosscheck.render.Html;

/**
 * One article's page: its text in paragraphs, every span its story's brief cites marked, with an anchor
 * ({@code #c-START-END}) at the start of each so a link lands on the exact words. Spans may overlap: the text is cut
 * at every span edge and each piece is marked when any span covers it, so elements always nest.
 */
final class ArticlePage {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private ArticlePage() {
    }

    static String render(AnnotatedArticle doc, StoryDossier story) {
        Article a = doc.article();
        StringBuilder body = new StringBuilder();
        body.append("<nav class=\"crumbs\"><a href=\"/\">Stories</a>");
        if (story != null) {
            body.append(" \u203a <a class=\"story\" href=\"").append(Html.attr(Links.story(story.entry().id())))
                    .append("\">").append(Html.text(Html.shorten(story.entry().headline(), 90))).append("</a>");
        }
        body.append(" \u00b7 <a href=\"/v1/articles/").append(Html.attr(Links.segment(a.id())))
                .append("\">annotations (JSON)</a></nav>\n");
        body.append("<article class=\"source\"><h1 dir=\"auto\">").append(Html.text(a.title() == null
                || a.title().isBlank() ? a.id() : a.title())).append("</h1><p class=\"meta\">")
                .append(Html.text(a.outlet() == null ? "unknown outlet" : a.outlet())).append(" \u00b7 ")
                .append(a.published() == null ? "undated" : a.published().toString()).append(" \u00b7 <code>")
                .append(Html.text(a.id())).append("</code>");
        String url = Html.safeUrl(a.url());
        if (url != null) {
            body.append(" \u00b7 <a rel=\"noopener noreferrer nofollow\" href=\"").append(Html.attr(url))
                    .append("\">original</a>");
        }
        body.append("</p>\n<div class=\"text\" dir=\"auto\">")
                .append(text(a.text(), story == null ? List.of() : cited(story.brief(), a.id())))
                .append("</div></article>");
        return Layout.page(a.title() == null || a.title().isBlank() ? a.id() : a.title(), null, "",
                body.toString());
    }

    /**
     * The mark a targeted anchor leads to, as site.css selects it: spans that start at one place (a sentence and the
     * clause it opens with) put their anchors side by side, so the mark may follow up to three other anchors.
     */
    static final String TARGET_MARK = "a.anchor:target + mark, a.anchor:target + a.anchor + mark, "
            + "a.anchor:target + a.anchor + a.anchor + mark, a.anchor:target + a.anchor + a.anchor + a.anchor + mark";

    /** The text as paragraphs with the spans marked and anchored. */
    static String text(String text, List<Evidence> spans) {
        List<Evidence> valid = spans.stream().filter(e -> e.end() <= text.length() && e.end() > e.start())
                .distinct().toList();
        StringBuilder sb = new StringBuilder(text.length() + valid.size() * 48);
        Set<Evidence> anchored = new LinkedHashSet<>();
        int ps = 0;
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        List<int[]> paragraphs = new ArrayList<>();
        while (m.find()) {
            paragraphs.add(new int[] {ps, m.start()});
            ps = m.end();
        }
        paragraphs.add(new int[] {ps, text.length()});
        for (int[] p : paragraphs) {
            if (p[1] <= p[0]) {
                continue;
            }
            sb.append("<p>");
            TreeSet<Integer> cuts = new TreeSet<>(List.of(p[0], p[1]));
            for (Evidence e : valid) {
                if (e.start() > p[0] && e.start() < p[1]) {
                    cuts.add(e.start());
                }
                if (e.end() > p[0] && e.end() < p[1]) {
                    cuts.add(e.end());
                }
            }
            Integer from = cuts.first();
            for (Integer to : cuts.tailSet(from, false)) {
                boolean covered = false;
                for (Evidence e : valid) {
                    if (e.start() <= from && e.end() >= to) {
                        covered = true;
                        if (anchored.add(e)) {
                            sb.append("<a class=\"anchor\" id=\"").append(Links.anchor(e.start(), e.end()))
                                    .append("\"></a>");
                        }
                    }
                }
                String piece = Html.text(text.substring(from, to)).replace("\n", "<br>");
                sb.append(covered ? "<mark>" + piece + "</mark>" : piece);
                from = to;
            }
            sb.append("</p>\n");
        }
        return sb.toString();
    }

    /** Every span of this article that the brief cites. */
    static List<Evidence> cited(Brief b, String article) {
        List<Evidence> all = new ArrayList<>();
        for (ClaimGroup g : b.claims()) {
            all.addAll(g.support());
            g.claims().forEach(c -> all.add(c.evidence()));
            for (ClaimValue v : g.values()) {
                if (v.evidence() != null) {
                    all.add(v.evidence());
                }
            }
        }
        for (TimelineEvent e : b.timeline()) {
            all.addAll(e.support());
        }
        for (BriefQuote q : b.quotes()) {
            if (q.evidence() != null) {
                all.add(q.evidence());
            }
        }
        for (SourceProfile p : b.sources()) {
            if (p.article().equals(article)) {
                for (Attribution at : p.attributions()) {
                    all.add(new Evidence(article, at.start(), at.end()));
                }
            }
        }
        return all.stream().filter(e -> e.article().equals(article)).distinct().toList();
    }
}
