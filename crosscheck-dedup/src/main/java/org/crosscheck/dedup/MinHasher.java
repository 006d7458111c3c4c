package org.crosscheck.dedup;

/**
 * MinHash over shingle hashes with {@code bands × rows} hash functions from fixed seeds, so signatures are comparable
 * across runs, threads and machines. The shingle hashes are already well mixed 64-bit values, so each function only
 * has to reorder them differently: function k maps a shingle with halves (x, y) to {@code x·a[k] + y·b[k] + c[k]} in
 * 32-bit arithmetic, with odd random multipliers, through a xorshift-multiply finaliser so that the functions order the
 * shingles independently of one another. Being plain int arithmetic and a minimum, the loop over the functions runs in
 * SIMD lanes, which is what lets signing keep pace with reading.
 */
public final class MinHasher {

    private static final long SEED = 0x5DEECE66DL;

    private final int bands;
    private final int rows;
    private final int[] a;
    private final int[] b;
    private final int[] c;

    public MinHasher(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive, got " + bands + " × " + rows);
        }
        this.bands = bands;
        this.rows = rows;
        int n = bands * rows;
        a = new int[n];
        b = new int[n];
        c = new int[n];
        long x = SEED;
        for (int i = 0; i < n; i++) {
            x += 0x9E3779B97F4A7C15L;
            long r = Mix.mix(x);
            a[i] = (int) r | 1;
            b[i] = (int) (r >>> 32) | 1;
            x += 0x9E3779B97F4A7C15L;
            c[i] = (int) Mix.mix(x);
        }
    }

    public int size() {
        return a.length;
    }

    public Signature sign(long[] shingles) {
        int n = a.length;
        int[] min = new int[n];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        int[] a = this.a;
        int[] b = this.b;
        int[] c = this.c;
        for (long s : shingles) {
            int x = (int) s;
            int y = (int) (s >>> 32);
            for (int k = 0; k < n; k++) {
                int v = x * a[k] + y * b[k] + c[k];
                v = (v ^ (v >>> 16)) * 0x45D9F3B;
                min[k] = Math.min(min[k], v ^ (v >>> 16));
            }
        }
        return new Signature(min, shingles.length, bandKeys(min));
    }

    private long[] bandKeys(int[] values) {
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = Mix.mix((band + 1) * 0x9E3779B97F4A7C15L);
            for (int r = 0; r < rows; r++) {
                h = Mix.mix(h ^ (values[band * rows + r] & 0xFFFFFFFFL));
            }
            keys[band] = h;
        }
        return keys;
    }
}
