package org.crosscheck.quantities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.Quantity;
import org.crosscheck.quantities.NumberScanner.Core;
import org.crosscheck.quantities.Tokens.Tok;

/**
 * Reads every quantity of one text, left to right: the numeric core, then its unit or counted noun, a conversion in
 * parentheses, the hedges around it, and for a bare number the count it refers back to. Kept apart from the stage
 * class so that the range's upper bound, which {@link Quantity} has no field for, stays available to
 * {@link QuantityRanges}.
 */
final class QuantityFinder {

    /** A quantity and, for a range, its upper bound (else NaN). */
    record Found(Quantity quantity, double upper) {
    }

    /** Unit, counted phrase and the token after them, as read after a core. */
    private record Reading(String unit, Units.Kind kind, String counted, int endTok) {
    }

    /** Counts of sources ("two officials familiar with") describe the sourcing, not the story. */
    private static final Set<String> SOURCE_NOUNS = Set.of("officials", "official", "sources", "source", "people",
            "person", "persons", "diplomats", "diplomat", "aides", "aide", "insiders", "insider", "officers",
            "lawmakers", "analysts", "witnesses", "residents", "experts", "senators");
    private static final Pattern SOURCE_BEFORE = Pattern.compile(
            "(?i)\\b(?:according\\s+to|citing|cited|quoting|quoted|told|interviewed|spoke\\s+to|spoke\\s+with)\\s*$");
    private static final Pattern SOURCE_AFTER = Pattern.compile("(?i)^[\\s,]*(?:familiar|close\\s+to|with\\s+"
            + "(?:direct\\s+)?knowledge|briefed|who\\s+(?:spoke|were|was|asked|requested|declined|did|are)|said"
            + "|say|says|told|speaking|said\\s+on)\\b");
    private static final Pattern DEADLINE = Pattern.compile("^\\s+by\\s+(?:the\\s+(?:end|middle|start|beginning)\\s+"
            + "of\\s+(?:the\\s+|this\\s+|next\\s+)?\\w+|(?:the\\s+)?(?:next|this|end)\\s+\\w+|(?:January|February"
            + "|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?|\\d{4})\\b");
    private static final Set<String> IDIOMS_WITH_ONE = Set.of("day", "days", "time", "times");
    /** Determiners after "of" that make a number a part of a whole: "50 of our members", "31 of those". */
    private static final Set<String> PARTITIVE_DETERMINERS = Set.of("the", "our", "their", "its", "his", "her",
            "your", "my", "these", "those");
    private static final Set<String> OPEN_QUOTES = Set.of("\"", "\u201C", "'", "\u2018");

    private QuantityFinder() {
    }

    static List<Found> find(String text, int[] sentenceStarts) {
        List<Found> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Tok> toks = Tokens.of(text);
        BitSet blocked = NonQuantities.blocked(text);
        int i = 0;
        while (i < toks.size()) {
            Core c = NumberScanner.scan(toks, i, blocked);
            if (c == null) {
                i++;
                continue;
            }
            Found f = build(text, toks, blocked, c, out, sentenceStarts);
            if (f == null) {
                i = Math.max(i + 1, c.endTok());
                continue;
            }
            out.add(f);
            int end = f.quantity().end();
            while (i < toks.size() && toks.get(i).start() < end) {
                i++;
            }
        }
        return out;
    }

    private static Found build(String text, List<Tok> toks, BitSet blocked, Core c, List<Found> out,
                               int[] sentenceStarts) {
        int prevEnd = out.isEmpty() ? 0 : out.get(out.size() - 1).quantity().end();
        Reading r = reading(text, toks, blocked, c);
        if (r == null) {
            return null;
        }
        String unit = r.unit();
        String counted = r.counted();
        int endTok = r.endTok();
        if (c.yearLike() && r.kind() == null) {
            return null; // "2016 congressional campaigns": a year before a noun, not a count (counts take a comma)
        }
        if (c.written() && inName(text, toks, c.startTok())) {
            return null; // "the Final Four", "the Big Ten"
        }

        Qualifier q = Qualifier.EXACT;
        int startTok = c.startTok();
        Qualifiers.Before b = Qualifiers.before(toks, c.startTok());
        if (b != null && toks.get(b.startTok()).start() >= prevEnd
                && (b.qualifier() != Qualifier.RANGE || c.isRange())) {
            q = b.qualifier();
            startTok = b.startTok();
        }
        if (c.written() && c.value() == 1 && !c.isRange() && (unit == null || b == null && r.kind() == null
                || c.endTok() < toks.size() && IDIOMS_WITH_ONE.contains(toks.get(c.endTok()).lower()))) {
            // "one" is far more often a pronoun or determiner ("no one", "one option", "one day") than a count;
            // it counts when hedged ("at least one senator") or measured ("one year").
            return null;
        }
        if (c.isRange()) {
            q = Qualifier.RANGE;
        } else if (q == Qualifier.EXACT && c.implied() != null) {
            q = c.implied();
        }
        int start = toks.get(startTok).start();
        Qualifier context = Qualifiers.context(text, start);
        if (context == Qualifier.PROJECTED && q != Qualifier.RANGE
                || context == Qualifier.APPROXIMATELY && q == Qualifier.EXACT) {
            q = context;
        }

        if (unit == null) {
            if (c.yearLike() || c.written() && c.value() < 100
                    || !Referents.triggered(toks, startTok) && !partOfEarlierCount(toks, c.endTok())) {
                return null;
            }
            int sentence = sentenceIndex(sentenceStarts, start);
            int windowStart = sentence <= 0 ? 0 : sentenceStarts[sentence - 1];
            Referents.Referent ref = Referents.resolve(out, toks, text, c.startTok(), windowStart);
            if (ref == null) {
                return null;
            }
            unit = ref.unit();
            counted = ref.counted();
        }
        if (counted != null && SOURCE_NOUNS.contains(unit) && c.value() <= 10 && q == Qualifier.EXACT
                && isSourcing(text, start, toks.get(endTok - 1).end())) {
            return null;
        }

        int end = toks.get(endTok - 1).end();
        Quantity.Converted converted = null;
        if (r.kind() != null && endTok + 2 < toks.size() && toks.get(endTok).text().equals("(")) {
            Core inner = NumberScanner.scan(toks, endTok + 1, blocked);
            Reading ir = inner == null ? null : reading(text, toks, blocked, inner);
            if (ir != null && ir.kind() != null && ir.endTok() < toks.size()
                    && toks.get(ir.endTok()).text().equals(")")) {
                converted = new Quantity.Converted(inner.value(), ir.unit());
                endTok = ir.endTok() + 1;
                end = toks.get(ir.endTok()).end();
            }
        }
        if (q == Qualifier.EXACT) {
            Qualifiers.After a = Qualifiers.after(toks, endTok);
            if (a != null) {
                q = a.qualifier();
                end = toks.get(a.endTok() - 1).end();
            }
        }
        if (q == Qualifier.PROJECTED) {
            Matcher m = DEADLINE.matcher(text).region(end, text.length());
            if (m.lookingAt()) {
                end = m.end(); // "10,000 by the end of the year": the figure holds for that date
            }
        }
        Quantity quantity = new Quantity(start, end, text.substring(start, end), c.value(), unit, q, counted,
                converted);
        return new Found(quantity, c.upper());
    }

    /**
     * The unit or counted noun after a core. A bare number first borrows the unit of a figure it is paired with
     * ("from 3,000 to 10,000 troops"); {@code null} means the core is not a quantity at all.
     */
    private static Reading reading(String text, List<Tok> toks, BitSet blocked, Core c) {
        int j = c.endTok();
        if (c.needsOf()) {
            Units.Match m = Units.read(toks, j + 1, false);
            if (m != null) {
                return new Reading(m.unit(), m.kind(), null, m.endTok()); // "millions of dollars"
            }
            CountedNouns.Counted cn = CountedNouns.read(toks, j + 1, false);
            return cn == null ? null : new Reading(cn.head(), null, span(text, toks, j + 1, cn.endTok()),
                    cn.endTok());
        }
        if (c.unit() != null) {
            return new Reading(c.unit(), c.unitKind(), null, j);
        }
        Reading partitive = partitive(text, toks, blocked, c);
        if (partitive != null) {
            return partitive;
        }
        if (j + 1 < toks.size() && spaced(text, toks, j) && OPEN_QUOTES.contains(toks.get(j).text())
                && Tokens.adjacent(toks.get(j), toks.get(j + 1))) {
            // 'at least 30 "national emergencies"': a quoted label is still what is counted
            CountedNouns.Counted cn = CountedNouns.read(toks, j + 1, c.value() == 1 && !c.isRange());
            if (cn != null) {
                return new Reading(cn.head(), null, span(text, toks, j + 1, cn.endTok()), cn.endTok());
            }
        }
        if (j < toks.size() && spaced(text, toks, j)) {
            Units.Match m = Units.read(toks, j, false);
            if (m != null) {
                return new Reading(m.unit(), m.kind(), null, m.endTok());
            }
            boolean singular = c.value() == 1 && !c.isRange();
            CountedNouns.Counted cn = CountedNouns.read(toks, j, singular);
            if (cn != null) {
                return new Reading(cn.head(), null, span(text, toks, j, cn.endTok()), cn.endTok());
            }
        }
        if (j + 1 < toks.size() && Arrays.asList("to", "or", "and").contains(toks.get(j).lower())) {
            Core next = NumberScanner.scan(toks, j + 1, blocked);
            if (next != null && next.written() == c.written() && !next.yearLike()) {
                Reading r = reading(text, toks, blocked, next);
                if (r != null) {
                    return new Reading(r.unit(), r.kind(), r.counted(), j);
                }
            }
        }
        return new Reading(null, null, null, j);
    }

    /**
     * A part of a counted whole: "50 of our members" counts members, "Fifteen of the 19 hijackers" hijackers (the
     * whole, "19 hijackers", is a quantity of its own and is read next). {@code null} when the number is not
     * followed by "of" and a determiner.
     */
    private static Reading partitive(String text, List<Tok> toks, BitSet blocked, Core c) {
        int j = c.endTok();
        if (c.isRange() || c.needsOf() || c.unit() != null || j + 2 >= toks.size() || !toks.get(j).is("of")
                || !PARTITIVE_DETERMINERS.contains(toks.get(j + 1).lower())) {
            return null;
        }
        Core whole = NumberScanner.scan(toks, j + 2, blocked);
        if (whole != null) {
            Reading r = reading(text, toks, blocked, whole);
            return r == null || r.unit() == null ? null : new Reading(r.unit(), r.kind(), r.counted(), j);
        }
        CountedNouns.Counted cn = CountedNouns.read(toks, j + 2, false);
        return cn == null ? null : new Reading(cn.head(), null, span(text, toks, j + 2, cn.endTok()), cn.endTok());
    }

    /** "18 of them": the count of something named before, found like a bare number's referent. */
    static boolean partOfEarlierCount(List<Tok> toks, int endTok) {
        return endTok + 1 < toks.size() && toks.get(endTok).is("of")
                && (toks.get(endTok + 1).is("them") || toks.get(endTok + 1).is("those") && (endTok + 2 >= toks.size()
                || !toks.get(endTok + 2).isWord() || CountedNouns.STOP.contains(toks.get(endTok + 2).lower())));
    }

    /** A capitalised number word right after a capitalised word in the same sentence is part of a name. */
    private static boolean inName(String text, List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (i == 0 || !t.capitalized()) {
            return false;
        }
        Tok prev = toks.get(i - 1);
        return prev.capitalized() && t.start() - prev.end() == 1 && text.charAt(prev.end()) == ' ';
    }

    private static boolean isSourcing(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start);
        return SOURCE_BEFORE.matcher(before).find() || SOURCE_AFTER.matcher(text).region(end, text.length())
                .lookingAt();
    }

    private static boolean spaced(String text, List<Tok> toks, int j) {
        int gap = toks.get(j).start() - toks.get(j - 1).end();
        return gap == 1 && text.charAt(toks.get(j).start() - 1) != '\n' || gap == 0 && !toks.get(j).isWord();
    }

    private static String span(String text, List<Tok> toks, int from, int to) {
        return text.substring(toks.get(from).start(), toks.get(to - 1).end());
    }

    static int sentenceIndex(int[] starts, int offset) {
        int idx = Arrays.binarySearch(starts, offset);
        return idx >= 0 ? idx : -idx - 2;
    }
}
