package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable sparse vector over feature names, stored sorted by name. Sorting makes every sum run in the same
 * order whatever map the features came from, so scores, and with them story decisions, are bit-for-bit
 * reproducible; it also lets dot products merge two vectors in linear time.
 */
public final class SparseVector {

    public static final SparseVector EMPTY = new SparseVector(new String[0], new double[0]);

    private final String[] keys;
    private final double[] values;
    private final double norm;

    private SparseVector(String[] keys, double[] values) {
        this.keys = keys;
        this.values = values;
        double s = 0;
        for (double v : values) {
            s += v * v;
        }
        this.norm = Math.sqrt(s);
    }

    /** Builds a vector from any map; zero, negative and non-finite weights are dropped. */
    public static SparseVector of(Map<String, Double> weights) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>();
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double v = e.getValue();
            if (v > 0 && Double.isFinite(v)) {
                entries.add(e);
            }
        }
        entries.sort(Map.Entry.comparingByKey());
        String[] k = new String[entries.size()];
        double[] v = new double[entries.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = entries.get(i).getKey();
            v[i] = entries.get(i).getValue();
        }
        return new SparseVector(k, v);
    }

    public int size() {
        return keys.length;
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    public double norm() {
        return norm;
    }

    public String key(int i) {
        return keys[i];
    }

    public double value(int i) {
        return values[i];
    }

    public double get(String key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? values[i] : 0;
    }

    public double dot(SparseVector o) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < keys.length && j < o.keys.length) {
            int c = keys[i].compareTo(o.keys[j]);
            if (c == 0) {
                s += values[i++] * o.values[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** How many keys the two vectors share. */
    public int sharedKeys(SparseVector o) {
        int n = 0;
        for (String k : keys) {
            if (o.get(k) != 0) {
                n++;
            }
        }
        return n;
    }

    /** Cosine similarity; 0 when either vector is empty. */
    public double cosine(SparseVector o) {
        if (norm == 0 || o.norm == 0) {
            return 0;
        }
        return Math.min(1.0, dot(o) / (norm * o.norm));
    }

    /**
     * This vector behind a hash lookup, for scoring it against many others: a merge costs the sum of both sizes in
     * string comparisons, a probe only the other vector's size in lookups, which matters when a long article is
     * scored against dozens of capped story centroids.
     */
    public Probe probe() {
        return new Probe(this);
    }

    /** A vector's weights by name; {@link #cosine} gives the same value, bit for bit, as {@link SparseVector#cosine}. */
    public static final class Probe {
        private final SparseVector vector;
        private final Map<String, Double> byKey;

        private Probe(SparseVector vector) {
            this.vector = vector;
            this.byKey = new HashMap<>(vector.keys.length * 2);
            for (int i = 0; i < vector.keys.length; i++) {
                byKey.put(vector.keys[i], vector.values[i]);
            }
        }

        /** Cosine with {@code o}; 0 when either vector is empty. Sums in {@code o}'s key order, as a merge does. */
        public double cosine(SparseVector o) {
            if (vector.norm == 0 || o.norm == 0) {
                return 0;
            }
            double s = 0;
            for (int j = 0; j < o.keys.length; j++) {
                Double v = byKey.get(o.keys[j]);
                if (v != null) {
                    s += v * o.values[j];
                }
            }
            return Math.min(1.0, s / (vector.norm * o.norm));
        }
    }

    /** This vector scaled to unit length (unchanged when empty). */
    public SparseVector normalized() {
        if (norm == 0) {
            return this;
        }
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] / norm;
        }
        return new SparseVector(keys, v);
    }

    /** The element-wise sum of this and {@code o}. */
    public SparseVector plus(SparseVector o) {
        String[] k = new String[keys.length + o.keys.length];
        double[] v = new double[k.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < keys.length || j < o.keys.length) {
            int c = i == keys.length ? 1 : j == o.keys.length ? -1 : keys[i].compareTo(o.keys[j]);
            if (c == 0) {
                k[n] = keys[i];
                v[n++] = values[i++] + o.values[j++];
            } else if (c < 0) {
                k[n] = keys[i];
                v[n++] = values[i++];
            } else {
                k[n] = o.keys[j];
                v[n++] = o.values[j++];
            }
        }
        return new SparseVector(Arrays.copyOf(k, n), Arrays.copyOf(v, n));
    }

    /** The {@code k} heaviest features (ties by name), still a vector; bounds the size of story centroids. */
    public SparseVector top(int k) {
        if (keys.length <= k) {
            return this;
        }
        Integer[] order = topOrder(k);
        Arrays.sort(order);
        String[] nk = new String[order.length];
        double[] nv = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            nk[i] = keys[order[i]];
            nv[i] = values[order[i]];
        }
        return new SparseVector(nk, nv);
    }

    /** Names of the {@code k} heaviest features, heaviest first, ties by name. */
    public List<String> topKeys(int k) {
        Integer[] order = topOrder(Math.min(k, keys.length));
        List<String> out = new ArrayList<>(order.length);
        for (Integer i : order) {
            out.add(keys[i]);
        }
        return out;
    }

    private Integer[] topOrder(int k) {
        Integer[] idx = new Integer[keys.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        // keys are sorted, so comparing indices breaks weight ties by name
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparingInt(i -> i));
        return Arrays.copyOf(idx, k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector s && Arrays.equals(keys, s.keys) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < keys.length; i++) {
            b.append(i == 0 ? "" : ", ").append(keys[i]).append('=').append(String.format("%.3f", values[i]));
        }
        return b.append('}').toString();
    }
}
