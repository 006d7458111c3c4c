package org.crosscheck.dedup;

import java.util.Arrays;

/**
 * The distinct word shingles of a text, as 64-bit hashes. Words are runs of letters and digits, lower-cased, with
 * apostrophes dropped ("don't" = "dont"), so punctuation, typographic quotes, line breaks and paragraphing never
 * change a shingle; only the words and their order do. Photo-gallery paragraphs are left out (see {@link Galleries}). Hashing words in place, without building strings, keeps this
 * cheap enough to run on every article of a stream.
 */
public final class Shingles {

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private Shingles() {
    }

    /**
     * The distinct hashes of every run of {@code size} consecutive words, in order of first appearance; a text
     * shorter than that gives one shingle of all its words, and a text without words gives none.
     */
    public static long[] of(String text, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1, got " + size);
        }
        long[] words = words(text);
        int n = words.length;
        if (n == 0) {
            return new long[0];
        }
        int count = Math.max(1, n - size + 1);
        long[] out = new long[count];
        // an open-addressed set instead of a sort: linear, and the hashes are uniform already
        int mask = Integer.highestOneBit(count * 2 + 1) * 2 - 1;
        long[] seen = new long[mask + 1];
        boolean zeroSeen = false;
        int k = 0;
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i, end = Math.min(n, i + size); j < end; j++) {
                h = Mix.mix(h ^ words[j]);
            }
            if (h == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    out[k++] = h;
                }
                continue;
            }
            int slot = (int) h & mask;
            while (seen[slot] != 0 && seen[slot] != h) {
                slot = (slot + 1) & mask;
            }
            if (seen[slot] == 0) {
                seen[slot] = h;
                out[k++] = h;
            }
        }
        return k == count ? out : Arrays.copyOf(out, k);
    }

    /** One hash per word, in order, leaving out paragraphs that are photo galleries ({@link Galleries}). */
    static long[] words(String text) {
        long[] out = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        int len = text.length();
        for (int start = 0; start < len; ) {
            int brk = text.indexOf("\n\n", start);
            int end = brk < 0 ? len : brk;
            if (!Galleries.isGallery(text, start, end)) {
                if (out.length - n < end - start) {
                    out = Arrays.copyOf(out, Math.max(2 * out.length, n + end - start));
                }
                n = words(text, start, end, out, n);
            }
            start = end + 2;
        }
        return Arrays.copyOf(out, n);
    }

    /** Appends the word hashes of {@code text[start, end)} to {@code out} from {@code n}; answers the new count. */
    private static int words(String text, int start, int end, long[] out, int n) {
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = start; i < end; ) {
            int cp = text.charAt(i);
            boolean wordChar;
            if (cp < 128) {
                // ASCII, most of every text: a table lookup instead of the Unicode properties
                i++;
                wordChar = ASCII_WORD[cp];
                if (cp >= 'A' && cp <= 'Z') {
                    cp += 'a' - 'A';
                }
            } else {
                cp = text.codePointAt(i);
                i += Character.charCount(cp);
                wordChar = Character.isLetterOrDigit(cp);
                if (wordChar) {
                    cp = Character.toLowerCase(cp);
                }
            }
            if (wordChar) {
                h = (h ^ cp) * FNV_PRIME;
                inWord = true;
            } else if (inWord && !isApostrophe(cp)) {
                out[n++] = h;
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            out[n++] = h;
        }
        return n;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }
}
