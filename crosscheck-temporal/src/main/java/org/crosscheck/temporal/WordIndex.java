package org.crosscheck.temporal;

import java.util.Arrays;

/**
 * Where the words of a text begin and end, grouped by their first character, so that a {@link Keyed} pattern finds
 * the places its matches can start by looking only at the words that begin with one of its key words' letters.
 * A word is a run of ASCII letters, digits and underscores, as Java's {@code \b} sees it (since Java 19 it takes
 * "é" for no word character), so a word starts wherever {@code \b} can stand before a letter or digit.
 */
final class WordIndex {

    private final String folded;

    private final int[] starts;

    private final int[] ends;

    /** For each ASCII character, the indices (into {@link #starts}) of the words that begin with it. */
    private final int[][] byFirst;

    private WordIndex(String folded, int[] starts, int[] ends, int[][] byFirst) {
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
        this.byFirst = byFirst;
    }

    /** The words of {@code text}, whose lower-cased form, one character at a time, is {@code folded}. */
    static WordIndex of(String text, String folded) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int[] counts = new int[128];
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
            if (word && !inWord) {
                if (words == starts.length) {
                    starts = Arrays.copyOf(starts, words * 2);
                    ends = Arrays.copyOf(ends, words * 2);
                }
                starts[words] = i;
                counts[folded.charAt(i)]++;
            } else if (!word && inWord) {
                ends[words++] = i;
            }
            inWord = word;
        }
        if (inWord) {
            ends[words++] = text.length();
        }
        int[][] byFirst = new int[128][];
        for (int c = 0; c < 128; c++) {
            byFirst[c] = new int[counts[c]];
        }
        int[] filled = new int[128];
        for (int w = 0; w < words; w++) {
            char f = folded.charAt(starts[w]);
            byFirst[f][filled[f]++] = w;
        }
        return new WordIndex(folded, Arrays.copyOf(starts, words), Arrays.copyOf(ends, words), byFirst);
    }

    /**
     * Where a match of a keyed pattern may start, in text order: the words that begin with one of its key words,
     * and every occurrence of its {@link Keyed#anywhere()} strings.
     */
    int[] places(Keyed keyed) {
        int[] at = new int[16];
        int n = 0;
        boolean ordered = true;
        for (char c : keyed.firstChars()) {
            int[] words = byFirst[c];
            for (int w : words) {
                boolean last = w + 1 == starts.length;
                if (keyed.opens(folded, starts[w], ends[w], last ? -1 : starts[w + 1], last ? -1 : ends[w + 1])) {
                    if (n == at.length) {
                        at = Arrays.copyOf(at, n * 2);
                    }
                    ordered &= n == 0 || at[n - 1] < starts[w];
                    at[n++] = starts[w];
                }
            }
        }
        for (String literal : keyed.anywhere()) {
            for (int i = folded.indexOf(literal); i >= 0; i = folded.indexOf(literal, i + 1)) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                ordered &= n == 0 || at[n - 1] < i;
                at[n++] = i;
            }
        }
        int[] places = Arrays.copyOf(at, n);
        if (!ordered) {
            Arrays.sort(places);
        }
        return places;
    }
}
