package org.crosscheck.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.api.TimelineEvent;

/**
 * A story's timeline as an SVG axis. Each distinct normalised date is a stop; the distance between stops grows
 * with the logarithm of the days between them, so a decade-old precedent and three days of events both stay
 * readable, and a long gap is drawn as a break with its length written on it. A stop's marker is wider the less
 * precise its date (a day, a week, a month, a year); numbered badges above it stand for the events on that date
 * and link to them in the list below the chart.
 */
final class TimelineChart {
    private static final int BADGE = 22;
    private static final int MAX_STACK = 6;
    private static final int MARGIN = 70;
    private static final double FIT = 860;
    private static final double MIN_GAP = 26;

    private record Stop(TimexSpan when, List<Integer> events) {
    }

    private TimelineChart() {
    }

    /**
     * The chart, or {@code ""} when no event has a place on the calendar.
     *
     * @param eventIds the list-item id of each event, by index
     */
    static String svg(String id, List<TimelineEvent> events, List<String> eventIds, Citations cites) {
        Map<TimexSpan, Stop> byWhen = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Optional<TimexSpan> w = TimexSpan.parse(events.get(i).when());
            if (w.isPresent()) {
                byWhen.computeIfAbsent(w.get(), k -> new Stop(k, new ArrayList<>())).events().add(i);
            }
        }
        if (byWhen.isEmpty()) {
            return "";
        }
        List<Stop> stops = new ArrayList<>(byWhen.values());
        stops.sort((a, b) -> {
            int c = a.when().start().compareTo(b.when().start());
            return c != 0 ? c : Long.compare(b.when().days(), a.when().days());
        });
        double[] xs = new double[stops.size()];
        long[] gaps = new long[stops.size()];
        xs[0] = 0;
        for (int i = 1; i < stops.size(); i++) {
            long apart = stops.get(i).when().start().toEpochDay() - stops.get(i - 1).when().start().toEpochDay();
            xs[i] = xs[i - 1] + Math.max(48, Math.min(150, 36 + 22 * Math.log1p(apart)));
            // the break marks calendar nobody reported on: from the end of one stop to the start of the next
            gaps[i] = stops.get(i).when().start().toEpochDay() - stops.get(i - 1).when().end().toEpochDay();
        }
        // fill the page's width: stretch a short timeline, squeeze a long one as far as badges stay apart
        double span = xs[xs.length - 1];
        double f = 1;
        if (span > 0 && span < FIT) {
            f = Math.min(3, FIT / span);
        } else if (span > FIT) {
            double narrowest = Double.MAX_VALUE;
            for (int i = 1; i < xs.length; i++) {
                narrowest = Math.min(narrowest, xs[i] - xs[i - 1]);
            }
            f = Math.max(FIT / span, MIN_GAP / narrowest);
        }
        if (f != 1) {
            for (int i = 0; i < xs.length; i++) {
                xs[i] *= f;
            }
        }
        int maxStack = 1;
        for (Stop s : stops) {
            maxStack = Math.max(maxStack, Math.min(MAX_STACK, s.events().size()));
        }
        int axisY = 24 + BADGE * maxStack + 8;
        int width = (int) Math.ceil(xs[xs.length - 1]) + 2 * MARGIN;
        int height = axisY + 96;

        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart timeline\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">");
        sb.append("<title id=\"").append(id).append("-t\">Timeline of the story</title><desc id=\"").append(id)
                .append("-d\">");
        for (Stop s : stops) {
            for (int i : s.events()) {
                sb.append(Html.text((i + 1) + ". " + s.when().label() + ": " + events.get(i).event() + " "));
            }
        }
        sb.append("</desc>");
        sb.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>",
                MARGIN - 30, axisY, MARGIN + xs[xs.length - 1] + 30, axisY));
        for (int i = 1; i < stops.size(); i++) {
            if (gaps[i] > 60) {
                double mid = MARGIN + (xs[i - 1] + xs[i]) / 2;
                sb.append(String.format(Locale.ROOT, "<rect class=\"break-bg\" x=\"%.1f\" y=\"%d\" width=\"10\" "
                        + "height=\"12\"/>", mid - 5, axisY - 6));
                sb.append(String.format(Locale.ROOT, "<path class=\"break\" d=\"M%.1f %d l6 -12 M%.1f %d l6 -12\"/>",
                        mid - 6, axisY + 6, mid, axisY + 6));
                sb.append(String.format(Locale.ROOT,
                        "<text class=\"gap\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        mid, axisY + 20, Html.text(gap(gaps[i]))));
            }
        }
        for (int k = 0; k < stops.size(); k++) {
            Stop s = stops.get(k);
            double x = MARGIN + xs[k];
            double w = markerWidth(s.when().precision());
            if (w == 0) {
                sb.append(String.format(Locale.ROOT, "<circle class=\"stop\" cx=\"%.1f\" cy=\"%d\" r=\"5\"/>",
                        x, axisY));
            } else {
                sb.append(String.format(Locale.ROOT, "<rect class=\"stop\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                        + "height=\"10\" rx=\"5\"/>", x - w / 2, axisY - 5, w));
            }
            sb.append(String.format(Locale.ROOT, "<line class=\"stem\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>",
                    x, axisY - 6, x, axisY - 14));
            List<Integer> shown = s.events().subList(0, Math.min(MAX_STACK, s.events().size()));
            for (int j = 0; j < shown.size(); j++) {
                int i = shown.get(j);
                boolean last = j == MAX_STACK - 1 && s.events().size() > MAX_STACK;
                int cy = axisY - 24 - j * BADGE;
                TimelineEvent e = events.get(i);
                sb.append("<a href=\"#").append(eventIds.get(i)).append("\"><title>")
                        .append(Html.text(s.when().label() + ": " + Html.shorten(e.event(), 200) + " ("
                                + reporters(e, cites) + ")"))
                        .append("</title>");
                sb.append(String.format(Locale.ROOT, "<circle class=\"badge\" cx=\"%.1f\" cy=\"%d\" r=\"10\"/>",
                        x, cy));
                String label = last ? "+" + (s.events().size() - MAX_STACK + 1) : Integer.toString(i + 1);
                sb.append(String.format(Locale.ROOT, "<text class=\"badge-n\" x=\"%.1f\" y=\"%d\" "
                        + "text-anchor=\"middle\">%s</text></a>", x, cy + 4, label));
            }
            sb.append(String.format(Locale.ROOT, "<text class=\"date\" x=\"%.1f\" y=\"%d\" text-anchor=\"end\" "
                    + "transform=\"rotate(-35 %.1f %d)\">%s</text>", x + 4, axisY + 34, x + 4, axisY + 34,
                    Html.text(s.when().label())));
        }
        return sb.append("</svg>").toString();
    }

    private static String reporters(TimelineEvent e, Citations cites) {
        List<String> names = new ArrayList<>();
        for (String a : e.articles()) {
            String n = cites.outletOrId(a);
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return names.isEmpty() ? "no article" : String.join(", ", names);
    }

    private static double markerWidth(TimexSpan.Precision p) {
        return switch (p) {
            case DAY -> 0;
            case WEEK -> 14;
            case MONTH -> 20;
            case QUARTER, SEASON -> 26;
            case YEAR -> 32;
            case DECADE -> 40;
        };
    }

    private static String gap(long days) {
        if (days >= 700) {
            return "\u2248 " + Math.round(days / 365.25) + " yr";
        }
        return "\u2248 " + Math.round(days / 30.44) + " mo";
    }
}
