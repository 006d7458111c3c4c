package org.crosscheck.stories;

import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures over word 5-gram shingles, for spotting wire copies and syndicated reprints. Seeds are fixed
 * constants so signatures are comparable across runs and machines; the fraction of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets.
 */
final class MinHash {

    static final int SIZE = 64;
    static final int BANDS = 16;
    static final int ROWS = SIZE / BANDS;
    private static final int SHINGLE = 5;
    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    private MinHash() {
    }

    /** The signature of a token sequence, or {@code null} when there are no words to shingle. */
    static long[] signature(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        long[] sig = new long[SIZE];
        Arrays.fill(sig, Long.MAX_VALUE);
        int last = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            long h = 0xCBF29CE484222325L;
            for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
                h = mix(h ^ stringHash(words.get(j)));
            }
            for (int k = 0; k < SIZE; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    static double jaccard(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The locality-sensitive bucket key of one band, tagged with the band number so bands never collide. */
    static long bandKey(long[] sig, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h ^ sig[band * ROWS + r]);
        }
        return h;
    }

    private static long stringHash(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    /** SplitMix64 finaliser: a cheap, well-distributed 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
