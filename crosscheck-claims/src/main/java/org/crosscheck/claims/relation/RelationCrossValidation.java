package org.crosscheck.claims.relation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Cross-validation with folds grouped by topic: a topic's pairs all sit in one fold, so a model is always judged on
 * topics it never saw, as it will be on new stories. The decision offsets are chosen inside each training part (by
 * an inner cross-validation over its own folds), never on the fold being judged.
 */
public final class RelationCrossValidation {

    /**
     * Held-out decisions and probabilities, one per pair in input order, and the offsets each fold chose.
     *
     * @param fold which fold each pair was judged in
     */
    public record Result(List<ClaimRelation> predicted, List<double[]> probabilities, int[] fold,
                         List<double[]> offsets) {
        public Result {
            predicted = List.copyOf(predicted);
            probabilities = probabilities.stream().map(double[]::clone).toList();
            fold = fold.clone();
            offsets = offsets.stream().map(double[]::clone).toList();
        }
    }

    private RelationCrossValidation() {
    }

    /**
     * A fold for each pair: the groups, shuffled with {@code seed}, then taken largest first into the fold that holds
     * the fewest pairs so far, so folds come out near equal in size.
     */
    public static int[] folds(List<String> groups, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + k);
        }
        Map<String, Integer> sizes = new LinkedHashMap<>();
        groups.forEach(g -> sizes.merge(g, 1, Integer::sum));
        if (sizes.size() < k) {
            throw new IllegalArgumentException(sizes.size() + " groups cannot fill " + k + " folds");
        }
        List<String> order = new ArrayList<>(sizes.keySet());
        Collections.sort(order);
        Collections.shuffle(order, new Random(seed));
        // a stable sort keeps the shuffled order among groups of one size
        order.sort(Comparator.comparingInt((String g) -> sizes.get(g)).reversed());
        int[] load = new int[k];
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (String g : order) {
            int f = 0;
            for (int i = 1; i < k; i++) {
                if (load[i] < load[f]) {
                    f = i;
                }
            }
            foldOf.put(g, f);
            load[f] += sizes.get(g);
        }
        return groups.stream().mapToInt(foldOf::get).toArray();
    }

    /**
     * Nested grouped cross-validation: for each fold, a model trained on the others, its offsets chosen on the
     * held-out probabilities of an inner cross-validation over those others, judged on the fold.
     */
    public static Result run(double[][] x, ClaimRelation[] y, int[] fold, Set<FeatureGroup> groups,
                             TrainingOptions options) {
        int k = IntStream.of(fold).max().orElse(0) + 1;
        ClaimRelation[] predicted = new ClaimRelation[x.length];
        double[][] probabilities = new double[x.length][];
        double[][] offsets = new double[k][];
        IntStream.range(0, k).parallel().forEach(f -> {
            boolean[] train = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                train[i] = fold[i] != f;
            }
            double[] off = innerOffsets(x, y, fold, train, groups, options);
            SoftmaxModel model = fit(x, y, train, groups, options).withOffsets(off);
            for (int i = 0; i < x.length; i++) {
                if (!train[i]) {
                    probabilities[i] = model.probabilities(x[i]);
                    predicted[i] = model.decide(probabilities[i]);
                }
            }
            offsets[f] = off;
        });
        return new Result(List.of(predicted), List.of(probabilities), fold, List.of(offsets));
    }

    /**
     * The offsets that maximise macro F1 over held-out probabilities of the pairs in {@code use}, each predicted by
     * a model trained on the other folds within {@code use}.
     */
    static double[] innerOffsets(double[][] x, ClaimRelation[] y, int[] fold, boolean[] use, Set<FeatureGroup> groups,
                                 TrainingOptions options) {
        int k = IntStream.of(fold).max().orElse(0) + 1;
        List<double[]> probs = new ArrayList<>();
        List<ClaimRelation> gold = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            boolean[] train = new boolean[x.length];
            boolean any = false;
            for (int i = 0; i < x.length; i++) {
                train[i] = use[i] && fold[i] != g;
                any |= use[i] && fold[i] == g;
            }
            if (!any) {
                continue;
            }
            SoftmaxModel m = fit(x, y, train, groups, options);
            for (int i = 0; i < x.length; i++) {
                if (use[i] && fold[i] == g) {
                    probs.add(m.probabilities(x[i]));
                    gold.add(y[i]);
                }
            }
        }
        return SoftmaxTrainer.chooseOffsets(probs.toArray(double[][]::new), gold.toArray(ClaimRelation[]::new));
    }

    static SoftmaxModel fit(double[][] x, ClaimRelation[] y, boolean[] train, Set<FeatureGroup> groups,
                            TrainingOptions options) {
        List<double[]> rows = new ArrayList<>();
        List<ClaimRelation> labels = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (train[i]) {
                rows.add(x[i]);
                labels.add(y[i]);
            }
        }
        return SoftmaxTrainer.train(rows.toArray(double[][]::new), labels.toArray(ClaimRelation[]::new), groups,
                options);
    }
}
