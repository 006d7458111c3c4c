package org.crosscheck.render;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretch of calendar a TIMEX3 value names, so a timeline can place it: a day, an ISO week, a month, a quarter,
 * a season, a year or a decade. Values that name no place on the calendar (durations, {@code PRESENT_REF},
 * {@code XXXX-10-12}) have none.
 *
 * @param start     first day covered
 * @param end       the day after the last day covered
 * @param precision how fine the value is
 * @param label     the value as a reader says it ("12 Oct 2031", "week 42, 2031", "Oct 2031", "2031")
 */
record TimexSpan(LocalDate start, LocalDate end, Precision precision, String label) {

    enum Precision { DAY, WEEK, MONTH, QUARTER, SEASON, YEAR, DECADE }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");

    static Optional<TimexSpan> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(new TimexSpan(d, d.plusDays(1), Precision.DAY,
                        d.getDayOfMonth() + " " + month(d) + " " + d.getYear()));
            }
            if ((m = WEEK.matcher(v)).matches()) {
                int year = num(m, 1);
                int week = num(m, 2);
                LocalDate d = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(new TimexSpan(d, d.plusWeeks(1), Precision.WEEK, "week " + week + ", " + year));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), 1);
                return Optional.of(new TimexSpan(d, d.plusMonths(1), Precision.MONTH, month(d) + " " + d.getYear()));
            }
            if ((m = QUARTER.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), 3 * (num(m, 2) - 1) + 1, 1);
                return Optional.of(new TimexSpan(d, d.plusMonths(3), Precision.QUARTER,
                        "Q" + m.group(2) + " " + m.group(1)));
            }
            if ((m = HALF.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), 6 * (num(m, 2) - 1) + 1, 1);
                return Optional.of(new TimexSpan(d, d.plusMonths(6), Precision.QUARTER,
                        "H" + m.group(2) + " " + m.group(1)));
            }
            if ((m = SEASON.matcher(v)).matches()) {
                int year = num(m, 1);
                String s = m.group(2);
                // northern-hemisphere meteorological seasons, as TimeML annotators read them
                int startMonth = switch (s) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                LocalDate d = LocalDate.of(year, startMonth, 1);
                String name = switch (s) {
                    case "SP" -> "spring";
                    case "SU" -> "summer";
                    case "FA" -> "autumn";
                    default -> "winter";
                };
                return Optional.of(new TimexSpan(d, d.plusMonths(3), Precision.SEASON, name + " " + year));
            }
            if ((m = YEAR.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), 1, 1);
                return Optional.of(new TimexSpan(d, d.plusYears(1), Precision.YEAR, m.group(1)));
            }
            if ((m = DECADE.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1) * 10, 1, 1);
                return Optional.of(new TimexSpan(d, d.plusYears(10), Precision.DECADE, (num(m, 1) * 10) + "s"));
            }
        } catch (DateTimeException e) {
            // a value such as 2031-02-30 names no real day: it stays off the axis, listed as given
            return Optional.empty();
        }
        return Optional.empty();
    }

    long days() {
        return end.toEpochDay() - start.toEpochDay();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
