package org.crosscheck.dedup;

/**
 * How near is a duplicate. The defaults were chosen by measurement ({@code crosscheck eval duplicates}) on the
 * AllSides corpus, the BASIL and NEUS same-event articles and generated edited copies: 3 rows per band let a pair with
 * a Jaccard of 0.4 become a candidate 94% of the time; a containment threshold of 0.75 still let through different
 * articles that share a reused background block, 0.8 does not, and keeps recall on cut copies at 0.99 or more.
 *
 * @param shingle        words per shingle
 * @param bands          LSH bands; a pair becomes a candidate when all rows of one band agree
 * @param rows           signature rows per band
 * @param jaccard        estimated shingle Jaccard at or above which a candidate is a copy
 * @param containment    estimated share of the shorter text found in the longer at or above which a candidate is a
 *                       cut copy
 * @param minShingles    texts with fewer shingles are too short to call copies of anything
 * @param minContainmentShingles the shorter text needs this many shingles before containment alone decides, since
 *                       the estimate is noisy for small sets
 * @param minSizeRatio   containment alone decides only when the shorter text has at least this share of the longer's
 *                       shingles (a paragraph quoted in a long article is not a copy of it)
 * @param capacity       signatures the in-memory index holds before it evicts the oldest
 */
public record DedupConfig(int shingle, int bands, int rows, double jaccard, double containment, int minShingles,
                          int minContainmentShingles, double minSizeRatio, int capacity) {

    public DedupConfig {
        if (shingle < 1 || bands < 1 || rows < 1 || capacity < 1) {
            throw new IllegalArgumentException("shingle, bands, rows and capacity must be positive: " + this);
        }
        if (!(jaccard > 0 && jaccard <= 1) || !(containment > 0 && containment <= 1)
                || !(minSizeRatio >= 0 && minSizeRatio <= 1)) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]: " + this);
        }
    }

    public static DedupConfig defaults() {
        return new DedupConfig(4, 42, 3, 0.5, 0.8, 5, 40, 0.3, 200_000);
    }

    public DedupConfig withThresholds(double newJaccard, double newContainment) {
        return new DedupConfig(shingle, bands, rows, newJaccard, newContainment, minShingles, minContainmentShingles,
                minSizeRatio, capacity);
    }

    public DedupConfig withCapacity(int newCapacity) {
        return new DedupConfig(shingle, bands, rows, jaccard, containment, minShingles, minContainmentShingles,
                minSizeRatio, newCapacity);
    }
}
