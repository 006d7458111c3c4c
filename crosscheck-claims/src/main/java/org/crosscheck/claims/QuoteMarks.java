package org.crosscheck.claims;

/**
 * The double quotation marks of a statement cut from an article, balanced for showing it on its own.
 *
 * <p>Why: a sentence is often one of several inside a single quotation, so the opening mark belongs to the sentence
 * before it ("... law that the council passed in 1990.&#x201d;") or the closing one to the sentence after; shown
 * alone it reads as a typing error. A closing mark with nothing open before it gets an opening mark at the start,
 * an opening mark left open gets a closing mark at the end, each in the style of the mark it answers, so the
 * statement reads as the quotation it is. Only display text changes: a claim's span and citation stay the
 * article's.
 *
 * <p>Curly marks say which they are; a straight mark is read from its neighbours as typesetters do (after a space
 * or at the start and before a word, it opens; otherwise it closes), since one text may mix the two styles
 * ("&#x201c;We will sail," the captain said). Single marks are left alone: they double as apostrophes.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    private static final char OPEN = '\u201c';
    private static final char CLOSE = '\u201d';

    static String balanced(String s) {
        boolean open = false;
        char opened = '"';
        char strayClose = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '"' && c != OPEN && c != CLOSE || i > 0 && isMark(s.charAt(i - 1))) {
                continue; // a doubled mark ("\"\"We ...") is one mark typed twice
            }
            if (c == OPEN || c == '"' && opens(s, i)) {
                if (!open) {
                    open = true;
                    opened = c;
                }
            } else if (open) {
                open = false;
            } else if (strayClose == 0) {
                strayClose = c;
            }
        }
        String out = s;
        if (strayClose != 0) {
            out = (strayClose == CLOSE ? OPEN : '"') + out;
        }
        if (open) {
            out = out + (opened == OPEN ? CLOSE : '"');
        }
        return out;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == OPEN || c == CLOSE;
    }

    /** Whether a straight mark opens a quotation: at the start or after a space or bracket, and before a word. */
    private static boolean opens(String s, int i) {
        boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([\u2014-".indexOf(s.charAt(i - 1)) >= 0;
        boolean after = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))
                && ".,;:!?)".indexOf(s.charAt(i + 1)) < 0;
        return before && after;
    }
}
