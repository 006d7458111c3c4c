package org.crosscheck.temporal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the error analysis of a TimeML evaluation: a table of categories with how many expressions of each were
 * right, had a wrong value, were missed or were found without gold, the wrong values broken down by kind of mistake,
 * then every error in its context, grouped by category.
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
