package org.crosscheck.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tokenizer of its own, because quantities are read from raw text whether or not a segmenter ran, and because
 * number shapes ("10,000", "3.5", "1.2m", "190-mile") need finer cuts than a general word tokenizer makes.
 */
final class Tokens {

    /** What a token looks like, which decides how the readers treat it. */
    enum Kind { NUMBER, WORD, SYMBOL }

    /** One token: offsets into the text, the covered text and its shape. */
    record Tok(int start, int end, String text, Kind kind) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }

        boolean capitalized() {
            return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
        }
    }

    // Thousands groups need exactly three digits so that "1,2 and 3" stays three numbers; thin and no-break spaces
    // group digits in some house styles, ordinary spaces do not (they separate a year from a count).
    private static final Pattern TOKEN = Pattern.compile(
            "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[\\u00A0\\u202F\\u2009]\\d{3})+(?:\\.\\d+)?"
                    + "|\\d+(?:\\.\\d+)?|\\.\\d+)"
                    + "|(?<abbr>(?:\\p{Lu}\\.){2,})"
                    + "|(?<word>\\p{L}[\\p{L}\\p{M}]*(?:['\\u2019\\-]\\p{L}[\\p{L}\\p{M}]*)*)"
                    + "|(?<sym>\\S)");

    private Tokens() {
    }

    static List<Tok> of(String text) {
        List<Tok> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Kind kind = m.group("num") != null ? Kind.NUMBER : m.group("sym") != null ? Kind.SYMBOL : Kind.WORD;
            out.add(new Tok(m.start(), m.end(), m.group(), kind));
        }
        return out;
    }

    /** Whether token {@code b} starts exactly where {@code a} ends (no space between). */
    static boolean adjacent(Tok a, Tok b) {
        return a.end() == b.start();
    }
}
