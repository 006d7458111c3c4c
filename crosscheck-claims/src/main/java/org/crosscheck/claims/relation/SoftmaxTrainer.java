package org.crosscheck.claims.relation;

import java.util.Set;

/**
 * Fits a {@link SoftmaxModel} by full-batch Adam on the class-weighted cross-entropy plus an L2 penalty, from zero
 * weights: the same data and options always give the same model. Features are standardised first (mean 0, unit
 * variance over the training pairs), so one penalty fits features of every scale.
 */
public final class SoftmaxTrainer {

    private static final int K = ClaimRelation.values().length;

    private SoftmaxTrainer() {
    }

    /** A model of {@code x} (one row per pair) and its relations, with zero decision offsets. */
    public static SoftmaxModel train(double[][] x, ClaimRelation[] y, Set<FeatureGroup> groups, TrainingOptions o) {
        int n = x.length;
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException(n + " feature rows for " + y.length + " relations");
        }
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                double c = row[j] - mean[j];
                scale[j] += c * c / n;
            }
        }
        for (int j = 0; j < d; j++) {
            // a constant feature keeps scale 1: it is zero after centring and its weight stays 0
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        double[] sampleWeight = sampleWeights(y, o.classWeightPower());
        double[][] w = new double[K][d];
        double[] b = new double[K];
        Adam adam = new Adam(K * (d + 1), o.learningRate());
        double[] grad = new double[K * (d + 1)];
        for (int it = 0; it < o.iterations(); it++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double[] p = SoftmaxModel.softmax(SoftmaxModel.logits(w, b, z[i]));
                int gold = y[i].ordinal();
                for (int k = 0; k < K; k++) {
                    double g = sampleWeight[i] * (p[k] - (k == gold ? 1 : 0));
                    if (g == 0) {
                        continue;
                    }
                    int base = k * (d + 1);
                    double[] zi = z[i];
                    for (int j = 0; j < d; j++) {
                        grad[base + j] += g * zi[j];
                    }
                    grad[base + d] += g;
                }
            }
            for (int k = 0; k < K; k++) {
                int base = k * (d + 1);
                for (int j = 0; j < d; j++) {
                    grad[base + j] = grad[base + j] / n + o.l2() * w[k][j];
                }
                grad[base + d] /= n;
            }
            double[] step = adam.step(grad);
            for (int k = 0; k < K; k++) {
                int base = k * (d + 1);
                for (int j = 0; j < d; j++) {
                    w[k][j] -= step[base + j];
                }
                b[k] -= step[base + d];
            }
        }
        return new SoftmaxModel(groups, mean, scale, w, b, new double[K]);
    }

    /** Per-pair weights (N / (K n_c))^power, so with power 1 each relation weighs the same in total. */
    static double[] sampleWeights(ClaimRelation[] y, double power) {
        int[] counts = new int[K];
        for (ClaimRelation r : y) {
            counts[r.ordinal()]++;
        }
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.pow((double) y.length / (K * counts[y[i].ordinal()]), power);
        }
        return out;
    }

    /**
     * The decision offsets (strengthen's fixed at 0) that maximise macro F1 over held-out probabilities, searched on
     * a grid of steps of 0.1 in [-3, 3]; ties keep the offsets closest to 0.
     */
    public static double[] chooseOffsets(double[][] probabilities, ClaimRelation[] gold) {
        double[] best = new double[K];
        double bestF = macroF1(probabilities, gold, best);
        for (int a = -30; a <= 30; a++) {
            for (int c = -30; c <= 30; c++) {
                double[] off = {0, a / 10.0, c / 10.0};
                double f = macroF1(probabilities, gold, off);
                if (f > bestF + 1e-12 || (Math.abs(f - bestF) <= 1e-12 && norm(off) < norm(best))) {
                    bestF = f;
                    best = off;
                }
            }
        }
        return best;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return s;
    }

    static double macroF1(double[][] probabilities, ClaimRelation[] gold, double[] offsets) {
        int[] tp = new int[K];
        int[] predicted = new int[K];
        int[] actual = new int[K];
        for (int i = 0; i < gold.length; i++) {
            int p = SoftmaxModel.decide(probabilities[i], offsets);
            int g = gold[i].ordinal();
            predicted[p]++;
            actual[g]++;
            if (p == g) {
                tp[g]++;
            }
        }
        double f = 0;
        for (int k = 0; k < K; k++) {
            int denominator = predicted[k] + actual[k];
            f += denominator == 0 ? 0 : 2.0 * tp[k] / denominator;
        }
        return f / K;
    }

    /** Adam's moment estimates for one parameter vector. */
    private static final class Adam {
        private final double[] m;
        private final double[] v;
        private final double rate;
        private int t;

        Adam(int size, double rate) {
            this.m = new double[size];
            this.v = new double[size];
            this.rate = rate;
        }

        double[] step(double[] grad) {
            t++;
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            double[] out = new double[grad.length];
            for (int i = 0; i < grad.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * grad[i];
                v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
                out[i] = rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
            }
            return out;
        }
    }
}
