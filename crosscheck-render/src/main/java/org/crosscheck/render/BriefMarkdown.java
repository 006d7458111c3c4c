package org.crosscheck.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.Story;
import org.crosscheck.api.TimelineEvent;

/**
 * A brief as Markdown for a reader: the corroborated core first, then disputes with every outlet's figure side by
 * side, what changed, what rests on one source, the timeline, quotes by speaker and how each report is sourced.
 * Every statement ends with citations {@code [article:start-end]} that point at the exact span it rests on.
 */
public final class BriefMarkdown {
    private BriefMarkdown() {
    }

    public static String of(List<Brief> briefs, Map<String, AnnotatedArticle> docs) {
        StringBuilder sb = new StringBuilder();
        write(sb::append, briefs, docs);
        return sb.toString();
    }

    /**
     * The same text as {@link #of}, handed to {@code out} a story at a time, so that a run over tens of thousands of
     * articles never holds the whole document.
     */
    public static void write(Consumer<String> out, List<Brief> briefs, Map<String, AnnotatedArticle> docs) {
        boolean first = true;
        for (Brief b : briefs) {
            StringBuilder sb = new StringBuilder();
            if (!first) {
                sb.append("\n---\n\n");
            }
            story(sb, b, docs);
            out.accept(sb.toString());
            first = false;
        }
    }

    private static void story(StringBuilder sb, Brief b, Map<String, AnnotatedArticle> docs) {
        Story s = b.story();
        sb.append("# ").append(Markdown.text(b.headline())).append("\n\n");
        sb.append("Story `").append(s.id()).append("`: ").append(s.articles().size()).append(" article")
                .append(s.articles().size() == 1 ? "" : "s").append(" from ").append(s.outlets().size())
                .append(" outlet").append(s.outlets().size() == 1 ? "" : "s");
        if (s.first() != null) {
            sb.append(", ").append(s.first());
            if (s.last() != null && !s.last().equals(s.first())) {
                sb.append(" to ").append(s.last());
            }
        }
        sb.append(".\n\n");

        section(sb, "What the outlets agree on", b.claims(), ClaimStatus.CORROBORATED, docs);
        disputes(sb, b.claims(), docs);
        superseded(sb, b.claims(), docs);
        section(sb, "Reported by one source only", b.claims(), ClaimStatus.SINGLE_SOURCE, docs);
        timeline(sb, b.timeline(), docs);
        quotes(sb, b.quotes());
        sources(sb, b.sources());
    }

    private static void section(StringBuilder sb, String title, List<ClaimGroup> claims, ClaimStatus status,
                                Map<String, AnnotatedArticle> docs) {
        List<ClaimGroup> groups = claims.stream().filter(g -> g.status() == status).toList();
        if (groups.isEmpty()) {
            return;
        }
        sb.append("## ").append(title).append("\n\n");
        for (ClaimGroup g : groups) {
            sb.append("- ").append(Markdown.text(g.statement()));
            if (status == ClaimStatus.CORROBORATED) {
                sb.append(" (").append(g.articles().size()).append(" articles: ")
                        .append(outlets(g.articles(), docs)).append(")");
            } else {
                sb.append(" (").append(outlets(g.articles(), docs)).append(")");
            }
            sb.append(' ').append(cite(g.support())).append('\n');
        }
        sb.append('\n');
    }

    private static void disputes(StringBuilder sb, List<ClaimGroup> claims, Map<String, AnnotatedArticle> docs) {
        List<ClaimGroup> groups = claims.stream().filter(g -> g.status() == ClaimStatus.DISPUTED).toList();
        if (groups.isEmpty()) {
            return;
        }
        sb.append("## Where they differ\n\n");
        for (ClaimGroup g : groups) {
            sb.append("### ").append(Markdown.text(g.statement())).append("\n\n");
            if (!g.values().isEmpty()) {
                sb.append("| Outlet | Article | Published | Figure | Scope | Source |\n");
                sb.append("|---|---|---|---|---|---|\n");
                for (ClaimValue v : g.values()) {
                    sb.append("| ").append(Markdown.cell(v.outlet() == null ? "?" : v.outlet()))
                            .append(" | ").append(Markdown.cell(v.article()))
                            .append(" | ").append(v.published() == null ? "" : v.published())
                            .append(" | ").append(figure(v))
                            .append(" | ").append(Markdown.cell(v.scope()))
                            .append(" | ").append(v.evidence() == null ? "" : cite(List.of(v.evidence())))
                            .append(" |\n");
                }
                sb.append('\n');
            } else {
                sb.append("Stated differently by ").append(outlets(g.articles(), docs)).append(' ')
                        .append(cite(g.support())).append("\n\n");
            }
        }
    }

    private static void superseded(StringBuilder sb, List<ClaimGroup> claims, Map<String, AnnotatedArticle> docs) {
        List<ClaimGroup> groups = claims.stream().filter(g -> g.status() == ClaimStatus.SUPERSEDED).toList();
        if (groups.isEmpty()) {
            return;
        }
        Map<String, ClaimGroup> byId = new LinkedHashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        sb.append("## What changed\n\n");
        for (ClaimGroup g : groups) {
            sb.append("- Earlier: ").append(Markdown.text(g.statement())).append(" (")
                    .append(outlets(g.articles(), docs)).append(") ").append(cite(g.support()));
            ClaimGroup later = g.supersededBy() == null ? null : byId.get(g.supersededBy());
            if (later != null) {
                sb.append("\n  - Later: ").append(Markdown.text(later.statement())).append(" (")
                        .append(outlets(later.articles(), docs)).append(") ").append(cite(later.support()));
            }
            sb.append('\n');
        }
        sb.append('\n');
    }

    private static void timeline(StringBuilder sb, List<TimelineEvent> events, Map<String, AnnotatedArticle> docs) {
        if (events.isEmpty()) {
            return;
        }
        sb.append("## Timeline\n\n| When | What | Reported by |\n|---|---|---|\n");
        for (TimelineEvent e : events) {
            sb.append("| ").append(Markdown.cell(e.when())).append(" | ").append(Markdown.cell(e.event()))
                    .append(' ').append(cite(e.support())).append(" | ")
                    .append(outlets(e.articles(), docs)).append(" |\n");
        }
        sb.append('\n');
    }

    private static void quotes(StringBuilder sb, List<BriefQuote> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        sb.append("## Who said what\n\n");
        Map<String, List<BriefQuote>> bySpeaker = quotes.stream().collect(Collectors.groupingBy(
                q -> q.speaker() == null ? "(speaker not given)" : q.speaker(), LinkedHashMap::new,
                Collectors.toList()));
        for (Map.Entry<String, List<BriefQuote>> e : bySpeaker.entrySet()) {
            sb.append("**").append(Markdown.text(e.getKey())).append("**\n\n");
            for (BriefQuote q : e.getValue()) {
                sb.append("- \u201c").append(Markdown.text(q.text())).append("\u201d ")
                        .append(q.evidence() == null ? "(" + Markdown.text(q.article()) + ")" : cite(List.of(q.evidence())))
                        .append('\n');
            }
            sb.append('\n');
        }
    }

    private static void sources(StringBuilder sb, List<SourceProfile> sources) {
        if (sources.isEmpty()) {
            return;
        }
        sb.append("## Sources\n\n| Article | Outlet | Published | Named / anonymous sources | Flags |\n"
                + "|---|---|---|---|---|\n");
        for (SourceProfile p : sources) {
            sb.append("| ").append(Markdown.cell(p.article())).append(" | ")
                    .append(Markdown.cell(p.outlet() == null ? "?" : p.outlet())).append(" | ")
                    .append(p.published() == null ? "" : p.published()).append(" | ")
                    .append(p.namedSources()).append(" / ").append(p.anonymousSources()).append(" | ")
                    .append(Markdown.cell(String.join(", ", p.flags()))).append(" |\n");
        }
        sb.append('\n');
    }

    private static String figure(ClaimValue v) {
        return Markdown.cell(v.words());
    }

    private static String outlets(List<String> articles, Map<String, AnnotatedArticle> docs) {
        List<String> names = new ArrayList<>();
        for (String id : articles) {
            AnnotatedArticle d = docs.get(id);
            String outlet = d == null ? null : d.article().outlet();
            names.add(Markdown.text(outlet == null ? id : outlet + " " + id));
        }
        return String.join(", ", names);
    }

    /** Citations to the exact spans: {@code [000:120-245]}. */
    static String cite(List<Evidence> evidence) {
        StringBuilder sb = new StringBuilder();
        for (Evidence e : evidence) {
            sb.append("\\[").append(Markdown.text(e.article())).append(':').append(e.start()).append('-')
                    .append(e.end()).append("\\]");
        }
        return sb.toString();
    }
}
