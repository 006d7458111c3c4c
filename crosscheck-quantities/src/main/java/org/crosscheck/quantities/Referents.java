package org.crosscheck.quantities;

import java.util.List;
import java.util.Set;
import org.crosscheck.quantities.Tokens.Tok;

/**
 * What a bare number counts when the text said it earlier: in "sent 3,000 troops, and their numbers could grow to
 * 10,000" the second figure is troops too. The referent is the closer of the last quantity with a unit and the
 * last "number(s) of X" phrase, searched back to the start of the previous sentence and no further, since beyond
 * that a bare number is more often a score, an identifier or a different count.
 */
final class Referents {

    /** The unit and counted phrase a bare number inherits. */
    record Referent(String unit, String counted) {
    }

    /** Words that, right before a bare number, show it continues a count: "grow to", "reached", "another". */
    private static final Set<String> TRIGGERS = Set.of("to", "at", "reach", "reached", "reaches", "reaching", "hit",
            "hits", "exceed", "exceeded", "exceeds", "top", "topped", "tops", "surpass", "surpassed", "from", "than",
            "by", "totaling", "totalling", "totaled", "totalled", "numbering", "number", "numbered", "of", "another",
            "additional", "further", "add", "adds", "added", "adding");

    private Referents() {
    }

    /** Whether the token before a bare number lets it refer back to an earlier count. */
    static boolean triggered(List<Tok> toks, int startTok) {
        return startTok > 0 && TRIGGERS.contains(toks.get(startTok - 1).lower());
    }

    /**
     * The referent for a bare number starting at offset {@code start}, or {@code null}.
     *
     * @param earlier   quantities found so far, in text order
     * @param windowStart the start of the sentence before the number's sentence
     */
    static Referent resolve(List<QuantityFinder.Found> earlier, List<Tok> toks, String text, int startTok,
                            int windowStart) {
        int start = toks.get(startTok).start();
        int bestPos = -1;
        Referent best = null;
        for (int k = earlier.size() - 1; k >= 0; k--) {
            var q = earlier.get(k).quantity();
            if (q.end() <= start && q.start() >= windowStart && q.unit() != null) {
                bestPos = q.end();
                best = new Referent(q.unit(), q.counted());
                break;
            }
        }
        for (int k = startTok - 2; k >= 0 && toks.get(k).start() >= windowStart; k--) {
            Tok t = toks.get(k);
            if (t.end() <= bestPos) {
                break;
            }
            if ((t.is("number") || t.is("numbers")) && toks.get(k + 1).is("of") && k + 2 < startTok) {
                CountedNouns.Counted c = CountedNouns.read(toks, k + 2, false);
                if (c != null && c.endTok() <= startTok) {
                    String counted = text.substring(toks.get(k + 2).start(), toks.get(c.endTok() - 1).end());
                    return new Referent(c.head(), counted);
                }
            }
        }
        return best;
    }
}
