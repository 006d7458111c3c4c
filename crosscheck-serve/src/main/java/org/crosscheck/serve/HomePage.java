package org.crosscheck.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.render.Html;

/** The stories of one day (the newest day with stories unless another is asked for), biggest first. */
final class HomePage {
    private HomePage() {
    }

    static String render(Library library, LocalDate asked, int max) {
        List<LocalDate> days = library.days();
        if (days.isEmpty()) {
            return Layout.page("Stories", null, "", "<h1>No stories yet</h1><p class=\"empty\">Submit articles "
                    + "with <code>POST /v1/articles</code> or a feed with <code>POST /v1/feeds</code>, or start "
                    + "<code>crosscheck serve --watch FEEDS.opml</code>.</p>");
        }
        LocalDate day = asked == null ? days.get(0) : asked;
        List<StoryEntry> stories = new ArrayList<>(library.stories(day, null, max).stories());
        stories.sort(Comparator.comparingInt((StoryEntry e) -> -e.articles()).thenComparing(StoryEntry.ORDER));
        StringBuilder body = new StringBuilder();
        body.append("<h1>Stories of ").append(day).append("</h1>");
        body.append(nav(days, day));
        if (stories.isEmpty()) {
            body.append("<p class=\"empty\">No article was published on ").append(day).append(".</p>");
        } else {
            body.append(StoryList.of(stories));
        }
        return Layout.page("Stories of " + day, null, "", body.toString());
    }

    /**
     * The day shown between the nearest older and newer days that have stories, in calendar order, each day once:
     * "&larr; older &middot; day &middot; newer &rarr;", and a way back to the newest day when it is not next door.
     * (A list of recent days beside the arrows read as "&larr; 03-04 03-05 03-04": gone.)
     */
    static String nav(List<LocalDate> days, LocalDate day) {
        LocalDate newer = null;
        LocalDate older = null;
        for (LocalDate d : days) {
            if (d.isAfter(day) && (newer == null || d.isBefore(newer))) {
                newer = d;
            } else if (d.isBefore(day) && (older == null || d.isAfter(older))) {
                older = d;
            }
        }
        StringBuilder sb = new StringBuilder("<nav class=\"days\" aria-label=\"Days\">");
        if (older != null) {
            sb.append("<a rel=\"prev\" class=\"older\" href=\"/?date=").append(older).append("\">\u2190 ")
                    .append(older).append("</a> ");
        }
        sb.append("<strong class=\"day\">").append(day).append("</strong>");
        if (newer != null) {
            sb.append(" <a rel=\"next\" class=\"newer\" href=\"/?date=").append(newer).append("\">")
                    .append(newer).append(" \u2192</a>");
        }
        LocalDate newest = days.isEmpty() ? null : days.stream().max(LocalDate::compareTo).orElseThrow();
        if (newest != null && newer != null && !newest.equals(newer)) {
            sb.append(" <a class=\"latest\" href=\"/\">newest: ").append(newest).append("</a>");
        }
        return sb.append("</nav>").toString();
    }

    static String search(Library library, String query, int offset, int max) {
        String q = query == null ? "" : query.strip();
        StringBuilder body = new StringBuilder();
        if (q.isEmpty()) {
            body.append("<h1>Search</h1><p class=\"empty\">Type words to find the stories that mention them.</p>");
        } else {
            SearchPage page = library.search(q, max, offset);
            body.append("<h1>Stories matching \u201c").append(Html.text(q)).append("\u201d</h1>");
            if (page.results().isEmpty()) {
                body.append("<p class=\"empty\">").append(offset == 0 ? "No story mentions that."
                        : "No more stories mention that.").append("</p>");
            } else {
                body.append(StoryList.found(page.results()));
            }
            if (page.nextOffset() != null) {
                body.append("<nav class=\"pages\"><a rel=\"next\" href=\"")
                        .append(Html.attr("/search?q=" + java.net.URLEncoder.encode(q,
                                java.nio.charset.StandardCharsets.UTF_8) + "&offset=" + page.nextOffset()))
                        .append("\">More results \u2192</a></nav>");
            }
        }
        return Layout.page(q.isEmpty() ? "Search" : "Search: " + q, q, "", body.toString());
    }
}
