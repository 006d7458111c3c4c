package org.crosscheck.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision and recall of a clustering against gold labels, averaged over items: for each item, the share
 * of its predicted cluster that shares its gold label (precision) and the share of its gold cluster that shares its
 * predicted cluster (recall).
 */
public final class BCubed {

    /** The figures of one evaluation. */
    public record Result(double precision, double recall, int items, int predictedClusters, int goldClusters) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return String.format("P %.4f  R %.4f  F1 %.4f  (%d items, %d clusters, gold %d)", precision, recall, f1(),
                    items, predictedClusters, goldClusters);
        }
    }

    private BCubed() {
    }

    /**
     * {@code predicted} and {@code gold} give each item's cluster label, index by index. Items whose gold label is
     * {@code null} are left out of the score (distractors mixed into a labelled set), though their predicted
     * clusters still count for nothing.
     */
    public static Result score(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException(predicted.size() + " predictions for " + gold.size() + " gold labels");
        }
        List<String> p0 = new java.util.ArrayList<>();
        List<String> g0 = new java.util.ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i) != null) {
                p0.add(predicted.get(i));
                g0.add(gold.get(i));
            }
        }
        predicted = p0;
        gold = g0;
        int n = predicted.size();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            predSize.merge(predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int shared = both.get(predicted.get(i) + "\u0000" + gold.get(i));
            p += (double) shared / predSize.get(predicted.get(i));
            r += (double) shared / goldSize.get(gold.get(i));
        }
        return n == 0 ? new Result(1, 1, 0, 0, 0)
                : new Result(p / n, r / n, n, predSize.size(), goldSize.size());
    }
}
