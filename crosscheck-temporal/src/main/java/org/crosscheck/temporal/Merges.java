package org.crosscheck.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.api.TimeType;

/**
 * Joins a clock time to the day written next to it ("5 p.m. EST Nov. 9", "Tuesday at 9 a.m."), or dates it by the
 * day a bracket after it gives: alone, the clock time can only be placed on the article's date, which is wrong
 * whenever the day says otherwise.
 */
final class Merges {

    private Merges() {
    }

    /** What may stand between a clock time and its day: a time zone, a comma, "on" or "at". */
    private static final Pattern GAP = Pattern.compile("\\s*(?:[A-Z]{2,4}\\s*)?,?\\s*(?:on\\s+|at\\s+)?");

    private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    /** The candidates in text order with adjacent clock-and-day pairs made one. */
    static List<Candidate> clockWithDay(String text, List<Candidate> sorted) {
        List<Candidate> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Candidate c = sorted.get(i);
            if (i + 1 < sorted.size()) {
                Candidate next = sorted.get(i + 1);
                Candidate merged = merge(text, c, next);
                if (merged != null) {
                    out.add(merged);
                    i++;
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /** An opening bracket right after a clock time, whose content restates the time: "(4 a.m. EDT Thursday)". */
    private static final Pattern INTO_BRACKET = Pattern.compile("\\s*\\(\\s*");

    /** A short bracket between a clock time and its day: "10:35 a.m. (0735 GMT) Friday". */
    private static final Pattern OVER_BRACKET = Pattern.compile("\\s*\\([^()]{1,30}\\)\\s*,?\\s*(?:on\\s+)?");

    /** A clock time as written alone: its date can only be the article's, unless the text says otherwise. */
    private static final Pattern BARE_CLOCK = Pattern.compile("(?i)\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?|noon|midday"
            + "|midnight|\\d{1,2}\\s+in\\s+the\\s+\\w+");

    /**
     * The candidates with a bare clock time dated by the day that a bracket after it gives, the two kept apart as
     * written: "at 10:35 a.m. (0735 GMT) Friday" and "at 4 in the morning (4 a.m. EDT Thursday)" happen on that
     * Friday and that Thursday, not on the article's date.
     */
    static List<Candidate> clockBeforeBracket(String text, List<Candidate> sorted) {
        List<Candidate> out = new ArrayList<>(sorted);
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate clock = out.get(i);
            Candidate next = out.get(i + 1);
            if (!isClock(clock) || !BARE_CLOCK.matcher(text.substring(clock.start(), clock.end())).matches()
                    || !(isDay(next) || isClock(next) && !BARE_CLOCK.matcher(text.substring(next.start(),
                    next.end())).matches())) {
                continue;
            }
            String gap = text.substring(clock.end(), next.start());
            if (INTO_BRACKET.matcher(gap).matches() || OVER_BRACKET.matcher(gap).matches() && isDay(next)) {
                out.set(i, new Candidate(clock.start(), clock.end(), clock.type(),
                        next.value().substring(0, 10) + clock.value().substring(10)));
            }
        }
        return out;
    }

    private static Candidate merge(String text, Candidate first, Candidate second) {
        if (!GAP.matcher(text.substring(first.end(), second.start())).matches()) {
            return null;
        }
        Candidate clock;
        Candidate day;
        if (isClock(first) && isDay(second)) {
            clock = first;
            day = second;
        } else if (isDay(first) && isClock(second)) {
            day = first;
            clock = second;
        } else {
            return null;
        }
        String value = day.value() + clock.value().substring(10);
        return new Candidate(first.start(), second.end(), TimeType.TIME, value);
    }

    private static boolean isClock(Candidate c) {
        return c.type() == TimeType.TIME && CLOCK_VALUE.matcher(c.value()).matches();
    }

    private static boolean isDay(Candidate c) {
        return c.type() == TimeType.DATE && FULL_DAY.matcher(c.value()).matches();
    }
}
