package org.crosscheck.quantities;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.Qualifier;
import org.crosscheck.quantities.Tokens.Kind;
import org.crosscheck.quantities.Tokens.Tok;

/**
 * Finds the numeric core of a quantity at a token: the number itself with any currency sign before it, any scale
 * word or glued unit after it, and a second number when the two form a range ("3,000 to 5,000", "3-5%").
 * Units written as separate words and counted nouns are read by the caller, after the core.
 */
final class NumberScanner {

    /**
     * A number found in the text.
     *
     * @param startTok  first token (the currency sign when there is one)
     * @param endTok    token after the number, its scale word, glued unit and range end
     * @param value     the number, or the lower bound of a range
     * @param upper     the upper bound of a range, else NaN
     * @param unit      the unit known from the core alone (currency sign, glued "km" or "%"), else null
     * @param unitKind  the kind of {@code unit}, or null
     * @param implied   a qualifier the wording itself carries ("hundreds of" is more than a hundred), or null
     * @param written   spelled out in words rather than digits
     * @param yearLike  a bare four-digit integer between 1900 and 2100, which is usually a year
     * @param needsOf   a vague amount ("hundreds") whose counted noun follows "of"
     */
    record Core(int startTok, int endTok, double value, double upper, String unit, Units.Kind unitKind,
                Qualifier implied, boolean written, boolean yearLike, boolean needsOf) {
        boolean isRange() {
            return !Double.isNaN(upper);
        }
    }

    /** One number without range: what {@link #number} reads. */
    private record Num(int endTok, double value, double scale, String unit, Units.Kind unitKind,
                       Qualifier implied, boolean written, boolean yearLike, boolean needsOf) {
    }

    private static final Map<String, Double> VAGUE = Map.of("tens", 10.0, "dozens", 12.0, "scores", 20.0,
            "hundreds", 1e2, "thousands", 1e3, "millions", 1e6, "billions", 1e9);
    private static final Map<String, Double> VAGUE_OF = Map.of("thousands", 1e3, "millions", 1e6, "billions", 1e9);
    private static final Set<String> FEW = Set.of("several", "few");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th", "s");
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "\u2212");
    private static final Set<String> CHANGE_VERBS = Set.of("rose", "risen", "rise", "rises", "rising", "grew",
            "grown", "grow", "grows", "growing", "increased", "increase", "increases", "fell", "fallen", "fall",
            "falls", "dropped", "drop", "drops", "declined", "decline", "jumped", "jump", "climbed", "climb", "went",
            "cut", "reduced", "raised", "boosted", "doubled", "tripled", "slashed", "surged", "soared", "plunged",
            "shrank", "expanded", "revised", "changed", "up", "down");

    private NumberScanner() {
    }

    /** Reads a core starting at token {@code i}, or returns {@code null}; numbers touching a blocked char fail. */
    static Core scan(List<Tok> toks, int i, BitSet blocked) {
        Tok t = toks.get(i);
        String currency = null;
        int j = i;
        if (t.kind() == Kind.SYMBOL && Units.SYMBOLS.containsKey(t.text())) {
            currency = Units.SYMBOLS.get(t.text());
            j = i + 1;
        } else if (t.isWord() && Units.DOLLAR_PREFIXES.containsKey(t.text()) && i + 1 < toks.size()
                && toks.get(i + 1).text().equals("$") && Tokens.adjacent(t, toks.get(i + 1))) {
            currency = Units.DOLLAR_PREFIXES.get(t.text());
            j = i + 2;
        } else if (t.isWord() && Units.CODES.contains(t.text()) && i + 1 < toks.size()
                && toks.get(i + 1).kind() == Kind.NUMBER) {
            currency = t.text().equals("RMB") ? "CNY" : t.text();
            j = i + 1;
        }
        if (currency != null && (j >= toks.size() || toks.get(j).kind() != Kind.NUMBER
                || toks.get(j).start() - toks.get(j - 1).end() > 1)) {
            return null;
        }
        if (j >= 2 && DASHES.contains(toks.get(j - 1).text()) && toks.get(j - 2).kind() == Kind.NUMBER
                && Tokens.adjacent(toks.get(j - 2), toks.get(j - 1)) && Tokens.adjacent(toks.get(j - 1), toks.get(j))) {
            return null; // the second half of "97-1", which did not read as a range: a score or a tally
        }
        Num first = number(toks, j, blocked, currency != null);
        if (first == null) {
            return null;
        }
        String unit = currency != null ? currency : first.unit();
        Units.Kind unitKind = currency != null ? Units.Kind.CURRENCY : first.unitKind();
        int end = first.endTok();
        double value = first.value();
        double upper = Double.NaN;
        if (!first.needsOf()) {
            int k = rangeSeparator(toks, i, end);
            if (k > 0) {
                int n = k;
                if (currency != null && n < toks.size() && Units.SYMBOLS.containsKey(toks.get(n).text())) {
                    n++;
                }
                Num second = n < toks.size() ? number(toks, n, blocked, currency != null) : null;
                if (second != null && first.yearLike() && second.yearLike()) {
                    return null; // "from 2014 to 2022": a span of years
                }
                // digits and words mix in a range only where "between ... and" leaves no doubt ("between five and 12")
                boolean between = i > 0 && toks.get(i - 1).lower().equals("between");
                if (second != null && !second.needsOf() && (second.written() == first.written() || between)) {
                    double low = first.scale() == 1 && second.scale() > 1 ? value * second.scale() : value;
                    boolean sameUnit = first.unit() == null || first.unit().equals(second.unit());
                    if (second.value() > low && sameUnit) {
                        value = low;
                        upper = second.value();
                        end = second.endTok();
                        if (unit == null) {
                            unit = second.unit();
                            unitKind = second.unitKind();
                        }
                    }
                }
            }
        }
        return new Core(i, end, value, upper, unit, unitKind, first.implied(), first.written(),
                first.yearLike() && Double.isNaN(upper) && currency == null, first.needsOf());
    }

    /** Token index of the second number of a range after {@code end}, or -1 when none can follow. */
    private static int rangeSeparator(List<Tok> toks, int start, int end) {
        if (end + 1 >= toks.size()) {
            return -1;
        }
        Tok sep = toks.get(end);
        String before = start > 0 ? toks.get(start - 1).lower() : "";
        if (DASHES.contains(sep.text()) && toks.get(end - 1).end() == sep.start()
                && toks.get(end + 1).start() == sep.end()) {
            return end + 1;
        }
        if (sep.is("and") && before.equals("between")) {
            return end + 1;
        }
        if (sep.is("to") || sep.is("and")) {
            // "rose from 3,000 to 10,000" is a change between two figures, not one uncertain figure.
            if (before.equals("from")) {
                for (int b = start - 2; b >= Math.max(0, start - 4); b--) {
                    if (CHANGE_VERBS.contains(toks.get(b).lower())) {
                        return -1;
                    }
                }
            }
            return sep.is("to") ? end + 1 : -1;
        }
        return -1;
    }

    private static Num number(List<Tok> toks, int j, BitSet blocked, boolean money) {
        Tok t = toks.get(j);
        if (t.kind() == Kind.NUMBER) {
            if (!blocked.get(t.start(), t.end()).isEmpty()) {
                return null;
            }
            return digits(toks, j, money);
        }
        if (!t.isWord() || !blocked.get(t.start(), t.end()).isEmpty()) {
            return null;
        }
        Num vague = vague(toks, j);
        if (vague != null) {
            return vague;
        }
        Num hyphened = hyphenedUnit(t, j);
        if (hyphened != null) {
            return hyphened;
        }
        NumberWords.Parsed p = NumberWords.read(toks, j);
        if (p == null) {
            return null;
        }
        return new Num(p.endTok(), p.value(), p.scale(), null, null, null, true, false, false);
    }

    private static Num digits(List<Tok> toks, int j, boolean money) {
        Tok t = toks.get(j);
        double value;
        try {
            value = Double.parseDouble(t.text().replaceAll("[,\\u00A0\\u202F\\u2009]", ""));
        } catch (NumberFormatException e) {
            return null; // the token pattern admits only parseable shapes; this guards against a future change
        }
        boolean yearLike = t.text().matches("\\d{4}") && value >= 1900 && value <= 2100;
        int end = j + 1;
        Tok next = end < toks.size() ? toks.get(end) : null;
        if (next != null && Tokens.adjacent(t, next)) {
            String w = next.lower();
            if (next.isWord() && ORDINAL_SUFFIXES.contains(w)) {
                return null; // "3rd", "1990s"
            }
            if (next.isWord() && Units.SCALE_SUFFIXES.containsKey(w)
                    && (!w.equals("m") || money || millionsOfThings(toks, end + 1))) {
                return new Num(end + 1, value * Units.SCALE_SUFFIXES.get(w), Units.SCALE_SUFFIXES.get(w), null,
                        null, null, false, false, false);
            }
            if (next.isWord() && w.equals("m")) {
                return new Num(end + 1, value, 1, "m", Units.Kind.MEASURE, null, false, false, false);
            }
            if (next.text().equals("+")) {
                return new Num(end + 1, value, 1, null, null, Qualifier.MORE_THAN, false, false, false);
            }
            if (DASHES.contains(next.text()) && end + 1 < toks.size() && toks.get(end + 1).isWord()
                    && Tokens.adjacent(next, toks.get(end + 1))) {
                // "190-mile range", "24-hour truce"; any other hyphened word ("10-member") is an adjective
                Units.Match m = Units.read(toks, end + 1, true);
                return m == null ? null
                        : new Num(m.endTok(), value, 1, m.unit(), m.kind(), null, false, false, false);
            }
            Units.Match m = Units.read(toks, end, true);
            if (m != null) {
                return new Num(m.endTok(), value, 1, m.unit(), m.kind(), null, false, false, false);
            }
            if (next.isWord()) {
                return null; // "5G", "3D": a name, not an amount
            }
        }
        if (next != null && next.isWord() && Units.SCALE_WORDS.containsKey(next.lower())) {
            double scale = Units.SCALE_WORDS.get(next.lower());
            return new Num(end + 1, value * scale, scale, null, null, null, false, false, false);
        }
        return new Num(end, value, 1, null, null, null, false, yearLike, false);
    }

    /**
     * A written number joined to its unit as one adjective: "a two-month battle", "a three-day truce" (the digit
     * form "190-mile" is read in {@link #digits}). Only units: "a two-man team" describes the team, not a count.
     */
    private static Num hyphenedUnit(Tok t, int j) {
        String w = t.lower();
        int dash = w.lastIndexOf('-');
        if (dash <= 0 || dash == w.length() - 1) {
            return null;
        }
        int value = NumberWords.wordValue(w.substring(0, dash));
        if (value < 2) {
            return null;
        }
        List<Tok> unitToks = Tokens.of(w.substring(dash + 1));
        Units.Match m = Units.read(unitToks, 0, true);
        if (m == null || m.endTok() != unitToks.size()) {
            return null;
        }
        return new Num(j + 1, value, 1, m.unit(), m.kind(), null, true, false, false);
    }

    /** Whether a glued "m" means million: the next word is a plural noun ("1.2m people"), not "from" or "deep". */
    private static boolean millionsOfThings(List<Tok> toks, int k) {
        if (k >= toks.size()) {
            return false;
        }
        Tok t = toks.get(k);
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && CountedNouns.isPlural(t.lower())
                && !CountedNouns.STOP.contains(t.lower());
    }

    /** "hundreds of", "tens of thousands of", "several hundred", "a few thousand". */
    private static Num vague(List<Tok> toks, int j) {
        String w = toks.get(j).lower();
        Double base = VAGUE.get(w);
        if (base != null) {
            double value = base;
            int k = j + 1;
            while (k + 1 < toks.size() && toks.get(k).is("of") && VAGUE_OF.containsKey(toks.get(k + 1).lower())) {
                value *= VAGUE_OF.get(toks.get(k + 1).lower());
                k += 2;
            }
            if (k < toks.size() && toks.get(k).is("of")) {
                return new Num(k, value, 1, null, null, Qualifier.MORE_THAN, true, false, true);
            }
            return null;
        }
        int k = j;
        if (w.equals("a") && j + 1 < toks.size() && toks.get(j + 1).is("few")) {
            k = j + 1;
        } else if (!FEW.contains(w) || w.equals("few")) {
            return null;
        }
        if (k + 1 >= toks.size()) {
            return null;
        }
        Double scale = NumberWords.SCALES.get(toks.get(k + 1).lower());
        if (scale == null) {
            return null;
        }
        double value = scale;
        int end = k + 2;
        if (end < toks.size() && Units.SCALE_WORDS.containsKey(toks.get(end).lower()) && scale == 100) {
            value *= Units.SCALE_WORDS.get(toks.get(end).lower()); // "several hundred thousand"
            end++;
        }
        return new Num(end, value, 1, null, null, Qualifier.MORE_THAN, true, false, false);
    }
}
