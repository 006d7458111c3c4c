package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.Span;

/**
 * Line spans of a text, for any of the three line-ending conventions ({@code \n}, {@code \r\n}, a lone
 * {@code \r}), so that offsets always point into the text as given and never into a normalised copy.
 */
final class Lines {

    private Lines() {
    }

    /** Every line, without its terminator; a text ending in a terminator has an empty last line. */
    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new Span(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(new Span(start, n));
        return out;
    }

    static boolean isBlank(String text, Span line) {
        return trim(text, line).length() == 0;
    }

    /** The span without leading and trailing white space (including no-break and other Unicode spaces). */
    static Span trim(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && isSpace(text.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
