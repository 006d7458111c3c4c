package org.crosscheck.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation token with its offsets. The rules tokenise small stretches themselves rather than rely on
 * the segmenter's tokens, so that they behave the same on bare text and on fully annotated articles.
 */
record Tok(int start, int end, String text) {

    private static final Pattern TOKEN = Pattern.compile(
            "\u25A0+|\\p{L}(?:\\.\\p{L})+\\.?"                                        // U.S., U.N.
                    + "|\\p{Lu}\\.(?=\\s+\\p{Lu})"                             // initials: Leonard E. Burman
                    + "|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Prof|St|Jr|Sr|Sgt|Adm|Capt)\\.(?=\\s)"
                    + "|No\\.(?=\\s+\\d)"                                                  // No. 2
                    // a full stop joins only lowercase or digits, so "said.Next" stays two words
                    + "|[\\p{L}\\p{N}]+(?:[’'\\-&][\\p{L}\\p{N}]+|\\.[\\p{Ll}\\p{N}][\\p{L}\\p{N}]*)*"
                    + "|[^\\s\\p{Z}]");                                                // no-break spaces split

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isMask() {
        return text.charAt(0) == QuoteMarks.MASK;
    }

    boolean isQuoteMark() {
        return text.length() == 1 && "\"“”‘’'„«»".indexOf(text.charAt(0)) >= 0;
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** The word without a trailing possessive, so "Ukraine’s" compares as "Ukraine". */
    String bare() {
        if (text.endsWith("’s") || text.endsWith("'s")) {
            return text.substring(0, text.length() - 2);
        }
        return text;
    }

    boolean isPossessive() {
        return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
    }

    /** Tokens of {@code text[from, to)}; characters masked out by {@link QuoteMarks#MASK} never form words. */
    static List<Tok> tokenize(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int a = Math.max(0, from);
        int b = Math.min(text.length(), to);
        if (a >= b) {
            return out;
        }
        Matcher m = TOKEN.matcher(text).region(a, b);
        while (m.find()) {
            out.add(new Tok(m.start(), m.end(), m.group()));
        }
        return out;
    }
}
