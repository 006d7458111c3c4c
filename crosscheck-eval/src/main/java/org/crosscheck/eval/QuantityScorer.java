package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores quantities against a {@link Devset}: detection by overlapping span (lenient) and by exact span, and over
 * the gold quantities a prediction overlaps, how many have the right value, unit and qualifier.
 */
public final class QuantityScorer {

    /** A predicted quantity in the article {@code doc}; {@code qualifier} is the JSON label ("more than"). */
    public record Predicted(String doc, int start, int end, double value, String unit, String qualifier) {
    }

    /** The figures; the accuracies are shares of {@code matched}, the gold quantities found by overlap. */
    public record Report(Score lenient, Score exact, int matched, int valueRight, int unitRight, int qualifierRight,
                         int allRight, List<String> errors) {

        public double valueAccuracy() {
            return share(valueRight);
        }

        public double unitAccuracy() {
            return share(unitRight);
        }

        public double qualifierAccuracy() {
            return share(qualifierRight);
        }

        public double allAccuracy() {
            return share(allRight);
        }

        private double share(int n) {
            return matched == 0 ? 0 : (double) n / matched;
        }

        @Override
        public String toString() {
            return String.format("quantities lenient %s%nquantities exact   %s%n"
                    + "of %d found: value %.3f  unit %.3f  qualifier %.3f  all three %.3f%n", lenient, exact, matched,
                    valueAccuracy(), unitAccuracy(), qualifierAccuracy(), allAccuracy());
        }
    }

    private QuantityScorer() {
    }

    public static Report score(Devset gold, List<Predicted> predicted) {
        int pn = 0, pc = 0, epc = 0, gn = 0, gf = 0, egf = 0;
        int value = 0, unit = 0, qualifier = 0, all = 0;
        List<String> errors = new ArrayList<>();
        for (Devset.Doc d : gold.docs()) {
            List<Predicted> mine = predicted.stream().filter(p -> p.doc().equals(d.id()))
                    .filter(p -> d.ignoreFigures().stream().noneMatch(r -> r.overlaps(p.start(), p.end())))
                    .toList();
            for (Predicted p : mine) {
                pn++;
                if (d.figures().stream().anyMatch(g -> g.span().overlaps(p.start(), p.end()))) {
                    pc++;
                } else {
                    errors.add(d.key() + " FP " + p.start() + "-" + p.end() + " " + p.value() + " " + p.unit()
                            + " " + p.qualifier());
                }
                if (d.figures().stream().anyMatch(g -> g.span().start() == p.start() && g.span().end() == p.end())) {
                    epc++;
                }
            }
            for (Devset.Figure g : d.figures()) {
                gn++;
                List<Predicted> hits = mine.stream().filter(p -> g.span().overlaps(p.start(), p.end())).toList();
                if (hits.isEmpty()) {
                    errors.add(d.key() + " FN " + g.span().start() + "-" + g.span().end() + " " + g.value() + " "
                            + g.unit() + " " + g.qualifier());
                    continue;
                }
                gf++;
                if (hits.stream().anyMatch(p -> p.start() == g.span().start() && p.end() == g.span().end())) {
                    egf++;
                }
                // the prediction that shares most of the gold span speaks for it
                Predicted p = hits.stream().max((a, b) -> Integer.compare(shared(g, a), shared(g, b))).orElseThrow();
                boolean v = Math.abs(p.value() - g.value()) <= 1e-9 * Math.max(1, Math.abs(g.value()));
                boolean u = g.unit().equalsIgnoreCase(p.unit() == null ? "" : p.unit());
                boolean q = g.qualifier().equalsIgnoreCase(p.qualifier());
                value += v ? 1 : 0;
                unit += u ? 1 : 0;
                qualifier += q ? 1 : 0;
                all += v && u && q ? 1 : 0;
                if (!(v && u && q)) {
                    errors.add(d.key() + " ~~ " + g.span().start() + "-" + g.span().end() + " gold " + g.value() + " "
                            + g.unit() + " " + g.qualifier() + " / got " + p.value() + " " + p.unit() + " "
                            + p.qualifier());
                }
            }
        }
        return new Report(new Score(pc, pn, gf, gn), new Score(epc, pn, egf, gn), gf, value, unit, qualifier, all,
                errors);
    }

    private static int shared(Devset.Figure g, Predicted p) {
        return Math.max(0, Math.min(g.span().end(), p.end()) - Math.max(g.span().start(), p.start()));
    }
}
