package org.crosscheck.temporal;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pattern with the words its matches can begin with ("last", "next", a month's first letters, a digit), so that a
 * text is searched only where one of them begins instead of at every character: most of a news text holds no time
 * expression, and a regex tried at each of its positions cost most of the tagger's time.
 *
 * <p>What {@link Context#matches} returns is exactly what a {@link java.util.regex.Matcher#find()} loop over the
 * whole text returns, provided every match starts at one of the places the key names: at the start of a word (an
 * ASCII letter, digit or underscore not preceded by one, as Java's {@code \b} sees it) that begins, in any case,
 * with one of its words; or, for a pattern that may start elsewhere, at any occurrence of one of its
 * {@link #anywhere()} strings. A pattern that opens with {@code \b} and a word from a closed list meets the first
 * condition; whoever changes a pattern's first words changes its key with it ({@code KeyedTest} compares every key
 * with a full scan). A key word ending in {@code $} must be the whole word ("a$" is "a", not "about"). A match that
 * starts with the whole word "the" is looked for only where the next word begins with one of {@link #afterThe} when
 * the key gives such words: "the" is the commonest word of English, and half the patterns may start with it.
 */
final class Keyed {

    final Pattern pattern;

    private final Words first;

    /** What may follow a first word "the", or null when the key says nothing of it. */
    private final Words afterThe;

    /** Lower-case strings a match can start with at any position, for patterns not anchored at a word start. */
    private final String[] anywhere;

    /** Lower-case strings of which the text must hold one for any match to be looked for; empty: no such test. */
    private final String[] required;

    private Keyed(Pattern pattern, Words first, Words afterThe, String[] anywhere, String[] required) {
        this.pattern = pattern;
        this.first = first;
        this.afterThe = afterThe;
        this.anywhere = anywhere.clone();
        this.required = required.clone();
    }

    /** The pattern keyed by the beginnings of the words its matches start with. */
    static Keyed words(Pattern pattern, String... words) {
        return new Keyed(pattern, new Words(words), null, new String[0], new String[0]);
    }

    /** This key with more word beginnings: {@code words(p, "the").and(Lexicon.MONTH_STARTS)}. */
    Keyed and(String... moreWords) {
        return new Keyed(pattern, new Words(concat(first.entries, moreWords)), afterThe, anywhere, required);
    }

    /** This key, with the beginnings of the words a match opening with the word "the" can go on with. */
    Keyed afterThe(String... next) {
        return new Keyed(pattern, first, new Words(afterThe == null ? next : concat(afterThe.entries, next)),
                anywhere, required);
    }

    /** This key, with strings a match may also start with wherever they stand (a quote mark, a digit). */
    Keyed orAnywhere(String... literals) {
        return new Keyed(pattern, first, afterThe, concat(anywhere, literals), required);
    }

    /**
     * This key, looked for only in a text that holds one of {@code literals} (lower case): a test the rule made
     * before its scan, kept as it was so that the output stays the same.
     */
    Keyed whenMentioned(String... literals) {
        return new Keyed(pattern, first, afterThe, anywhere, concat(required, literals));
    }

    /** The first characters of the key words, each once. */
    char[] firstChars() {
        return first.firstChars.clone();
    }

    String[] anywhere() {
        return anywhere;
    }

    String[] required() {
        return required;
    }

    /**
     * Whether a match may start at the word {@code [at, end)} of the lower-cased text, the next word starting at
     * {@code nextAt} and ending at {@code nextEnd} ({@code nextAt} -1 when there is none).
     */
    boolean opens(String folded, int at, int end, int nextAt, int nextEnd) {
        if (!first.begins(folded, at, end)) {
            return false;
        }
        if (afterThe == null || end - at != 3 || !folded.startsWith("the", at)) {
            return true;
        }
        return nextAt >= 0 && afterThe.begins(folded, nextAt, nextEnd);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Beginnings of words, grouped by their first character, for a test of a word that costs a lookup or two. */
    private static final class Words {

        final String[] entries;

        /** The entries by their first character, without the {@code $} of a whole word. */
        private final String[][] byFirst = new String[128][];

        /** Whether each entry of {@link #byFirst} must be the whole word. */
        private final boolean[][] wholeByFirst = new boolean[128][];

        /** The characters {@link #byFirst} holds entries for. */
        final char[] firstChars;

        Words(String[] entries) {
            this.entries = entries.clone();
            StringBuilder firsts = new StringBuilder();
            for (String w : this.entries) {
                if (w.isEmpty() || w.equals("$") || w.charAt(0) >= 128 || !w.equals(w.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("a key word must be lower-case ASCII: \"" + w + "\"");
                }
                char c = w.charAt(0);
                boolean whole = w.endsWith("$");
                if (byFirst[c] == null) {
                    byFirst[c] = new String[0];
                    wholeByFirst[c] = new boolean[0];
                    firsts.append(c);
                }
                int n = byFirst[c].length;
                byFirst[c] = Arrays.copyOf(byFirst[c], n + 1);
                wholeByFirst[c] = Arrays.copyOf(wholeByFirst[c], n + 1);
                byFirst[c][n] = whole ? w.substring(0, w.length() - 1) : w;
                wholeByFirst[c][n] = whole;
            }
            firstChars = firsts.toString().toCharArray();
        }

        /** Whether the word {@code [at, end)} of the lower-cased text begins with (or is) one of the entries. */
        boolean begins(String folded, int at, int end) {
            char c = folded.charAt(at);
            String[] candidates = c < 128 ? byFirst[c] : null;
            if (candidates == null) {
                return false;
            }
            boolean[] whole = wholeByFirst[c];
            for (int i = 0; i < candidates.length; i++) {
                String w = candidates[i];
                if (folded.regionMatches(at, w, 0, w.length()) && (!whole[i] || at + w.length() == end)) {
                    return true;
                }
            }
            return false;
        }
    }
}
