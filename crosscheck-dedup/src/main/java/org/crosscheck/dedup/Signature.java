package org.crosscheck.dedup;

/**
 * The MinHash summary of one text.
 *
 * @param values   one minimum per hash function; never changed after signing
 * @param shingles how many distinct shingles the text has (0 for a text without words)
 * @param bands    the LSH bucket key of each band of {@code values}, each tagged with its band number
 */
public record Signature(int[] values, int shingles, long[] bands) {

    /** A text without words: never a duplicate of anything. */
    public boolean isEmpty() {
        return shingles == 0;
    }

    /** The fraction of positions on which two signatures agree: an unbiased estimate of the shingle Jaccard. */
    public static double jaccard(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different lengths: " + a.length + " and " + b.length);
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return a.length == 0 ? 0 : same / (double) a.length;
    }

    /**
     * How much of the smaller shingle set lies in the larger, from the Jaccard estimate and the two set sizes:
     * |A ∩ B| = J (|A| + |B|) / (1 + J). It is what survives when a copy cuts part of the original.
     */
    public static double containment(double jaccard, int shinglesA, int shinglesB) {
        int small = Math.min(shinglesA, shinglesB);
        if (small == 0) {
            return 0;
        }
        double shared = jaccard * (shinglesA + shinglesB) / (1 + jaccard);
        return Math.min(1.0, shared / small);
    }
}
