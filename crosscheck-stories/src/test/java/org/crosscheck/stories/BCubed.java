package org.crosscheck.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** B-cubed precision, recall and F1 of a clustering against gold labels, averaged over items. */
record BCubed(double precision, double recall, double f1) {

    /** {@code predicted.get(i)} and {@code gold.get(i)} label item i; items with a null gold label are ignored. */
    static BCubed score(List<String> predicted, List<String> gold) {
        Map<String, Integer> pairCount = new HashMap<>();
        Map<String, Integer> predCount = new HashMap<>();
        Map<String, Integer> goldCount = new HashMap<>();
        int n = 0;
        for (int i = 0; i < predicted.size(); i++) {
            if (gold.get(i) == null) {
                continue;
            }
            n++;
            pairCount.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
            predCount.merge(predicted.get(i), 1, Integer::sum);
            goldCount.merge(gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < predicted.size(); i++) {
            if (gold.get(i) == null) {
                continue;
            }
            double both = pairCount.get(predicted.get(i) + "\u0000" + gold.get(i));
            p += both / predCount.get(predicted.get(i));
            r += both / goldCount.get(gold.get(i));
        }
        if (n == 0) {
            return new BCubed(0, 0, 0);
        }
        p /= n;
        r /= n;
        return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    @Override
    public String toString() {
        return String.format("P=%.4f R=%.4f F1=%.4f", precision, recall, f1);
    }
}
