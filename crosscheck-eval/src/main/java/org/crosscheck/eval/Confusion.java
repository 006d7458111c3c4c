package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A confusion matrix over a fixed set of labels, with precision, recall and F1 per label, accuracy and macro F1.
 * Mutable while counting, for one evaluation run.
 */
public final class Confusion {

    private final List<String> labels;
    private final int[][] counts;

    public Confusion(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new int[labels.size()][labels.size()];
    }

    public void add(String gold, String predicted) {
        counts[index(gold)][index(predicted)]++;
    }

    private int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "', expected one of " + labels);
        }
        return i;
    }

    public int count(String gold, String predicted) {
        return counts[index(gold)][index(predicted)];
    }

    public int total() {
        int t = 0;
        for (int[] row : counts) {
            for (int c : row) {
                t += c;
            }
        }
        return t;
    }

    public Score score(String label) {
        int i = index(label);
        int tp = counts[i][i];
        int predicted = 0;
        int gold = 0;
        for (int k = 0; k < labels.size(); k++) {
            predicted += counts[k][i];
            gold += counts[i][k];
        }
        return new Score(tp, predicted, tp, gold);
    }

    public double accuracy() {
        int right = 0;
        for (int i = 0; i < labels.size(); i++) {
            right += counts[i][i];
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    public double macroF1() {
        double f = 0;
        for (String l : labels) {
            f += score(l).f1();
        }
        return labels.isEmpty() ? 0 : f / labels.size();
    }

    /** The matrix (rows gold, columns predicted) and the per-label figures, as printed by the CLI. */
    public String table() {
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder(String.format("%-12s", "gold \\ pred"));
        labels.forEach(l -> head.append(String.format(" %10s", l)));
        lines.add(head.toString());
        for (int i = 0; i < labels.size(); i++) {
            StringBuilder row = new StringBuilder(String.format("%-12s", labels.get(i)));
            for (int k = 0; k < labels.size(); k++) {
                row.append(String.format(" %10d", counts[i][k]));
            }
            lines.add(row.toString());
        }
        lines.add("");
        for (String l : labels) {
            lines.add(String.format("%-12s %s", l, score(l)));
        }
        lines.add(String.format("accuracy %.3f (%d pairs), macro F1 %.3f", accuracy(), total(), macroF1()));
        return String.join("\n", lines);
    }
}
