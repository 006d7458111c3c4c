package org.crosscheck.stories;

/**
 * A light English suffix stripper: enough that "protest", "protests" and "protesters" or "vote", "votes" and
 * "voted" meet, without the over-reach of a full Porter stemmer that merges unrelated words. Stems are only ever
 * compared with other stems, so they need not be words.
 */
final class Stemmer {

    /** Tried in order; only the first that fits is stripped, so stems never shrink to nothing. */
    private static final String[] SUFFIXES = {"ations", "ation", "ers", "er", "ings", "ing", "edly", "ed", "ly"};
    private static final int[] MIN_STEM = {4, 4, 4, 4, 3, 3, 3, 3, 4};

    private Stemmer() {
    }

    static String stem(String w) {
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && n > 4) {
            s = s.substring(0, n - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, n - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, n - 1);
        }
        for (int i = 0; i < SUFFIXES.length; i++) {
            String t = strip(s, SUFFIXES[i], MIN_STEM[i]);
            if (!t.equals(s)) {
                s = t;
                break;
            }
        }
        if (s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Strips {@code suffix} when at least {@code minStem} characters remain; undoubles a final consonant. */
    private static String strip(String s, String suffix, int minStem) {
        if (!s.endsWith(suffix) || s.length() - suffix.length() < minStem) {
            return s;
        }
        String t = s.substring(0, s.length() - suffix.length());
        int m = t.length();
        if (m >= 2 && t.charAt(m - 1) == t.charAt(m - 2) && "bdfgmnprt".indexOf(t.charAt(m - 1)) >= 0) {
            t = t.substring(0, m - 1);
        }
        return t;
    }
}
