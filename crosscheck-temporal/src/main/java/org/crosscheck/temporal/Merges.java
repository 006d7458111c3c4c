package org.crosscheck.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.api.TimeType;

/**
 * Joins a clock time to the day written next to it ("5 p.m. EST Nov. 9", "Tuesday at 9 a.m."): alone, the clock
 * time can only be placed on the article's date, which is wrong whenever the day says otherwise.
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
