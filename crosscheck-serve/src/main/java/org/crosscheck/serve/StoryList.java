package org.crosscheck.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.api.Span;
import org.crosscheck.render.Html;

/** A list of stories as the home and search pages show them. */
final class StoryList {
    private StoryList() {
    }

    static String of(List<StoryEntry> stories) {
        StringBuilder sb = new StringBuilder("<ol class=\"stories\">");
        for (StoryEntry e : stories) {
            item(sb, e);
            sb.append("</li>");
        }
        return sb.append("</ol>").toString();
    }

    /** Search results: each story with its best match's snippet, escaped, the matched words marked. */
    static String found(List<SearchPage.Found> results) {
        StringBuilder sb = new StringBuilder("<ol class=\"stories\">");
        for (SearchPage.Found f : results) {
            item(sb, f.story());
            if (f.snippet() != null && !f.snippet().isBlank()) {
                sb.append("<p class=\"snippet\">").append(snippet(f.snippet(), f.matches())).append("</p>");
            }
            sb.append("</li>");
        }
        return sb.append("</ol>").toString();
    }

    /**
     * The snippet as text, every character escaped, with {@code <mark>} around the matches: the markup is ours
     * only, so a snippet holding "&lt;script&gt;" shows it as words. Spans out of order, overlapping or past the
     * end are skipped rather than trusted.
     */
    static String snippet(String text, List<Span> matches) {
        List<Span> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(Span::start));
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Span m : sorted) {
            if (m.start() < at || m.end() > text.length() || m.end() <= m.start()) {
                continue;
            }
            sb.append(Html.text(text.substring(at, m.start()))).append("<mark>")
                    .append(Html.text(text.substring(m.start(), m.end()))).append("</mark>");
            at = m.end();
        }
        return sb.append(Html.text(text.substring(at))).toString();
    }

    private static void item(StringBuilder sb, StoryEntry e) {
        sb.append("<li><a class=\"story\" href=\"").append(Html.attr(Links.story(e.id()))).append("\">")
                .append(Html.text(e.headline())).append("</a><span class=\"meta\">")
                .append(e.articles()).append(e.articles() == 1 ? " article" : " articles");
        if (!e.outlets().isEmpty()) {
            sb.append(" \u00b7 ").append(Html.text(String.join(", ", e.outlets().subList(0,
                    Math.min(4, e.outlets().size()))))).append(e.outlets().size() > 4 ? ", \u2026" : "");
        }
        if (e.first() != null) {
            sb.append(" \u00b7 ").append(e.first());
            if (e.last() != null && !e.last().equals(e.first())) {
                sb.append(" \u2013 ").append(e.last());
            }
        }
        sb.append("</span>");
    }
}
