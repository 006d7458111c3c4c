package org.crosscheck.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name to a key that transliteration variants share. Outlets render one Cyrillic, Arabic or Korean name
 * in several Latin spellings (Zelensky, Zelenskiy, Zelenskyy, Zelenskii; Aleksey, Alexei; Dzhabarov, Djabarov);
 * the variation sits in a few well-known places (final y/iy/yy/ii/ij, doubled letters, ks/x, kh/ch, zh/dzh/dj,
 * w/v, diacritics and apostrophes), so folding exactly those keeps unrelated English names apart. Keys are only
 * compared between mentions of the same entity type, which keeps the remaining collisions rare.
 */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s/]+");

    private NameKey() {
    }

    /** The folded key of a whole name: each token folded, joined by single spaces. */
    static String of(String name) {
        return String.join(" ", tokens(name));
    }

    /** The folded tokens of a name, in order; punctuation-only tokens are dropped. */
    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        for (String raw : SEPARATORS.split(name.trim())) {
            String t = token(raw);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * One folded token. The entity stages fold the same few names many times per article, so ASCII tokens, which
     * have no marks to strip, skip the normaliser and the regular expressions and give the same key.
     */
    static String token(String raw) {
        String t;
        if (isAscii(raw)) {
            t = asciiLettersAndDigits(raw);
        } else {
            t = Normalizer.normalize(raw, Normalizer.Form.NFD);
            t = MARKS.matcher(t).replaceAll("");
            t = NOT_LETTER.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
        }
        if (t.isEmpty()) {
            return t;
        }
        t = t.replace("ks", "x").replace("ck", "k").replace("kh", "h").replace("ch", "h")
                .replace("dzh", "j").replace("dj", "j").replace("zh", "j").replace("ph", "f").replace('w', 'v')
                .replace('y', 'i');
        if (t.startsWith("ie") && t.length() > 3) {
            t = t.substring(1);
        }
        if (t.endsWith("ij")) {
            t = t.substring(0, t.length() - 1);
        }
        return collapseDoubles(t);
    }

    /** Whether a name's last letters are doubled (Zelenskyy): the tie-breaker prefers the plainer spelling. */
    static boolean endsDoubled(String name) {
        int n = name.length();
        return n >= 2 && Character.toLowerCase(name.charAt(n - 1)) == Character.toLowerCase(name.charAt(n - 2));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The letters (lower-cased) and digits of an ASCII string. */
    private static String asciiLettersAndDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String collapseDoubles(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
