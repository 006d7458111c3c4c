package org.crosscheck.quantities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.api.Qualifier;
import org.crosscheck.quantities.Tokens.Tok;

/**
 * How a number is hedged. Hedges written right before the number ("nearly 50,000", "up to 190 miles") become part
 * of the quantity's span; hedges further back ("estimated at 8,000", "could grow to 10,000") only set the qualifier,
 * since the words between belong to the sentence, not to the figure.
 */
final class Qualifiers {

    /** A hedge before the number: the qualifier and the token it starts at. */
    record Before(Qualifier qualifier, int startTok) {
    }

    /** A hedge after the quantity ("or more"): the qualifier and the token after it. */
    record After(Qualifier qualifier, int endTok) {
    }

    private record Phrase(String[] words, Qualifier qualifier) {
    }

    private static final List<Phrase> BEFORE = new ArrayList<>();
    private static final List<Phrase> AFTER = new ArrayList<>();

    static {
        before(Qualifier.MORE_THAN, "more than", "over", "above", "in excess of", "upwards of", "well over",
                "just over", "well above", "greater than", "exceeding", "north of");
        before(Qualifier.LESS_THAN, "less than", "fewer than", "under", "below", "just under", "well under",
                "well below", "just below", "south of");
        before(Qualifier.AT_LEAST, "at least", "no fewer than", "no less than", "not less than", "not fewer than",
                "a minimum of");
        before(Qualifier.AT_MOST, "at most", "no more than", "not more than", "a maximum of", "at the most");
        before(Qualifier.UP_TO, "up to", "as many as", "as much as", "as high as", "as far as", "as long as");
        before(Qualifier.APPROXIMATELY, "about", "approximately", "approx", "around", "roughly", "some",
                "an estimated", "estimated", "circa", "an approximate", "in the region of", "on the order of",
                "something like", "somewhere around", "just about", "more or less", "upward of");
        before(Qualifier.NEARLY, "nearly", "almost", "close to", "just shy of", "nigh on", "approaching");
        before(Qualifier.RANGE, "between");
        after(Qualifier.AT_LEAST, "or more", "or above", "and more", "or greater");
        after(Qualifier.AT_MOST, "or fewer", "or less", "or below");
        after(Qualifier.APPROXIMATELY, "or so", "give or take");
        BEFORE.sort(Comparator.comparingInt((Phrase p) -> -p.words().length));
        AFTER.sort(Comparator.comparingInt((Phrase p) -> -p.words().length));
    }

    /** "could grow to", "is expected to reach", "will rise to": a figure someone expects, not one that is. */
    private static final Pattern PROJECTION = Pattern.compile("(?i)\\b(?:could|would|will|may|might|shall|should"
            + "|(?:expected|projected|forecast|predicted|likely|set|poised|due|going|on\\s+track)\\s+to)"
            + "\\s+(?:\\w+\\s+)?(?:grow|rise|reach|increase|climb|swell|hit|top|exceed|double|jump|surge|balloon"
            + "|expand|soar|total|number|be\\s+raised)(?:\\s+to)?(?:\\s+as\\s+(?:many|much|high)\\s+as)?"
            + "\\s*$");

    /** "estimated at", "put at", "believed to number": an estimate stated as such. */
    private static final Pattern ESTIMATE = Pattern.compile("(?i)\\b(?:estimated|estimates?|put|puts|putting"
            + "|believed|thought|reckoned|assessed)\\s+(?:at|to\\s+be|to\\s+number|to\\s+total)\\s*$");

    private Qualifiers() {
    }

    private static void before(Qualifier q, String... phrases) {
        for (String p : phrases) {
            BEFORE.add(new Phrase(p.split(" "), q));
        }
    }

    private static void after(Qualifier q, String... phrases) {
        for (String p : phrases) {
            AFTER.add(new Phrase(p.split(" "), q));
        }
    }

    /** The hedge written immediately before token {@code i}, or {@code null}. */
    static Before before(List<Tok> toks, int i) {
        for (Phrase p : BEFORE) {
            int n = p.words().length;
            int s = i - n;
            if (s >= 0 && matches(toks, s, p.words())) {
                return new Before(p.qualifier(), s);
            }
        }
        // "approx." tokenizes as a word and a full stop
        if (i >= 2 && toks.get(i - 1).text().equals(".") && toks.get(i - 2).is("approx")) {
            return new Before(Qualifier.APPROXIMATELY, i - 2);
        }
        return null;
    }

    /** The hedge written immediately after token {@code end - 1}, or {@code null}. */
    static After after(List<Tok> toks, int end) {
        for (Phrase p : AFTER) {
            if (matches(toks, end, p.words())) {
                return new After(p.qualifier(), end + p.words().length);
            }
        }
        return null;
    }

    /** A hedge in the words before offset {@code start} but outside the quantity, or {@code null}. */
    static Qualifier context(String text, int start) {
        String window = text.substring(Math.max(0, start - 80), start);
        if (PROJECTION.matcher(window).find()) {
            return Qualifier.PROJECTED;
        }
        if (ESTIMATE.matcher(window).find()) {
            return Qualifier.APPROXIMATELY;
        }
        return null;
    }

    private static boolean matches(List<Tok> toks, int s, String[] words) {
        if (s < 0 || s + words.length > toks.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Tok t = toks.get(s + k);
            if (!t.isWord() || !t.text().equalsIgnoreCase(words[k])) {
                return false;
            }
            if (k > 0 && t.start() - toks.get(s + k - 1).end() != 1) {
                return false;
            }
        }
        return true;
    }
}
