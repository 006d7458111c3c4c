package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores entity mentions against a {@link Devset}: exact (same span and type) and lenient (overlapping span, same
 * type) precision and recall, per type, and B-cubed over canonical names across all articles together, so that a
 * name split or merged between two outlets counts.
 */
public final class MentionScorer {

    /** A predicted mention in the article {@code doc}. */
    public record Mention(String doc, int start, int end, String type, String canonical) {
    }

    /**
     * The figures. {@code canonical} is B-cubed over the gold mentions found with their exact span: predicted
     * clusters are predicted canonicals, gold clusters gold canonicals.
     */
    public record Report(Score exact, Score lenient, Map<String, Score> exactByType, BCubed.Result canonical,
                         List<String> errors) {

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("mentions exact   %s%n", exact));
            sb.append(String.format("mentions lenient %s%n", lenient));
            exactByType.forEach((t, s) -> sb.append(String.format("  %-12s %s%n", t, s)));
            sb.append(String.format("canonical B-cubed %s%n", canonical));
            return sb.toString();
        }
    }

    private MentionScorer() {
    }

    public static Report score(Devset gold, List<Mention> predicted) {
        int pc = 0, pn = 0, gf = 0, gn = 0;
        int lpc = 0, lgf = 0;
        Map<String, int[]> byType = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        List<String> predClusters = new ArrayList<>();
        List<String> goldClusters = new ArrayList<>();
        for (Devset.Doc d : gold.docs()) {
            List<Mention> mine = predicted.stream().filter(m -> m.doc().equals(d.id()))
                    .filter(m -> d.ignoreEntities().stream().noneMatch(r -> r.overlaps(m.start(), m.end())))
                    .toList();
            for (Mention m : mine) {
                pn++;
                int[] c = byType.computeIfAbsent(m.type(), k -> new int[4]);
                c[1]++;
                boolean exact = d.entities().stream().anyMatch(g -> same(g, m));
                boolean lenient = d.entities().stream().anyMatch(g -> overlapping(g, m));
                if (exact) {
                    pc++;
                    c[0]++;
                } else {
                    errors.add(d.key() + " FP " + m.type() + " " + m.start() + "-" + m.end()
                            + (lenient ? " (overlaps gold)" : ""));
                }
                if (lenient) {
                    lpc++;
                }
            }
            for (Devset.Entity g : d.entities()) {
                gn++;
                int[] c = byType.computeIfAbsent(g.type(), k -> new int[4]);
                c[3]++;
                Mention hit = mine.stream().filter(m -> same(g, m)).findFirst().orElse(null);
                if (hit != null) {
                    gf++;
                    c[2]++;
                    predClusters.add(hit.canonical());
                    goldClusters.add(g.canonical());
                } else {
                    errors.add(d.key() + " FN " + g.type() + " " + g.span().start() + "-" + g.span().end()
                            + " " + g.canonical());
                }
                if (mine.stream().anyMatch(m -> overlapping(g, m))) {
                    lgf++;
                }
            }
        }
        errors.addAll(spread(goldClusters, predClusters, "split"));
        errors.addAll(spread(predClusters, goldClusters, "merged"));
        Map<String, Score> types = new TreeMap<>();
        byType.forEach((t, c) -> types.put(t, new Score(c[0], c[1], c[2], c[3])));
        return new Report(new Score(pc, pn, gf, gn), new Score(lpc, pn, lgf, gn), types,
                BCubed.score(predClusters, goldClusters), errors);
    }

    /** Each {@code from} cluster whose items fall in more than one {@code to} cluster. */
    private static List<String> spread(List<String> from, List<String> to, String what) {
        Map<String, java.util.Set<String>> seen = new TreeMap<>();
        for (int i = 0; i < from.size(); i++) {
            seen.computeIfAbsent(from.get(i), k -> new java.util.TreeSet<>()).add(to.get(i));
        }
        List<String> out = new ArrayList<>();
        seen.forEach((k, v) -> {
            if (v.size() > 1) {
                out.add(what + " " + k + " -> " + v);
            }
        });
        return out;
    }

    private static boolean same(Devset.Entity g, Mention m) {
        return g.span().start() == m.start() && g.span().end() == m.end() && g.type().equals(m.type());
    }

    private static boolean overlapping(Devset.Entity g, Mention m) {
        return g.span().overlaps(m.start(), m.end()) && g.type().equals(m.type());
    }
}
