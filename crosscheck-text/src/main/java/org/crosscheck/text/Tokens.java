package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import org.crosscheck.api.Span;

/**
 * Token spans of one sentence: the OpenNLP tokenizer on ordinary text, cheaper and safer paths around it.
 *
 * <p>Purely alphanumeric white-space runs are tokens as they stand (the model's own alphanumeric shortcut), and
 * runs longer than {@link OpenNlpSegmenter#MAX_RUN} are cut at letter/digit boundaries without the model, whose
 * cost is quadratic in the run length. The UD model leaves dashes glued to words ("it—closely"); news uses
 * em and en dashes as punctuation, so they are split off.
 */
final class Tokens {

    private Tokens() {
    }

    static List<Span> of(TokenizerME tokenizer, String text, Span sentence) {
        List<Span> out = new ArrayList<>();
        int i = sentence.start();
        int end = sentence.end();
        while (i < end) {
            while (i < end && Lines.isSpace(text.charAt(i))) {
                i++;
            }
            int j = i;
            boolean alnum = true;
            while (j < end && !Lines.isSpace(text.charAt(j))) {
                alnum &= Character.isLetterOrDigit(text.charAt(j));
                j++;
            }
            if (j > i) {
                if (alnum) {
                    out.add(new Span(i, j));
                } else if (simple(text, i, j, j == end, out)) {
                    // word with plain punctuation around it, split without the model
                } else if (j - i > OpenNlpSegmenter.MAX_RUN) {
                    plain(text, i, j, out);
                } else {
                    for (opennlp.tools.util.Span t : tokenizer.tokenizePos(text.substring(i, j))) {
                        splitClitics(text, i + t.getStart(), i + t.getEnd(), out);
                    }
                }
            }
            i = j;
        }
        return out;
    }

    private static final String OPENERS = "(\"“‘[";
    private static final String CLOSERS = ",;:!?)\"”’]";

    /**
     * Splits a run like {@code “word”,} or {@code (word)} without the model: quotes and brackets around one
     * alphanumeric core, each punctuation mark a token, as the model does. A final period only at the end of
     * a sentence and after a lower-case word, where it cannot belong to an abbreviation like "U.S." or "Dr.".
     */
    private static boolean simple(String text, int start, int end, boolean sentenceEnd, List<Span> out) {
        int a = start;
        while (a < end && OPENERS.indexOf(text.charAt(a)) >= 0) {
            a++;
        }
        int b = a;
        while (b < end && Character.isLetterOrDigit(text.charAt(b))) {
            b++;
        }
        if (b == a) {
            return false;
        }
        int c = b;
        while (c < end && (CLOSERS.indexOf(text.charAt(c)) >= 0
                || text.charAt(c) == '.' && sentenceEnd && b - a >= 2 && Character.isLowerCase(text.charAt(b - 1)))) {
            c++;
        }
        if (c != end) {
            return false;
        }
        for (int k = start; k < a; k++) {
            out.add(new Span(k, k + 1));
        }
        out.add(new Span(a, b));
        for (int k = b; k < end; k++) {
            out.add(new Span(k, k + 1));
        }
        return true;
    }

    /** The length of the longest run without white space inside {@code s}. */
    static int longestRun(String text, Span s) {
        int best = 0;
        int run = 0;
        for (int i = s.start(); i < s.end(); i++) {
            if (Lines.isSpace(text.charAt(i))) {
                run = 0;
            } else if (++run > best) {
                best = run;
            }
        }
        return best;
    }

    private static void plain(String text, int start, int end, List<Span> out) {
        int i = start;
        while (i < end) {
            int j = i + 1;
            if (Character.isLetterOrDigit(text.charAt(i))) {
                while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
            } else if (Character.isHighSurrogate(text.charAt(i)) && j < end && Character.isLowSurrogate(text.charAt(j))) {
                j++;
            }
            out.add(new Span(i, j));
            i = j;
        }
    }

    /**
     * Splits what the model leaves glued to a name: a possessive ("Trump’s", "Ukraine's": the curly apostrophe
     * of most news sites is unknown to the model) and a slash between words ("SCALP/Storm"), so the entity
     * recogniser sees the bare name.
     */
    private static void splitClitics(String text, int start, int end, List<Span> out) {
        int n = end - start;
        if (n > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && (text.charAt(end - 2) == '\u2019' || text.charAt(end - 2) == '\'')
                && Character.isLetter(text.charAt(end - 3))) {
            splitClitics(text, start, end - 2, out);
            out.add(new Span(end - 2, end));
            return;
        }
        for (int k = start + 1; k < end - 1; k++) {
            if (text.charAt(k) == '/' && Character.isLetter(text.charAt(k - 1)) && Character.isLetter(text.charAt(k + 1))) {
                splitDashes(text, start, k, out);
                out.add(new Span(k, k + 1));
                splitClitics(text, k + 1, end, out);
                return;
            }
        }
        splitDashes(text, start, end, out);
    }

    private static void splitDashes(String text, int start, int end, List<Span> out) {
        int from = start;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if ((c == '—' || c == '–') && end - start > 1) {
                if (k > from) {
                    out.add(new Span(from, k));
                }
                out.add(new Span(k, k + 1));
                from = k + 1;
            }
        }
        if (from < end) {
            out.add(new Span(from, end));
        }
    }
}
