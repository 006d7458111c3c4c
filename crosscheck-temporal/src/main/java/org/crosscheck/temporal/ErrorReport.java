package org.crosscheck.temporal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes the error analysis of a TimeML evaluation: a table of categories with how many expressions of each were
 * right, had a wrong value, were missed or were found without gold; the errors in three bins (missed, extra, wrong
 * value) by TIMEX3 type, anchoring and category, each group with the value F1 that fixing all of it would gain, so
 * that work goes to the largest; the wrong values broken down by kind of mistake; then every error in its context,
 * grouped by category.
 */
final class ErrorReport {

    private ErrorReport() {
    }

    private static final String NL = System.lineSeparator();

    static String format(TimeMlBenchmark.Result result, List<Outcome> outcomes) {
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, Integer> mistakes = new TreeMap<>();
        Map<String, List<Outcome>> errors = new TreeMap<>();
        for (Outcome o : outcomes) {
            String category = o.category();
            String kind = category.contains(": ") && o.kind() == Outcome.Kind.WRONG_VALUE
                    ? category.substring(0, category.lastIndexOf(": ")) : category;
            byKind.computeIfAbsent(kind, k -> new int[4])[o.kind().ordinal()]++;
            if (o.kind() == Outcome.Kind.WRONG_VALUE) {
                mistakes.merge(category, 1, Integer::sum);
            }
            if (o.kind() != Outcome.Kind.RIGHT) {
                errors.computeIfAbsent(o.kind() + " " + category, k -> new ArrayList<>()).add(o);
            }
        }
        StringBuilder out = new StringBuilder(result.toString()).append(NL).append(NL);
        out.append(String.format(Locale.ROOT, "%-40s %6s %6s %6s %6s %6s%n", "category", "right", "wrong", "missed",
                "extra", "errors"));
        byKind.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -errorCount(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.append(String.format(Locale.ROOT, "%-40s %6d %6d %6d %6d %6d%n", e.getKey(),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                        errorCount(e.getValue()))));
        bins(outcomes, out);
        out.append(NL).append("wrong values by mistake").append(NL);
        mistakes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append(String.format(Locale.ROOT, "%6d  %s%n", e.getValue(), e.getKey())));
        errors.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Outcome>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    out.append(NL).append("== ").append(e.getKey()).append(" (").append(e.getValue().size())
                            .append(')').append(NL);
                    for (Outcome o : e.getValue()) {
                        out.append(line(o)).append(NL);
                    }
                });
        return out.toString();
    }

    /** A year, a decade or a day of a month written out: what makes an expression absolute rather than relative. */
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)\\d{4}|'\\d\\d|\\d+(?:st|nd|rd|th)?\\s*$|^\\d"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d");

    /**
     * The errors in three bins, each grouped by TIMEX3 type, anchoring and category, with the value F1 gained if the
     * group were fixed entirely: a wrong value made right adds a correct expression, a miss found with the right
     * value adds a correct and a found one, an extra dropped removes a found one.
     */
    private static void bins(List<Outcome> outcomes, StringBuilder out) {
        int gold = 0;
        int found = 0;
        int right = 0;
        Map<String, Integer> groups = new TreeMap<>();
        for (Outcome o : outcomes) {
            gold += o.kind() == Outcome.Kind.EXTRA ? 0 : 1;
            found += o.kind() == Outcome.Kind.MISSED ? 0 : 1;
            right += o.kind() == Outcome.Kind.RIGHT ? 1 : 0;
            if (o.kind() != Outcome.Kind.RIGHT) {
                boolean extra = o.kind() == Outcome.Kind.EXTRA;
                String type = extra ? o.foundType() : o.goldType();
                String text = extra ? o.foundText() : o.goldText();
                String category = o.category();
                String kind = category.contains(": ") && o.kind() == Outcome.Kind.WRONG_VALUE
                        ? category.substring(0, category.lastIndexOf(": ")) : category;
                groups.merge(o.kind() + "\t" + type + "\t" + anchoring(type, text) + "\t" + kind, 1, Integer::sum);
            }
        }
        double base = f1(right, found, gold);
        out.append(NL).append("errors in three bins; gain: value F1 gained if the group were all fixed").append(NL);
        out.append(String.format(Locale.ROOT, "%-12s %-9s %-9s %-40s %5s %8s%n", "bin", "type", "anchoring",
                "category", "n", "gain"));
        for (Outcome.Kind bin : List.of(Outcome.Kind.MISSED, Outcome.Kind.EXTRA, Outcome.Kind.WRONG_VALUE)) {
            int total = 0;
            List<Map.Entry<String, Double>> rows = new ArrayList<>();
            for (Map.Entry<String, Integer> g : groups.entrySet()) {
                if (!g.getKey().startsWith(bin + "\t")) {
                    continue;
                }
                int n = g.getValue();
                total += n;
                double fixed = switch (bin) {
                    case MISSED -> f1(right + n, found + n, gold);
                    case EXTRA -> f1(right, found - n, gold);
                    default -> f1(right + n, found, gold);
                };
                rows.add(Map.entry(g.getKey(), fixed - base));
            }
            rows.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<String, Double> row : rows) {
                String[] f = row.getKey().split("\t");
                out.append(String.format(Locale.ROOT, "%-12s %-9s %-9s %-40s %5d %+8.4f%n", f[0], f[1], f[2], f[3],
                        groups.get(row.getKey()), row.getValue()));
            }
            out.append(String.format(Locale.ROOT, "%-12s %-9s %-9s %-40s %5d%n", bin, "all", "", "", total));
        }
    }

    /** Whether a date or time is written out (absolute) or placed from the article's date (relative). */
    private static String anchoring(String type, String text) {
        if (!"DATE".equals(type) && !"TIME".equals(type)) {
            return "-";
        }
        return ABSOLUTE.matcher(text.strip()).find() ? "absolute" : "relative";
    }

    private static double f1(int right, int found, int gold) {
        double p = found == 0 ? 0 : (double) right / found;
        double r = gold == 0 ? 0 : (double) right / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static int errorCount(int[] counts) {
        return counts[1] + counts[2] + counts[3];
    }

    private static String line(Outcome o) {
        String what = switch (o.kind()) {
            case MISSED -> "gold " + o.goldValue() + " \"" + o.goldText() + "\"";
            case EXTRA -> "found " + o.foundValue() + " \"" + o.foundText() + "\"";
            default -> "gold " + o.goldValue() + " \"" + o.goldText() + "\" found " + o.foundValue() + " \""
                    + o.foundText() + "\"";
        };
        return "  " + what + " | " + o.part() + "/" + o.document() + " dct " + o.anchor() + " | " + o.context();
    }
}
