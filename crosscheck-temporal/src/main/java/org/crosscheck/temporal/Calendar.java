package org.crosscheck.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/**
 * Date arithmetic that turns a partial date ("Friday", "March 3", "the third quarter") into a full one relative to
 * the article's date. One policy for every kind of period: a past clause takes the latest one that has begun by
 * the anchor, a future clause the earliest one that has not ended before it, and an undecided clause the nearest.
 */
final class Calendar {

    private Calendar() {
    }

    /** A period of a given year: its first and last day. */
    record Period(LocalDate first, LocalDate last) {
    }

    /**
     * The year in which a recurring period (a month, a quarter, a season, a day of the year) falls, chosen among
     * the anchor's year and its neighbours.
     */
    static int yearOf(LocalDate anchor, Tense tense, IntFunction<Period> periodInYear) {
        int y = anchor.getYear();
        int best = y;
        long bestDistance = Long.MAX_VALUE;
        for (int candidate = y - 1; candidate <= y + 1; candidate++) {
            Period p = periodInYear.apply(candidate);
            long distance;
            switch (tense) {
                case PAST -> distance = p.first().isAfter(anchor) ? Long.MAX_VALUE
                        : ChronoUnit.DAYS.between(p.first(), anchor);
                case FUTURE -> distance = p.last().isBefore(anchor) ? Long.MAX_VALUE
                        : ChronoUnit.DAYS.between(anchor, p.last());
                default -> distance = p.first().isAfter(anchor) ? ChronoUnit.DAYS.between(anchor, p.first())
                        : p.last().isBefore(anchor) ? ChronoUnit.DAYS.between(p.last(), anchor) : 0;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    /** The month {@code month} nearest the anchor in the direction the tense points. */
    static String month(LocalDate anchor, int month, Tense tense) {
        int y = yearOf(anchor, tense, year -> {
            LocalDate first = LocalDate.of(year, month, 1);
            return new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
        });
        return String.format("%04d-%02d", y, month);
    }

    /** A day of the year with no year written ("March 3"), placed by tense like a month. */
    static String monthDay(LocalDate anchor, int month, int day, Tense tense) {
        int y = yearOf(anchor, tense, year -> {
            LocalDate d = safeDate(year, month, day);
            return new Period(d, d);
        });
        return String.format("%04d-%02d-%02d", y, month, day);
    }

    /** The quarter (1-4) of a year, placed by tense. */
    static String quarter(LocalDate anchor, int quarter, Tense tense) {
        int y = yearOf(anchor, tense, year -> {
            LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
            return new Period(first, first.plusMonths(3).minusDays(1));
        });
        return y + "-Q" + quarter;
    }

    /**
     * A weekday named alone. Past: the latest such day up to the anchor ("the company said Friday" in a Friday
     * paper is that day); future: the next one from the anchor on; undecided: as past, since news reports mostly
     * look back over the last week.
     */
    static LocalDate weekday(LocalDate anchor, int isoDay, Tense tense) {
        DayOfWeek day = DayOfWeek.of(isoDay);
        if (tense == Tense.FUTURE) {
            return anchor.with(TemporalAdjusters.nextOrSame(day));
        }
        return anchor.with(TemporalAdjusters.previousOrSame(day));
    }

    /** The ISO week of a date, as TIMEX3 writes it: {@code 2024-W42}. */
    static String isoWeek(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String day(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String yearMonth(LocalDate d) {
        return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
    }

    /** A date, with the day clamped to the month's length (February 30 becomes February 28 or 29). */
    static LocalDate safeDate(int year, int month, int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(Math.max(day, 1), first.lengthOfMonth()));
    }

    /** Whether a day-month pair exists in some year. */
    static boolean validDay(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(2024, month, 1).lengthOfMonth();
    }
}
