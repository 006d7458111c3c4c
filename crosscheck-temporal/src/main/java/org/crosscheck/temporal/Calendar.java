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

    /**
     * Like {@link #yearOf}, but a tense cue loses to a period close by on the other side: the cue is a guess from
     * nearby words, and a clause that seems to look back rarely means a month or a day of almost a year ago when
     * the same month or day is only weeks ahead ("the deadline was set for Dec. 4" written in mid-November), nor
     * one almost a year ahead when the same one ended weeks ago.
     */
    static int nearYearOf(LocalDate anchor, Tense tense, IntFunction<Period> periodInYear) {
        int picked = yearOf(anchor, tense, periodInYear);
        if (tense != Tense.PAST && tense != Tense.FUTURE) {
            return picked;
        }
        int nearest = yearOf(anchor, Tense.UNKNOWN, periodInYear);
        if (nearest != picked && gap(anchor, periodInYear.apply(nearest)) <= NEAR_DAYS
                && gap(anchor, periodInYear.apply(picked)) >= FAR_DAYS) {
            return nearest;
        }
        return picked;
    }

    /** A period this close to the anchor beats a tense cue pointing at one {@link #FAR_DAYS} or more away. */
    private static final long NEAR_DAYS = 62;

    private static final long FAR_DAYS = 240;

    /** Days between the anchor and the nearest day of a period; 0 when the period holds the anchor. */
    private static long gap(LocalDate anchor, Period p) {
        if (p.first().isAfter(anchor)) {
            return ChronoUnit.DAYS.between(anchor, p.first());
        }
        return p.last().isBefore(anchor) ? ChronoUnit.DAYS.between(p.last(), anchor) : 0;
    }

    /** The month {@code month} nearest the anchor in the direction the tense points. */
    static String month(LocalDate anchor, int month, Tense tense) {
        return String.format("%04d-%02d", nearYearOf(anchor, tense, year -> monthIn(year, month)), month);
    }

    /**
     * The month {@code month} last begun by the anchor, with no exception for a near one ahead: what "since March"
     * means, which can only look back.
     */
    static String monthSince(LocalDate anchor, int month) {
        return String.format("%04d-%02d", yearOf(anchor, Tense.PAST, year -> monthIn(year, month)), month);
    }

    /** A day of the year with no year written ("March 3"), placed by tense like a month. */
    static String monthDay(LocalDate anchor, int month, int day, Tense tense) {
        int y = nearYearOf(anchor, tense, year -> dayIn(year, month, day));
        return String.format("%04d-%02d-%02d", y, month, day);
    }

    /** The day of the year last reached by the anchor: "since Oct. 5". */
    static String monthDaySince(LocalDate anchor, int month, int day) {
        int y = yearOf(anchor, Tense.PAST, year -> dayIn(year, month, day));
        return String.format("%04d-%02d-%02d", y, month, day);
    }

    private static Period monthIn(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }

    private static Period dayIn(int year, int month, int day) {
        LocalDate d = safeDate(year, month, day);
        return new Period(d, d);
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
     * look back over the last week. A tense cue pointing six days away loses to the same weekday one day away on
     * the other side: "were expected Tuesday" in a Monday paper is tomorrow, "will stand Wednesday" in a Thursday
     * paper yesterday; the cue is a guess from nearby words, and news rarely names a day a week off by weekday.
     */
    static LocalDate weekday(LocalDate anchor, int isoDay, Tense tense) {
        DayOfWeek day = DayOfWeek.of(isoDay);
        LocalDate past = anchor.with(TemporalAdjusters.previousOrSame(day));
        LocalDate ahead = anchor.with(TemporalAdjusters.nextOrSame(day));
        if (tense == Tense.FUTURE) {
            // "will speak Wednesday" in a Thursday paper: the cue is more likely wrong than the week-long wait
            return ChronoUnit.DAYS.between(past, anchor) == 1 && ChronoUnit.DAYS.between(anchor, ahead) == 6 ? past
                    : ahead;
        }
        return ChronoUnit.DAYS.between(anchor, ahead) == 1 && ChronoUnit.DAYS.between(past, anchor) == 6 ? ahead
                : past;
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
