package org.crosscheck.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar TIMEX3 values a timeline can place (years, quarters, months, ISO weeks, days) and orders them.
 * Values that name no fixed point ({@code XXXX-11-05}, {@code PRESENT_REF}, durations) are not placeable.
 *
 * <p>Order: by the first day a value covers; a coarser value before a finer one starting the same day
 * ({@code 2024-11} before {@code 2024-11-01}), because a month heading reads naturally before its days.
 */
final class TimexOrder {

    private static final Pattern VALUE = Pattern.compile(
            "^(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})|Q([1-4])))?$");

    private TimexOrder() {
    }

    /** A placed value: the first day it covers and how fine it is (0 year, 1 quarter, 2 month, 3 week, 4 day). */
    record Placed(LocalDate start, int grain) {
    }

    /** The value placed on the calendar, or {@code null} when it names no fixed point or is malformed. */
    static Placed place(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = VALUE.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) != null && m.group(3) != null) {
                return new Placed(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), 4);
            }
            if (m.group(2) != null) {
                return new Placed(LocalDate.of(year, Integer.parseInt(m.group(2)), 1), 2);
            }
            if (m.group(4) != null) {
                LocalDate d = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                        Integer.parseInt(m.group(4))).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new Placed(d, 3);
            }
            if (m.group(5) != null) {
                return new Placed(LocalDate.of(year, (Integer.parseInt(m.group(5)) - 1) * 3 + 1, 1), 1);
            }
            return new Placed(LocalDate.of(year, 1, 1), 0);
        } catch (RuntimeException e) {
            return null; // "2024-13" or week 60: not a day on the calendar
        }
    }

    /** Orders placeable values as described above; unplaceable ones last, by text. */
    static final Comparator<String> ORDER = (a, b) -> {
        Placed pa = place(a);
        Placed pb = place(b);
        if (pa == null || pb == null) {
            return pa == null && pb == null ? a.compareTo(b) : pa == null ? 1 : -1;
        }
        int c = pa.start().compareTo(pb.start());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(pa.grain(), pb.grain());
        return c != 0 ? c : a.compareTo(b);
    };
}
