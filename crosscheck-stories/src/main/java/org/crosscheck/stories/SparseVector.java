package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.Arrays;
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
    /**
     * The keys' hash codes, side by side: a {@link Probe} scores a story centroid of hundreds of keys by reading
     * this one array instead of each key's string object, most of which it never needs (the key is not there).
     */
    private final int[] hashes;
    private final double norm;

    private SparseVector(String[] keys, double[] values) {
        this.keys = keys;
        this.values = values;
        this.hashes = new int[keys.length];
        double s = 0;
        for (int i = 0; i < keys.length; i++) {
            hashes[i] = keys[i].hashCode();
            s += values[i] * values[i];
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

    /**
     * A vector over this one's keys with new weights, {@code weights[i]} for {@link #key(int) key(i)}; zero, negative
     * and non-finite weights are dropped, as {@link #of} drops them. What {@link #of} of the same map gives, without
     * hashing and sorting keys that are already sorted.
     */
    public SparseVector reweighted(double[] weights) {
        if (weights.length != keys.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + keys.length + " keys");
        }
        int n = 0;
        for (double w : weights) {
            if (w > 0 && Double.isFinite(w)) {
                n++;
            }
        }
        String[] k = new String[n];
        double[] v = new double[n];
        n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (weights[i] > 0 && Double.isFinite(weights[i])) {
                k[n] = keys[i];
                v[n++] = weights[i];
            }
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

    /**
     * A vector's weights in an open-addressing table of key hashes; {@link #cosine} gives the same value, bit for
     * bit, as {@link SparseVector#cosine}. A key of the other vector that is not here (most of a centroid's) costs
     * a look at one or two slots of this small table, and never a look at its string.
     */
    public static final class Probe {
        private final SparseVector vector;
        private final int shift;
        /** Per slot: the key's hash, and its index in {@code vector} plus one (0 for an empty slot). */
        private final int[] slotHash;
        private final int[] slotIndex;

        private Probe(SparseVector vector) {
            this.vector = vector;
            // a power of two at least four times the keys: short probe runs, and a miss mostly lands on an empty slot
            int bits = Math.max(2, 32 - Integer.numberOfLeadingZeros(Math.max(1, vector.keys.length) * 4 - 1));
            this.shift = 32 - bits;
            this.slotHash = new int[1 << bits];
            this.slotIndex = new int[1 << bits];
            int mask = slotIndex.length - 1;
            for (int i = 0; i < vector.keys.length; i++) {
                int slot = slot(vector.hashes[i]);
                while (slotIndex[slot] != 0) {
                    slot = slot + 1 & mask;
                }
                slotHash[slot] = vector.hashes[i];
                slotIndex[slot] = i + 1;
            }
        }

        /** Fibonacci hashing: spreads string hashes that differ only in low bits over the table. */
        private int slot(int hash) {
            return hash * 0x9E3779B9 >>> shift;
        }

        /** Cosine with {@code o}; 0 when either vector is empty. Sums in {@code o}'s key order, as a merge does. */
        public double cosine(SparseVector o) {
            if (vector.norm == 0 || o.norm == 0) {
                return 0;
            }
            int mask = slotIndex.length - 1;
            double s = 0;
            for (int j = 0; j < o.keys.length; j++) {
                int h = o.hashes[j];
                int slot = slot(h);
                int at;
                while ((at = slotIndex[slot]) != 0) {
                    if (slotHash[slot] == h && vector.keys[at - 1].equals(o.keys[j])) {
                        s += vector.values[at - 1] * o.values[j];
                        break;
                    }
                    slot = slot + 1 & mask;
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
        int[] chosen = heaviest(k);
        String[] nk = new String[chosen.length];
        double[] nv = new double[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            nk[i] = keys[chosen[i]];
            nv[i] = values[chosen[i]];
        }
        return new SparseVector(nk, nv);
    }

    /** Names of the {@code k} heaviest features, heaviest first, ties by name. */
    public List<String> topKeys(int k) {
        int[] chosen = heaviest(Math.min(k, keys.length));
        // heaviest first: sort by the rank of the weight among the chosen, then by index (keys are sorted, so by name)
        double[] weights = new double[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            weights[i] = values[chosen[i]];
        }
        Arrays.sort(weights);
        long[] order = new long[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            long heavier = chosen.length - upperBound(weights, values[chosen[i]]);
            order[i] = heavier << 32 | chosen[i];
        }
        Arrays.sort(order);
        List<String> out = new ArrayList<>(order.length);
        for (long o : order) {
            out.add(keys[(int) o]);
        }
        return out;
    }

    /**
     * Indices of the {@code k} heaviest features in index order, ties going to the smaller index: the weight that
     * the {@code k}-th heaviest has is found in a sorted copy of the weights, then one pass takes every feature above
     * it and as many at it as there is room for. The same choice as sorting all indices by weight, done on
     * primitives because it runs several times for every article assigned.
     */
    private int[] heaviest(int k) {
        if (k <= 0) {
            return new int[0];
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double cut = sorted[sorted.length - k];
        int atCut = k - (sorted.length - upperBound(sorted, cut));
        int[] out = new int[k];
        int n = 0;
        for (int i = 0; i < values.length && n < k; i++) {
            int c = Double.compare(values[i], cut);
            if (c > 0 || c == 0 && atCut-- > 0) {
                out[n++] = i;
            }
        }
        return out;
    }

    /** The first position in ascending {@code sorted} whose weight is above {@code w}, in {@link Double#compare}'s order. */
    private static int upperBound(double[] sorted, double w) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = lo + hi >>> 1;
            if (Double.compare(sorted[mid], w) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
