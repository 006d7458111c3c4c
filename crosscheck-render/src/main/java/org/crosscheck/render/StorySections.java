package org.crosscheck.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.Story;
import org.crosscheck.api.TimelineEvent;

/**
 * The sections of one story's brief in HTML, in the order a reader needs them: what is agreed, what is disputed,
 * what changed, what rests on one source, when things happened, who said what, who covers what, and how each
 * report is sourced. Every section is present even when empty, saying so, so two briefs read alike.
 */
final class StorySections {

    private final StringBuilder sb;
    private final Brief brief;
    private final Citations cites;
    private final String sid;
    private final Map<String, String> claimIds = new LinkedHashMap<>();

    private StorySections(StringBuilder sb, Brief brief, Citations cites) {
        this.sb = sb;
        this.brief = brief;
        this.cites = cites;
        this.sid = Html.id("story-" + brief.story().id());
        for (ClaimGroup g : brief.claims()) {
            claimIds.put(g.id(), Html.id("claim-" + g.id()));
        }
    }

    /** Opens the story's {@code <article>} and writes its sections; the caller closes it. */
    static void append(StringBuilder sb, Brief brief, Citations cites) {
        StorySections s = new StorySections(sb, brief, cites);
        s.header();
        s.core();
        s.disputes();
        s.changes();
        s.singleSource();
        s.timeline();
        s.quotes();
        s.matrix();
        s.sources();
    }

    private List<ClaimGroup> with(ClaimStatus status) {
        return brief.claims().stream().filter(g -> g.status() == status).toList();
    }

    private void header() {
        Story s = brief.story();
        sb.append("<article class=\"story\" id=\"").append(sid).append("\"><header class=\"story-head\">")
                .append("<p class=\"kicker\">crosscheck brief \u00b7 story <code>").append(Html.text(s.id()))
                .append("</code></p><h1 dir=\"auto\"")
                .append(BriefHtml.headline(brief).length() > 110 ? " class=\"long\">" : ">")
                .append(Html.text(BriefHtml.headline(brief))).append("</h1>");
        int n = s.articles().size();
        sb.append("<p class=\"meta\">").append(n).append(n == 1 ? " article" : " articles").append(" from ")
                .append(s.outlets().size()).append(s.outlets().size() == 1 ? " outlet" : " outlets");
        if (s.first() != null) {
            sb.append(", ").append(s.first());
            if (s.last() != null && !s.last().equals(s.first())) {
                sb.append(" to ").append(s.last());
            }
        }
        sb.append(".</p><ul class=\"outlets\">");
        for (String a : s.articles()) {
            AnnotatedArticle d = cites.doc(a);
            sb.append("<li><a href=\"#").append(Citations.articleAnchor(a)).append("\">")
                    .append(Html.text(Html.shorten(cites.outletOrId(a), 40))).append("</a> <span class=\"muted\">")
                    .append(d == null || d.article().published() == null ? "undated" : d.article().published())
                    .append("</span></li>");
        }
        sb.append("</ul><p class=\"counts\">");
        for (ClaimStatus st : ClaimStatus.values()) {
            sb.append("<span class=\"count ").append(st.label()).append("\"><strong>").append(with(st).size())
                    .append("</strong> ").append(st.label()).append("</span>");
        }
        sb.append("</p><nav class=\"toc\" aria-label=\"Sections\">");
        String[][] toc = {{"core", "Agreed"}, {"disputes", "Disputed"}, {"changes", "What changed"},
            {"single", "Single source"}, {"timeline", "Timeline"}, {"quotes", "Quotes"}, {"matrix", "Coverage"},
            {"sources", "Sources"}, {"texts", "Articles"}};
        for (String[] t : toc) {
            sb.append("<a href=\"#").append(sid).append('-').append(t[0]).append("\">").append(t[1]).append("</a>");
        }
        sb.append("</nav></header>");
    }

    private void open(String key, String title, String lede) {
        sb.append("<section id=\"").append(sid).append('-').append(key).append("\" class=\"").append(key)
                .append("\"><h2>").append(title).append("</h2>");
        if (lede != null) {
            sb.append("<p class=\"lede\">").append(lede).append("</p>");
        }
    }

    private void empty(String what) {
        sb.append("<p class=\"empty\">").append(what).append("</p>");
    }

    private void core() {
        List<ClaimGroup> groups = with(ClaimStatus.CORROBORATED);
        open("core", "What the outlets agree on", "Stated by two or more independent outlets.");
        if (groups.isEmpty()) {
            empty("No claim is stated by two or more independent outlets.");
        } else {
            sb.append("<ul class=\"claims\">");
            for (ClaimGroup g : groups) {
                sb.append("<li id=\"").append(claimIds.get(g.id())).append("\"><span class=\"badge corroborated\">")
                        .append(g.articles().size()).append(" articles</span> <span class=\"stmt\" dir=\"auto\">")
                        .append(Html.text(g.statement())).append("</span> <span class=\"by\">")
                        .append(Html.text(outlets(g.articles()))).append("</span> ").append(cites.links(g.support()));
                figuresLine(g.values());
                sb.append("</li>");
            }
            sb.append("</ul>");
        }
        sb.append("</section>");
    }

    /** The figures behind an agreed claim, so a spread the grouping tolerated is still in view. */
    private void figuresLine(List<ClaimValue> values) {
        if (values.isEmpty()) {
            return;
        }
        sb.append("<div class=\"figs\">Figures: ");
        for (int i = 0; i < values.size(); i++) {
            ClaimValue v = values.get(i);
            sb.append(i == 0 ? "" : " \u00b7 ").append("<span class=\"who\">")
                    .append(Html.text(v.outlet() == null ? cites.outletOrId(v.article()) : v.outlet()))
                    .append("</span> <strong>").append(Html.text(DisputeChart.words(v))).append("</strong>");
            if (v.evidence() != null) {
                sb.append(cites.links(List.of(v.evidence())));
            }
        }
        sb.append("</div>");
    }

    private void disputes() {
        List<ClaimGroup> groups = with(ClaimStatus.DISPUTED);
        open("disputes", "Where they differ", "The outlets give incompatible figures or accounts; each is shown "
                + "as its outlet gives it.");
        if (groups.isEmpty()) {
            empty("No dispute between the outlets.");
        }
        int n = 0;
        for (ClaimGroup g : groups) {
            sb.append("<div class=\"dispute\" id=\"").append(claimIds.get(g.id())).append("\"><h3 dir=\"auto\">")
                    .append(Html.text(g.statement())).append("</h3><p class=\"by\">")
                    .append(Html.text(outlets(g.articles()))).append(' ').append(cites.links(g.support()))
                    .append("</p>");
            Map<String, List<ClaimValue>> byUnit = new LinkedHashMap<>();
            for (ClaimValue v : g.values()) {
                byUnit.computeIfAbsent(v.unit() == null ? "" : v.unit().strip(), k -> new ArrayList<>()).add(v);
            }
            for (Map.Entry<String, List<ClaimValue>> u : byUnit.entrySet()) {
                String chart = DisputeChart.svg(sid + "-chart-" + (++n), g.statement(), u.getKey(), u.getValue(),
                        cites);
                if (!chart.isEmpty()) {
                    sb.append("<figure class=\"chart-wrap\">").append(chart).append("<figcaption>")
                            .append(Html.text(u.getKey().isEmpty() ? "Figures as each outlet gives them"
                                    : "Figures in " + u.getKey() + ", as each outlet gives them"))
                            .append("; lighter bars are hedged (\u201cat least\u201d, \u201cabout\u201d).")
                            .append("</figcaption></figure>");
                }
            }
            if (!g.values().isEmpty()) {
                values(g.values());
            } else {
                versions(g.claims());
            }
            sb.append("</div>");
        }
        sb.append("</section>");
    }

    private void values(List<ClaimValue> values) {
        sb.append("<table class=\"figures\"><thead><tr><th>Outlet</th><th>Published</th><th>Figure</th>"
                + "<th>Scope</th><th>Source</th></tr></thead><tbody>");
        for (ClaimValue v : values) {
            sb.append("<tr><td>").append(Html.text(v.outlet() == null ? cites.outletOrId(v.article()) : v.outlet()))
                    .append("</td><td>").append(v.published() == null ? "" : v.published()).append("</td><td class=\"num\">")
                    .append(Html.text(DisputeChart.words(v))).append("</td><td dir=\"auto\">")
                    .append(Html.text(v.scope())).append("</td><td>")
                    .append(v.evidence() == null ? Html.text(v.article()) : cites.links(List.of(v.evidence())))
                    .append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    private void versions(List<Claim> claims) {
        sb.append("<ul class=\"versions\">");
        for (Claim c : claims) {
            sb.append("<li><span class=\"who\">").append(Html.text(cites.outletOrId(c.article()))).append("</span> ")
                    .append(c.published() == null ? "" : "<span class=\"muted\">" + c.published() + "</span> ")
                    .append("<span class=\"stmt\" dir=\"auto\">").append(Html.text(c.statement())).append("</span> ")
                    .append(cites.links(List.of(c.evidence()))).append("</li>");
        }
        sb.append("</ul>");
    }

    private void changes() {
        List<ClaimGroup> groups = with(ClaimStatus.SUPERSEDED);
        open("changes", "What changed", "True when reported, then overtaken by a later report: history, not a "
                + "live conflict.");
        if (groups.isEmpty()) {
            empty("No report was overtaken by a later one.");
        } else {
            Map<String, ClaimGroup> byId = new LinkedHashMap<>();
            brief.claims().forEach(c -> byId.put(c.id(), c));
            sb.append("<ol class=\"changes\">");
            for (ClaimGroup g : groups) {
                sb.append("<li id=\"").append(claimIds.get(g.id())).append("\">");
                step(g, "Earlier", "earlier");
                ClaimGroup later = g.supersededBy() == null ? null : byId.get(g.supersededBy());
                if (later != null) {
                    step(later, "Later", "later");
                } else {
                    sb.append("<div class=\"step later\"><span class=\"tag\">Later</span> <span class=\"muted\">"
                            + "overtaken by a later report that this brief does not list</span></div>");
                }
                sb.append("</li>");
            }
            sb.append("</ol>");
        }
        sb.append("</section>");
    }

    private void step(ClaimGroup g, String tag, String css) {
        LocalDate when = firstDate(g);
        sb.append("<div class=\"step ").append(css).append("\"><span class=\"tag\">").append(tag).append("</span> ")
                .append("<time>").append(when == null ? "undated" : when.toString()).append("</time> ")
                .append("<span class=\"stmt\" dir=\"auto\">").append(Html.text(g.statement())).append("</span> ")
                .append("<span class=\"by\">").append(Html.text(outlets(g.articles()))).append("</span> ")
                .append(cites.links(g.support())).append("</div>");
    }

    private void singleSource() {
        List<ClaimGroup> groups = with(ClaimStatus.SINGLE_SOURCE);
        open("single", "Reported by one source only", "No other outlet in the story states these; weigh them "
                + "accordingly.");
        if (groups.isEmpty()) {
            empty("Every claim is stated by more than one source.");
        } else {
            sb.append("<ul class=\"claims\">");
            for (ClaimGroup g : groups) {
                sb.append("<li id=\"").append(claimIds.get(g.id())).append("\"><span class=\"badge single-source\">")
                        .append("single source</span> <span class=\"stmt\" dir=\"auto\">")
                        .append(Html.text(g.statement())).append("</span> <span class=\"by\">")
                        .append(Html.text(outlets(g.articles()))).append("</span> ")
                        .append(cites.links(g.support())).append("</li>");
            }
            sb.append("</ul>");
        }
        sb.append("</section>");
    }

    private void timeline() {
        List<TimelineEvent> events = brief.timeline();
        open("timeline", "Timeline", null);
        if (events.isEmpty()) {
            empty("No dated event.");
            sb.append("</section>");
            return;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ids.add(Html.id("ev-" + brief.story().id() + "-" + (i + 1)));
        }
        String chart = TimelineChart.svg(sid + "-tl", events, ids, cites);
        if (!chart.isEmpty()) {
            sb.append("<figure class=\"chart-wrap timeline-wrap\">").append(chart).append("<figcaption>")
                    .append("Dates as the articles give them, normalised; spacing grows with the time between "
                            + "dates, a break marks a long gap. A round marker is a day, a wider one a week, month "
                            + "or year.</figcaption></figure>");
        }
        sb.append("<ol class=\"events\">");
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            String label = TimexSpan.parse(e.when()).map(TimexSpan::label).orElse(e.when());
            boolean placed = TimexSpan.parse(e.when()).isPresent();
            sb.append("<li id=\"").append(ids.get(i)).append("\"><span class=\"n\">").append(i + 1)
                    .append("</span><time").append(placed ? "" : " class=\"unplaced\" title=\"not a calendar date\"")
                    .append(">").append(Html.text(label)).append("</time><div><span class=\"stmt\" dir=\"auto\">")
                    .append(Html.text(e.event())).append("</span> <span class=\"by\">")
                    .append(Html.text(outlets(e.articles()))).append("</span> ").append(cites.links(e.support()))
                    .append("</div></li>");
        }
        sb.append("</ol></section>");
    }

    private void quotes() {
        open("quotes", "Who said what", null);
        if (brief.quotes().isEmpty()) {
            empty("No direct quotation.");
            sb.append("</section>");
            return;
        }
        Map<String, List<BriefQuote>> bySpeaker = new LinkedHashMap<>();
        for (BriefQuote q : brief.quotes()) {
            String who = q.speaker() == null || q.speaker().isBlank() ? "" : q.speaker();
            bySpeaker.computeIfAbsent(who, k -> new ArrayList<>()).add(q);
        }
        sb.append("<div class=\"speakers\">");
        for (Map.Entry<String, List<BriefQuote>> e : bySpeaker.entrySet()) {
            sb.append("<div class=\"speaker\"><h3 dir=\"auto\">")
                    .append(e.getKey().isEmpty() ? "<span class=\"muted\">Speaker not given</span>"
                            : Html.text(e.getKey()))
                    .append(" <span class=\"muted\">").append(e.getValue().size()).append("</span></h3><ul>");
            for (BriefQuote q : e.getValue()) {
                sb.append("<li><q dir=\"auto\">").append(Html.text(q.text())).append("</q> <span class=\"by\">")
                        .append(Html.text(cites.outletOrId(q.article()))).append("</span> ")
                        .append(q.evidence() == null ? "" : cites.links(List.of(q.evidence()))).append("</li>");
            }
            sb.append("</ul></div>");
        }
        sb.append("</div></section>");
    }

    private void matrix() {
        open("matrix", "Who reports what", "Each claim against each outlet.");
        if (brief.claims().isEmpty()) {
            empty("No claim to compare.");
        } else {
            List<ClaimGroup> rows = new ArrayList<>();
            for (ClaimStatus st : ClaimStatus.values()) {
                rows.addAll(with(st));
            }
            sb.append(CoverageMatrix.html(brief.story(), rows, rows.stream().map(g -> claimIds.get(g.id())).toList(),
                    cites));
        }
        sb.append("</section>");
    }

    private void sources() {
        open("sources", "How each report is sourced", null);
        if (brief.sources().isEmpty()) {
            empty("No source profile.");
            sb.append("</section>");
            return;
        }
        sb.append("<table class=\"sources\"><thead><tr><th>Article</th><th>Outlet</th><th>Published</th>"
                + "<th title=\"named / anonymous sources\">Named / anon.</th><th>Quotes on record</th><th>Flags</th>"
                + "<th>Attributions</th></tr></thead><tbody>");
        for (SourceProfile p : brief.sources()) {
            sb.append("<tr><td><a href=\"#").append(Citations.articleAnchor(p.article())).append("\"><code>")
                    .append(Html.text(Html.shorten(p.article(), 30))).append("</code></a></td><td>")
                    .append(Html.text(p.outlet() == null ? "unknown" : p.outlet())).append("</td><td>")
                    .append(p.published() == null ? "undated" : p.published()).append("</td><td class=\"num\">")
                    .append(p.namedSources()).append(" / ").append(p.anonymousSources()).append("</td><td class=\"num\">")
                    .append(p.quotesOnRecord()).append("</td><td>");
            for (String f : p.flags()) {
                sb.append("<span class=\"flag ").append(Flags.css(f)).append("\" title=\"")
                        .append(Html.attr(Flags.meaning(f))).append("\">").append(Html.text(f)).append("</span> ");
            }
            if (p.duplicateOf() != null) {
                sb.append("<span class=\"muted\">copy of ").append(Html.text(p.duplicateOf())).append("</span>");
            }
            sb.append("</td><td>");
            if (!p.attributions().isEmpty()) {
                sb.append("<details><summary>").append(p.attributions().size()).append("</summary><ul class=\"attr\">");
                for (Attribution at : p.attributions()) {
                    sb.append("<li><span class=\"who\" dir=\"auto\">").append(Html.text(at.source()))
                            .append("</span> <span class=\"kind\">").append(Html.text(at.kind().label()))
                            .append("</span> ").append(cites.links(List.of(new Evidence(p.article(), at.start(),
                                    at.end())))).append("</li>");
                }
                sb.append("</ul></details>");
            } else {
                sb.append("<span class=\"muted\">none</span>");
            }
            sb.append("</td></tr>");
        }
        sb.append("</tbody></table>");
        sb.append("</section>");
    }

    private String outlets(List<String> articles) {
        List<String> names = new ArrayList<>();
        for (String a : articles) {
            String n = cites.outletOrId(a);
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return names.isEmpty() ? "" : "\u2014 " + String.join(", ", names);
    }

    private LocalDate firstDate(ClaimGroup g) {
        LocalDate first = null;
        for (Claim c : g.claims()) {
            LocalDate d = c.published();
            if (d == null) {
                AnnotatedArticle doc = cites.doc(c.article());
                d = doc == null ? null : doc.article().published();
            }
            if (d != null && (first == null || d.isBefore(first))) {
                first = d;
            }
        }
        return first;
    }
}
