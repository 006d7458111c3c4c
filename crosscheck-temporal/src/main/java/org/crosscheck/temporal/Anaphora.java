package org.crosscheck.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.TimeType;

/**
 * Periods named by pointing back at a date the text has just given: "that year", "later that month", "the same
 * day", "the following year", "the next morning". They are resolved against the latest date of fine enough granularity found before
 * them, not against the article's date; with no such date, "that day" is left out and "the following year" keeps
 * the value counted from the article's date. Also the day before or after a day named right after ("the day
 * before Tuesday's hearing"). Runs after the other rule groups, whose candidates it reads.
 */
final class Anaphora {

    private Anaphora() {
    }

    /**
     * "that year", "the following month", and "the next day" or "the next morning" in a narrative: the day after the
     * one just told of, not a length of one day. "the next month" and "the next year" are left to the rules that
     * count from the article's date ("in the next year" is mostly the coming one).
     */
    private static final Pattern POINTER = Pattern.compile("\\b(?:(?:later|earlier)\\s+(?:in\\s+)?)?(that|the same"
            + "|the following|the next|the previous|the preceding)\\s+(day|month|year|morning|afternoon|evening|night)"
            + "\\b", Pattern.CASE_INSENSITIVE);

    /** Words before "the next day" that make it a stretch of time rather than the day after one told of. */
    private static final Set<String> SPAN_BEFORE = Set.of("in", "over", "within", "during", "for", "throughout");

    private static final Keyed POINTER_KEYED = Keyed.words(POINTER, "late", "earl", "that", "the")
            .afterThe("same", "following", "next", "previous", "preceding");

    /**
     * "the previous Friday", "the following Monday": the weekday before or after the day the text has just given
     * ("down 4.5% from the previous Friday" after Friday's close), not the one nearest the article's date.
     */
    private static final Pattern WEEKDAY_POINTER = Pattern.compile("\\b(?i:the\\s+(previous|preceding|following))\\s+("
            + Lexicon.WEEKDAY + ")\\b");

    private static final Keyed WEEKDAY_POINTER_KEYED = Keyed.words(WEEKDAY_POINTER, "the")
            .afterThe("previous", "preceding", "following");

    /** "the day before last Tuesday's hearing", "the day after Christmas": a day counted from the day named next. */
    private static final Pattern DAY_BESIDE = Pattern.compile("\\b(?:the\\s+)?day\\s+(before|after)\\s+",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed DAY_BESIDE_KEYED = Keyed.words(DAY_BESIDE, "the", "day").afterThe("day");

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2}).*");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-(?:\\d{2}|Q\\d|H\\d|SP|SU|FA|WI|W\\d{2}).*)?");

    /** A date further back than this, in characters, is too far to be what "that year" points at. */
    private static final int REACH = 2000;

    static void find(Context ctx) {
        for (MatchResult m : ctx.matches(POINTER_KEYED)) {
            String which = m.group(1).toLowerCase(Locale.ROOT);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            boolean partOfDay = !unit.equals("day") && !unit.equals("month") && !unit.equals("year");
            if (which.equals("the next") && (unit.equals("month") || unit.equals("year")
                    || SPAN_BEFORE.contains(ctx.wordBefore(m.start())) || ctx.wordAfter(m.end()).equals("or"))) {
                continue; // "over the next day or two": a stretch ahead of the article's date, not a day told of
            }
            int shift = which.equals("the following") || which.equals("the next") ? 1 : which.startsWith("the p") ? -1
                    : 0;
            Pattern granularity = switch (unit) {
                case "month" -> MONTH;
                case "year" -> YEAR;
                default -> DAY;
            };
            Matcher ref = reference(ctx, m.start(), granularity);
            if (ref == null) {
                continue;
            }
            int year = Integer.parseInt(ref.group(1));
            int start = m.start();
            int end = m.end();
            if (partOfDay) {
                LocalDate day = Calendar.safeDate(year, Integer.parseInt(ref.group(2)), Integer.parseInt(ref.group(3)))
                        .plusDays(shift);
                ctx.found().removeIf(c -> c.start() == start && c.end() == end);
                Days.addDay(ctx, start, end, day, Days.keptPart(unit));
                continue;
            }
            String value = switch (unit) {
                case "day" -> Calendar.day(Calendar.safeDate(year, Integer.parseInt(ref.group(2)),
                        Integer.parseInt(ref.group(3))).plusDays(shift));
                case "month" -> {
                    YearMonth ym = YearMonth.of(year, Integer.parseInt(ref.group(2))).plusMonths(shift);
                    yield String.format("%04d-%02d", ym.getYear(), ym.getMonthValue());
                }
                default -> String.format("%04d", year + shift);
            };
            ctx.found().removeIf(c -> c.start() == start && c.end() == end);
            ctx.add(start, end, TimeType.DATE, value);
        }
        besideDays(ctx);
        for (MatchResult w : ctx.matches(WEEKDAY_POINTER_KEYED)) {
            Matcher ref = reference(ctx, w.start(), DAY);
            if (ref == null) {
                continue; // the weekday alone is still found, placed by its clause's tense
            }
            LocalDate day = Calendar.safeDate(Integer.parseInt(ref.group(1)), Integer.parseInt(ref.group(2)),
                    Integer.parseInt(ref.group(3)));
            DayOfWeek named = DayOfWeek.of(Lexicon.weekday(w.group(2)));
            boolean back = !w.group(1).equalsIgnoreCase("following");
            LocalDate value = day.with(back ? TemporalAdjusters.previous(named) : TemporalAdjusters.next(named));
            ctx.add(w.start(), w.end(), TimeType.DATE, Calendar.day(value));
        }
    }

    /** Adds "the day before X" for every X found right after it whose value is a day. */
    private static void besideDays(Context ctx) {
        for (MatchResult b : ctx.matches(DAY_BESIDE_KEYED)) {
            int shift = b.group(1).equalsIgnoreCase("before") ? -1 : 1;
            for (Candidate c : java.util.List.copyOf(ctx.found())) {
                Matcher v = DAY.matcher(c.value());
                if (c.start() == b.end() && c.value().length() == 10 && v.matches()) {
                    LocalDate day = Calendar.safeDate(Integer.parseInt(v.group(1)), Integer.parseInt(v.group(2)),
                            Integer.parseInt(v.group(3)));
                    ctx.add(b.start(), c.end(), TimeType.DATE, Calendar.day(day.plusDays(shift)));
                }
            }
        }
    }

    /** The value of the latest candidate before {@code offset} with the granularity asked for, parsed; or null. */
    private static Matcher reference(Context ctx, int offset, Pattern granularity) {
        Candidate best = null;
        Matcher bestMatch = null;
        for (Candidate c : ctx.found()) {
            if (c.end() > offset || offset - c.end() > REACH || c.type() == TimeType.DURATION
                    || c.type() == TimeType.SET) {
                continue;
            }
            Matcher v = granularity.matcher(c.value());
            if (v.matches() && (best == null || c.start() > best.start())) {
                best = c;
                bestMatch = v;
            }
        }
        if (bestMatch != null && bestMatch.groupCount() >= 2 && granularity != YEAR) {
            int month = Integer.parseInt(bestMatch.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
        }
        return bestMatch;
    }
}
