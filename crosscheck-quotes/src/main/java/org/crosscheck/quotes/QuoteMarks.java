package org.crosscheck.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks into quoted stretches. Typographic marks are unreliable in scraped news (straight marks for
 * both ends, "“" used as a closing mark, "‘" typed for an apostrophe), so every mark's role is read from the
 * characters around it as well as from its shape, and an unbalanced mark is dropped rather than allowed to swallow
 * the rest of a paragraph.
 */
final class QuoteMarks {

    /** Stands in for quoted words when the text around a quote is searched for its speaker. */
    static final char MASK = '\u25A0';

    /**
     * One quoted stretch: marks at {@code open} and {@code close} (close is -1 when the quotation runs on into the
     * next paragraph), the words between them at {@code [start, end)}. Stretches of one multi-paragraph quotation
     * share a {@code chain} number.
     */
    record Quoted(int open, int start, int end, int close, int chain) {
    }

    private QuoteMarks() {
    }

    static List<Quoted> find(String original) {
        String text = pairsAsMarks(original);
        List<Quoted> doubles = doubles(text);
        List<Quoted> all = new ArrayList<>(doubles);
        all.addAll(singles(text, doubles));
        all.sort(Comparator.comparingInt(Quoted::start));
        List<Quoted> out = new ArrayList<>();
        for (Quoted q : all) {
            boolean nested = false;
            for (Quoted o : all) {
                if (o != q && o.open() <= q.open() && q.end() <= o.end() && (o.open() < q.open() || o.end() > q.end())) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * Some wires type a double mark as two apostrophes or backticks (''so'' and ``so''). Each pair becomes one
     * straight mark and a space, placed so the mark sits next to the quoted words; offsets do not move.
     */
    private static String pairsAsMarks(String text) {
        if (!text.contains("''") && !text.contains("``")) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            boolean pair = (c[i] == '\'' && c[i + 1] == '\'') || (c[i] == '`' && c[i + 1] == '`');
            if (!pair) {
                continue;
            }
            boolean opening = i + 2 < c.length && !Character.isWhitespace(c[i + 2])
                    && (i == 0 || Character.isWhitespace(c[i - 1]) || "([{—–-".indexOf(c[i - 1]) >= 0);
            if (opening) {
                c[i] = ' ';
                c[i + 1] = '"';
            } else {
                c[i] = '"';
                c[i + 1] = ' ';
            }
            i++;
        }
        return new String(c);
    }

    /** The text with every quoted stretch (marks included) replaced by {@link #MASK}, offsets unchanged. */
    static String masked(String text, List<Quoted> quotes) {
        char[] c = text.toCharArray();
        for (Quoted q : quotes) {
            int from = q.open();
            int to = q.close() >= 0 ? q.close() + 1 : q.end();
            // a mark typed as two apostrophes or backticks ('' and ``) is masked whole, both characters
            if (from > 0 && from < c.length && isPairChar(c[from]) && c[from - 1] == c[from]) {
                from--;
            }
            if (q.close() >= 0 && to < c.length && isPairChar(c[q.close()]) && c[to] == c[q.close()]) {
                to++;
            }
            for (int i = from; i < to && i < c.length; i++) {
                if (c[i] != '\n') {
                    c[i] = MASK;
                }
            }
        }
        return new String(c);
    }

    private static boolean isPairChar(char c) {
        return c == '\'' || c == '`';
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    private static boolean openingContext(String t, int i) {
        char prev = i > 0 ? t.charAt(i - 1) : ' ';
        char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
        boolean prevOpen = Character.isWhitespace(prev) || "([{—–-/:".indexOf(prev) >= 0 || isDouble(prev)
                || prev == '‘' || prev == '\'' || prev == MASK;
        return prevOpen && !Character.isWhitespace(next);
    }

    private static boolean closingContext(String t, int i) {
        char prev = i > 0 ? t.charAt(i - 1) : ' ';
        char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
        return !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
    }

    private static List<Quoted> doubles(String t) {
        List<Quoted> out = new ArrayList<>();
        int chain = -1;
        int pStart = 0;
        while (pStart <= t.length()) {
            int nl = t.indexOf('\n', pStart);
            int pEnd = nl < 0 ? t.length() : nl;
            int open = -1;
            for (int i = pStart; i < pEnd; i++) {
                char c = t.charAt(i);
                if (!isDouble(c)) {
                    continue;
                }
                boolean opens;
                if (open < 0) {
                    opens = (c == '“' || c == '„' || c == '«' || c == '"') ? !closingContext(t, i) || openingContext(t, i)
                            : openingContext(t, i);
                } else {
                    opens = (c == '“' || c == '„' || c == '«') && openingContext(t, i) && !closingContext(t, i);
                }
                if (opens) {
                    if (open >= 0) {
                        chain = -1;
                    }
                    open = i;
                } else if (open >= 0) {
                    add(out, t, open, i, i, chain);
                    open = -1;
                    chain = -1;
                }
            }
            if (open >= 0 && continuesInNextParagraph(t, pEnd)) {
                int id = chain >= 0 ? chain : out.size();
                add(out, t, open, pEnd, -1, id);
                chain = id;
            } else if (!t.substring(pStart, pEnd).isBlank()) {
                chain = -1;
            }
            if (nl < 0) {
                break;
            }
            pStart = nl + 1;
        }
        return out;
    }

    /** A quotation left open at a paragraph end goes on only when the next paragraph opens with a mark. */
    private static boolean continuesInNextParagraph(String t, int pEnd) {
        int i = pEnd;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i > pEnd && i < t.length() && isDouble(t.charAt(i)) && openingContext(t, i);
    }

    private static void add(List<Quoted> out, String t, int open, int innerEnd, int close, int chain) {
        int s = open + 1;
        int e = innerEnd;
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (e > s && containsLetterOrDigit(t, s, e)) {
            out.add(new Quoted(open, s, e, close, chain < 0 ? out.size() : chain));
        }
    }

    private static boolean containsLetterOrDigit(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Quoted> qs, int i) {
        for (Quoted q : qs) {
            int to = q.close() >= 0 ? q.close() : q.end();
            if (q.open() <= i && i <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Single marks double as apostrophes, so a mark opens only before a word and after a space, and closes only
     * after a word and before a non-letter; "officials’ plan" (a plural possessive) is passed over.
     */
    private static List<Quoted> singles(String t, List<Quoted> doubles) {
        List<Quoted> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if ((c == '‘' || c == '\'') && !inside(doubles, i) && openingContext(t, i)
                    && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1))
                    && !(Character.isDigit(t.charAt(i + 1)) && i + 3 < t.length() && t.charAt(i + 3) == 's')) {
                int close = findSingleClose(t, i + 1);
                if (close > 0) {
                    add(out, t, i, close, close, 1_000_000 + out.size());
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static int findSingleClose(String t, int from) {
        for (int j = from; j < t.length() && j < from + 600; j++) {
            char c = t.charAt(j);
            if (c == '\n' || isDouble(c)) {
                return -1;
            }
            if ((c == '’' || c == '\'') && closingContext(t, j)) {
                char prev = t.charAt(j - 1);
                char next = j + 1 < t.length() ? t.charAt(j + 1) : ' ';
                char after = j + 2 < t.length() ? t.charAt(j + 2) : ' ';
                boolean possessive = (prev == 's' || prev == 'S') && next == ' ' && Character.isLetter(after);
                if (!possessive) {
                    return j;
                }
            }
        }
        return -1;
    }
}
