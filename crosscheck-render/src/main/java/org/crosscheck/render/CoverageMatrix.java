package org.crosscheck.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Story;

/**
 * Which outlet says what: a table with a row per claim group and a column per outlet. A cell says whether the
 * outlet states the claim, gives its own differing version of a disputed one, reported what a later report
 * overtook, or is silent; each state has a symbol as well as a colour, so the table reads in grey print and for
 * colour-blind readers.
 */
final class CoverageMatrix {

    enum Cell {
        SUPPORTS("\u2713", "states it", "supports"),
        DIFFERS("\u2260", "gives a differing version", "differs"),
        OVERTAKEN("\u21bb", "reported it before a later report changed it", "overtaken"),
        SILENT("\u00b7", "silent", "silent");

        final String symbol;
        final String meaning;
        final String css;

        Cell(String symbol, String meaning, String css) {
            this.symbol = symbol;
            this.meaning = meaning;
            this.css = css;
        }
    }

    private CoverageMatrix() {
    }

    /**
     * The table; rows in the order given.
     *
     * @param claimIds the element id of each group's entry in the brief, by index
     */
    static String html(Story story, List<ClaimGroup> groups, List<String> claimIds, Citations cites) {
        Map<String, List<String>> columns = columns(story, groups, cites);
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"matrix-wrap\"><table class=\"matrix\"><caption>Claims (rows) against outlets "
                + "(columns)</caption><thead><tr><th scope=\"col\" class=\"claim-col\">Claim</th>");
        for (String outlet : columns.keySet()) {
            sb.append("<th scope=\"col\" title=\"").append(Html.attr(outlet)).append("\"><span>")
                    .append(Html.text(Html.shorten(outlet, 28))).append("</span></th>");
        }
        sb.append("</tr></thead><tbody>");
        for (int r = 0; r < groups.size(); r++) {
            ClaimGroup g = groups.get(r);
            sb.append("<tr class=\"").append(g.status().label()).append("\"><th scope=\"row\"><a href=\"#")
                    .append(claimIds.get(r)).append("\" title=\"").append(Html.attr(g.statement())).append("\">")
                    .append("<span class=\"status-dot ").append(g.status().label()).append("\" aria-hidden=\"true\">")
                    .append("</span>").append(Html.text(Html.shorten(g.statement(), 110))).append("</a></th>");
            for (Map.Entry<String, List<String>> col : columns.entrySet()) {
                List<String> members = new ArrayList<>();
                for (String a : g.articles()) {
                    if (col.getValue().contains(a)) {
                        members.add(a);
                    }
                }
                Cell cell = members.isEmpty() ? Cell.SILENT : switch (g.status()) {
                    case DISPUTED -> Cell.DIFFERS;
                    case SUPERSEDED -> Cell.OVERTAKEN;
                    default -> Cell.SUPPORTS;
                };
                String figures = g.status() == ClaimStatus.DISPUTED ? figures(g, members) : "";
                sb.append("<td class=\"").append(cell.css).append("\" title=\"")
                        .append(Html.attr(col.getKey() + " " + cell.meaning + (figures.isEmpty() ? "" : ": " + figures)))
                        .append("\"><span class=\"sym\" aria-label=\"").append(cell.meaning).append("\">")
                        .append(cell.symbol).append("</span>");
                if (!figures.isEmpty()) {
                    sb.append("<span class=\"fig\">").append(Html.text(Html.shorten(figures, 24))).append("</span>");
                }
                sb.append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table></div>");
        sb.append("<p class=\"legend\">");
        for (ClaimStatus st : ClaimStatus.values()) {
            sb.append("<span class=\"key status\"><span class=\"status-dot ").append(st.label())
                    .append("\" aria-hidden=\"true\"></span>").append(st.label()).append("</span>");
        }
        for (Cell c : Cell.values()) {
            sb.append("<span class=\"key ").append(c.css).append("\"><span class=\"sym\">").append(c.symbol)
                    .append("</span> ").append(c.meaning).append("</span>");
        }
        sb.append("</p>");
        return sb.toString();
    }

    /** Outlet name to its articles, in the story's order; an article without an outlet is its own column. */
    private static Map<String, List<String>> columns(Story story, List<ClaimGroup> groups, Citations cites) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        List<String> articles = new ArrayList<>(story.articles());
        for (ClaimGroup g : groups) {
            for (String a : g.articles()) {
                if (!articles.contains(a)) {
                    articles.add(a);
                }
            }
        }
        for (String a : articles) {
            columns.computeIfAbsent(cites.outletOrId(a), k -> new ArrayList<>()).add(a);
        }
        return columns;
    }

    private static String figures(ClaimGroup g, List<String> members) {
        List<String> out = new ArrayList<>();
        for (ClaimValue v : g.values()) {
            if (members.contains(v.article()) && Double.isFinite(v.value())) {
                String f = Numbers.compact(v.value());
                if (!out.contains(f)) {
                    out.add(f);
                }
            }
        }
        return String.join(", ", out);
    }
}
