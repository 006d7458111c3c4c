package org.crosscheck.claims;

import java.util.Arrays;

/**
 * An inverted index of one article's claims over a story vocabulary: for each word (or entity) id, the claims that
 * use it. Comparing a new article with an earlier one then walks the earlier claims' ids and meets only the new
 * claims that share something, instead of intersecting every claim pair's sets: in a story most claim pairs share
 * nothing, so the cost follows what is shared, not the number of pairs.
 */
final class Postings {

    private static final int[] NONE = new int[0];

    /** Per id, the claims (rows) that use it, ascending; ids the article does not use map to an empty array. */
    private final int[][] rows;
    private final int claims;

    /**
     * @param ids   per claim of the article, its sorted vocabulary ids
     * @param vocab the size of the story vocabulary (every id is below it)
     */
    Postings(int[][] ids, int vocab) {
        this.claims = ids.length;
        int[] counts = new int[vocab];
        for (int[] claim : ids) {
            for (int id : claim) {
                counts[id]++;
            }
        }
        rows = new int[vocab][];
        for (int id = 0; id < vocab; id++) {
            rows[id] = counts[id] == 0 ? NONE : new int[counts[id]];
        }
        Arrays.fill(counts, 0);
        for (int r = 0; r < ids.length; r++) {
            for (int id : ids[r]) {
                rows[id][counts[id]++] = r;
            }
        }
    }

    /**
     * What every claim of this article (rows) shares with every claim of an earlier one (columns), row-major: per
     * cell the shared ids in ascending order, {@code null} when none. The same as intersecting every pair's id sets.
     *
     * @param earlier per claim of the earlier article, its sorted vocabulary ids (all below this index's vocabulary)
     */
    int[][] shared(int[][] earlier) {
        int cols = earlier.length;
        int[] counts = new int[claims * cols];
        for (int c = 0; c < cols; c++) {
            for (int id : earlier[c]) {
                for (int r : rows[id]) {
                    counts[r * cols + c]++;
                }
            }
        }
        int[][] out = new int[claims * cols][];
        for (int cell = 0; cell < out.length; cell++) {
            if (counts[cell] > 0) {
                out[cell] = new int[counts[cell]];
                counts[cell] = 0;
            }
        }
        // the earlier claim's ids are ascending, so every cell fills in ascending order
        for (int c = 0; c < cols; c++) {
            for (int id : earlier[c]) {
                for (int r : rows[id]) {
                    int cell = r * cols + c;
                    out[cell][counts[cell]++] = id;
                }
            }
        }
        return out;
    }
}
