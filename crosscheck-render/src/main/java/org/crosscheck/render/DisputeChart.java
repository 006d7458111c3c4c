package org.crosscheck.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Qualifier;

/**
 * One disputed figure as an SVG bar chart: a row per outlet's figure (outlet, date and scope on the left, the
 * figure as the outlet hedged it at the bar's end), on a shared axis from zero with round ticks and the unit as
 * the axis title. Hedged figures ("at least", "about") are drawn lighter with a dashed edge; every bar links to
 * the sentence that states it.
 */
final class DisputeChart {
    private static final int WIDTH = 760;
    private static final int LABEL = 250;
    private static final int X0 = LABEL + 12;
    private static final int X1 = WIDTH - 180;
    private static final int ROW = 38;
    private static final int TOP = 8;

    private DisputeChart() {
    }

    /** The chart for values that share one unit; {@code ""} when none of them is a finite number. */
    static String svg(String id, String statement, String unit, List<ClaimValue> values, Citations cites) {
        List<ClaimValue> rows = new ArrayList<>();
        for (ClaimValue v : values) {
            if (Double.isFinite(v.value())) {
                rows.add(v);
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        rows.sort(Comparator.comparing(ClaimValue::published, Comparator.nullsLast(Comparator.naturalOrder())));
        double lo = 0;
        double hi = 0;
        for (ClaimValue v : rows) {
            lo = Math.min(lo, v.value());
            hi = Math.max(hi, v.value());
        }
        if (lo == hi) {
            hi = 1;
        }
        List<Double> ticks = Numbers.ticks(lo, hi, 4);
        double dlo = ticks.get(0);
        double dhi = ticks.get(ticks.size() - 1);
        int plotBottom = TOP + rows.size() * ROW;
        int height = plotBottom + 48;
        String unitLabel = unit == null || unit.isBlank() ? "value" : unit;

        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart figures-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">");
        sb.append("<title id=\"").append(id).append("-t\">").append(Html.text("Figures reported for: " + statement))
                .append("</title>");
        sb.append("<desc id=\"").append(id).append("-d\">");
        for (ClaimValue v : rows) {
            sb.append(Html.text(who(v, cites) + (v.published() == null ? "" : ", " + v.published()) + ": "
                    + words(v) + (blank(v.scope()) ? "" : " (" + v.scope() + ")") + ". "));
        }
        sb.append("</desc>");

        for (double t : ticks) {
            double x = x(t, dlo, dhi);
            sb.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>",
                    t == 0 ? "zero" : "grid", x, TOP - 4, x, plotBottom + 4));
            sb.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">",
                    x, plotBottom + 18)).append(Html.text(Numbers.compact(t))).append("</text>");
        }
        sb.append(String.format(Locale.ROOT,
                "<text class=\"axis-title\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                (X0 + X1) / 2, plotBottom + 38, Html.text(Html.shorten(unitLabel, 40))));

        double zero = x(0, dlo, dhi);
        for (int i = 0; i < rows.size(); i++) {
            ClaimValue v = rows.get(i);
            int y = TOP + i * ROW;
            boolean link = v.evidence() != null && cites.resolves(v.evidence());
            sb.append("<g class=\"row\">");
            if (link) {
                sb.append("<a href=\"#").append(Citations.anchor(v.evidence())).append("\">");
            }
            sb.append("<title>").append(Html.text(who(v, cites) + (v.published() == null ? "" : ", " + v.published())
                    + ": " + words(v) + (blank(v.scope()) ? "" : " \u2014 " + v.scope()))).append("</title>");
            sb.append("<text class=\"who\" x=\"0\" y=\"").append(y + 15).append("\">")
                    .append(Html.text(Html.shorten(who(v, cites), 34))).append("</text>");
            String sub = (v.published() == null ? "undated" : v.published().toString())
                    + (blank(v.scope()) ? "" : " \u00b7 " + v.scope());
            sb.append("<text class=\"sub\" x=\"0\" y=\"").append(y + 30).append("\">")
                    .append(Html.text(Html.shorten(sub, 42))).append("</text>");
            double xv = x(v.value(), dlo, dhi);
            double left = Math.min(zero, xv);
            double w = Math.max(2, Math.abs(xv - zero));
            boolean hedged = v.qualifier() != null && v.qualifier() != Qualifier.EXACT;
            sb.append(String.format(Locale.ROOT,
                    "<rect class=\"bar%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" rx=\"2\"/>",
                    hedged ? " hedged" : "", left, y + 6, w));
            double labelX = Math.max(zero, xv) + 8;
            sb.append(String.format(Locale.ROOT, "<text class=\"figure\" x=\"%.1f\" y=\"%d\">", labelX, y + 20))
                    .append(Html.text(Html.shorten(symbol(v.qualifier()) + Numbers.full(v.value())
                            + (blank(v.unit()) ? "" : " " + v.unit()), 28)))
                    .append("</text>");
            if (link) {
                sb.append("</a>");
            }
            sb.append("</g>");
        }
        return sb.append("</svg>").toString();
    }

    /** The figure as the article hedges it: "at least 40 ships". */
    static String words(ClaimValue v) {
        return v.words();
    }

    private static String who(ClaimValue v, Citations cites) {
        return !blank(v.outlet()) ? v.outlet() : cites.outletOrId(v.article());
    }

    private static String symbol(Qualifier q) {
        if (q == null) {
            return "";
        }
        return switch (q) {
            case EXACT, RANGE -> "";
            case APPROXIMATELY, NEARLY -> "\u2248\u202f";
            case MORE_THAN -> ">\u202f";
            case LESS_THAN -> "<\u202f";
            case AT_LEAST -> "\u2265\u202f";
            case AT_MOST, UP_TO -> "\u2264\u202f";
            case PROJECTED -> "proj.\u202f";
        };
    }

    private static double x(double v, double lo, double hi) {
        return X0 + (v - lo) / (hi - lo) * (X1 - X0);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
