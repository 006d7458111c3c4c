package org.crosscheck.serve;

import java.util.LinkedHashSet;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.TimelineEvent;
import org.crosscheck.render.Html;

/**
 * A plain rendering of a brief for when the shared HTML renderer cannot be used: the claims by standing, every
 * outlet's figure for disputes, the timeline, quotes and sourcing, each citation linking to the exact span on the
 * article's own page.
 */
final class BriefSections {
    private BriefSections() {
    }

    static String of(StoryDossier d) {
        Brief b = d.brief();
        StringBuilder sb = new StringBuilder();
        sb.append("<article class=\"story\"><h1>").append(Html.text(d.entry().headline())).append("</h1>");
        sb.append("<p class=\"meta\">").append(d.entry().articles()).append(" articles from ")
                .append(Html.text(String.join(", ", d.entry().outlets()))).append("</p>");
        section(sb, d, "What the outlets agree on", ClaimStatus.CORROBORATED);
        section(sb, d, "Where they differ", ClaimStatus.DISPUTED);
        section(sb, d, "What changed", ClaimStatus.SUPERSEDED);
        section(sb, d, "Reported by one source only", ClaimStatus.SINGLE_SOURCE);
        if (!b.timeline().isEmpty()) {
            sb.append("<section><h2>Timeline</h2><ol class=\"timeline\">");
            for (TimelineEvent e : b.timeline()) {
                sb.append("<li><time>").append(Html.text(e.when())).append("</time> ").append(Html.text(e.event()))
                        .append(cites(d, e.support())).append("</li>");
            }
            sb.append("</ol></section>");
        }
        if (!b.quotes().isEmpty()) {
            sb.append("<section><h2>Who said what</h2><ul class=\"quotes\">");
            for (BriefQuote q : b.quotes()) {
                sb.append("<li><strong>").append(Html.text(q.speaker() == null ? "unnamed" : q.speaker()))
                        .append("</strong>: \u201c").append(Html.text(q.text())).append("\u201d")
                        .append(q.evidence() == null ? "" : cites(d, List.of(q.evidence()))).append("</li>");
            }
            sb.append("</ul></section>");
        }
        if (!b.sources().isEmpty()) {
            sb.append("<section><h2>How each report is sourced</h2><ul class=\"sources\">");
            for (SourceProfile p : b.sources()) {
                sb.append("<li><a href=\"").append(Html.attr(Links.article(p.article()))).append("\">")
                        .append(Html.text(p.outlet() == null ? p.article() : p.outlet())).append("</a> ")
                        .append(Html.text(String.join(", ", p.flags()))).append("</li>");
            }
            sb.append("</ul></section>");
        }
        return sb.append("</article>").toString();
    }

    private static void section(StringBuilder sb, StoryDossier d, String title, ClaimStatus status) {
        List<ClaimGroup> groups = d.brief().claims().stream().filter(g -> g.status() == status).toList();
        if (groups.isEmpty()) {
            return;
        }
        sb.append("<section class=\"").append(status.label()).append("\"><h2>").append(title).append("</h2><ul>");
        for (ClaimGroup g : groups) {
            sb.append("<li>").append(Html.text(g.statement())).append(cites(d, g.support()));
            if (!g.values().isEmpty()) {
                sb.append("<table class=\"values\"><tr><th>Outlet</th><th>Published</th><th>Figure</th>"
                        + "<th>Scope</th></tr>");
                for (ClaimValue v : g.values()) {
                    sb.append("<tr><td>").append(Html.text(v.outlet())).append("</td><td>")
                            .append(v.published() == null ? "" : v.published().toString()).append("</td><td>")
                            .append(Html.text(figure(v))).append("</td><td>").append(Html.text(v.scope()))
                            .append("</td></tr>");
                }
                sb.append("</table>");
            }
            sb.append("</li>");
        }
        sb.append("</ul></section>");
    }

    private static String figure(ClaimValue v) {
        return v.words();
    }

    /** Links to the cited spans on the articles' own pages. */
    static String cites(StoryDossier d, List<Evidence> evidence) {
        StringBuilder sb = new StringBuilder(" <span class=\"cites\">");
        for (Evidence e : new LinkedHashSet<>(evidence)) {
            AnnotatedArticle a = d.articles().get(e.article());
            if (a == null || e.end() > a.text().length()) {
                continue;
            }
            sb.append("<a class=\"cite\" href=\"").append(Html.attr(Links.cite(e.article(), e.start(), e.end())))
                    .append("\" title=\"").append(Html.attr(Html.shorten(a.text().substring(e.start(), e.end()),
                            200))).append("\">").append(Html.text(e.article())).append("</a>");
        }
        return sb.append("</span>").toString();
    }
}
