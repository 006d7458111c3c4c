package org.crosscheck.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.crosscheck.api.TimeType;

/**
 * Single days named relative to the article's date: weekdays ("on Sunday", "last Friday", "Tuesday night"),
 * "today", "yesterday", "tomorrow", "tonight", "this morning", "mid-afternoon", holidays, and clock times ("at 3
 * p.m.", "4 in the morning"). None of them can be placed without the article's date, so with no anchor they are
 * left out rather than guessed.
 */
final class Days {

    private Days() {
    }

    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:((?i:last|next|this|this past|this coming|coming"
            + "|past))\\s+)?(" + Lexicon.WEEKDAY + ")(?:'s)?(?:\\s+(morning|afternoon|evening|night))?\\b");

    private static final Keyed WEEKDAY_KEYED = Keyed.words(WEEKDAY, "last", "next", "this", "coming", "past")
            .and(Lexicon.WEEKDAY_STARTS);

    private static final Pattern DEICTIC = Pattern.compile("\\b(today|yesterday|tomorrow|tonight)\\b"
            + "(?:'s)?(?:\\s+(morning|afternoon|evening|night))?", Pattern.CASE_INSENSITIVE);

    private static final Keyed DEICTIC_KEYED = Keyed.words(DEICTIC, "today", "yesterday", "tomorrow", "tonight");

    private static final Pattern PART_OF_TODAY = Pattern.compile("\\b(this|last)\\s+(morning|afternoon|evening|night)"
            + "\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed PART_OF_TODAY_KEYED = Keyed.words(PART_OF_TODAY, "this", "last");

    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:.])\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*"
            + "(a\\.m\\.|p\\.m\\.|am\\b|pm\\b|a\\.m\\b|p\\.m\\b)|\\b(noon|midday|midnight)\\b"
            + "|(?<![\\d:.])\\b(\\d{1,2})\\s+in\\s+the\\s+(morning|afternoon|evening)\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed CLOCK_KEYED = Keyed.words(CLOCK, "noon", "midday", "midnight").and(Lexicon.DIGITS);

    /**
     * "mid-afternoon", "midmorning", with the day they fall on when one follows ("mid-afternoon yesterday", "mid
     * morning Friday"): a part of a day, {@code TAF} or {@code TMO}, on that day or else on the article's.
     */
    private static final Pattern MID_PART = Pattern.compile("\\b(?i:mid-?\\s?(morning|afternoon))"
            + "(?:\\s+(?:(?i:on)\\s+)?(?:((?i:yesterday|today|tomorrow))|(" + Lexicon.WEEKDAY + ")))?\\b");

    private static final Keyed MID_PART_KEYED = Keyed.words(MID_PART, "mid");

    /** Weekdays in the plural recur: "on Tuesdays", "Friday nights". */
    private static final Pattern PLURAL_WEEKDAY = Pattern.compile("\\b(" + Lexicon.WEEKDAY + ")(?:s|\\s+(morning"
            + "|afternoon|evening|night)s)\\b");

    private static final Keyed PLURAL_WEEKDAY_KEYED = Keyed.words(PLURAL_WEEKDAY).and(Lexicon.WEEKDAY_STARTS);

    /** "the weekend" alone: the one just past or the coming one, as the clause's tense says. */
    private static final Pattern THE_WEEKEND = Pattern.compile("\\bthe\\s+weekend\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed THE_WEEKEND_KEYED = Keyed.words(THE_WEEKEND, "the").afterThe("weekend");

    /**
     * "Today is the eighth day of the blockade", "it's the second day of an offensive": a day counted in an event
     * still going on, said in the present tense, is the day of writing. After "was" it is some earlier day the
     * count does not place.
     */
    private static final Pattern COUNTED_DAY = Pattern.compile("(?<=\\b(?:is|it's|it is)\\s)the\\s+(?:first|second"
            + "|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))\\s+(?:straight\\s+"
            + "|consecutive\\s+)?day\\b(?!\\s+(?:of\\s+the\\s+week|in\\s+a\\s+row)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Keyed COUNTED_DAY_KEYED = Keyed.words(COUNTED_DAY, "the").afterThe("first", "second",
            "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "straight", "consecutive")
            .afterThe(Lexicon.DIGITS).whenMentioned("day");

    /**
     * Holidays; Easter, with "Easter Sunday", "Easter Monday" and "Easter week", but not "Easter Island", an
     * "Easter egg", the "Easter Rising" or the charity "Easter Seals", which name no date of the year in question.
     */
    private static final Pattern HOLIDAY = Pattern.compile("\\b(Christmas Eve|Christmas Day|Christmas|New Year's Eve"
            + "|New Year's Day|Halloween|Valentine's Day|Thanksgiving Day|Thanksgiving|Election Day|Easter Sunday"
            + "|Easter Monday|Easter week|Easter(?!\\s+(?:Island|[Ee]ggs?|Rising|[Bb]unny|[Pp]arade|Seals)\\b))\\b");

    private static final Keyed HOLIDAY_KEYED = Keyed.words(HOLIDAY, "christmas", "new", "halloween", "valentine",
            "thanksgiving", "election", "easter");

    static void find(Context ctx) {
        LocalDate anchor = ctx.anchor();
        if (anchor == null) {
            return;
        }
        int previousEnd = -1;
        LocalDate previous = null;
        for (MatchResult m : ctx.matches(WEEKDAY_KEYED)) {
            String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            DayOfWeek day = DayOfWeek.of(Lexicon.weekday(m.group(2)));
            // "said Friday", "on Friday said", "Friday's ruling" and "since Friday" can only look back, whatever
            // the clause's tense
            boolean back = reported(ctx, m.start()) || saidAfter(ctx, m) || possessive(m.group())
                    || ctx.wordBefore(m.start()).equals("since");
            LocalDate date = switch (modifier) {
                case "last", "this past", "past" -> anchor.with(TemporalAdjusters.previous(day));
                case "next", "this coming", "coming" -> anchor.with(TemporalAdjusters.next(day));
                case "this" -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(
                        TemporalAdjusters.nextOrSame(day));
                default -> previous != null && JOINED.matcher(ctx.text()).region(previousEnd, m.start()).matches()
                        ? nearest(previous, day)
                        : back ? anchor.with(TemporalAdjusters.previousOrSame(day))
                        : Calendar.weekday(anchor, day.getValue(), untilTense(ctx, m.start(), m.end()));
            };
            int start = modifier.isEmpty() ? ctx.withPreposition(m.start()) : m.start();
            addDay(ctx, start, m.end(), date, keptPart(m.group(3)));
            previous = date;
            previousEnd = m.end();
        }
        for (MatchResult d : ctx.matches(DEICTIC_KEYED)) {
            String word = d.group(1).toLowerCase(Locale.ROOT);
            if (d.group().endsWith("'s") && d.group(2) == null
                    && GENERIC_AGE.contains(ctx.wordAfter(d.end()).toLowerCase(Locale.ROOT))) {
                continue; // "today's youth", "in today's world": the present age, not a day
            }
            if (titleToday(ctx, d.start(), d.group(1))) {
                continue; // "USA Today", "Psychology Today", "the Today show": a title, not a day
            }
            if (word.equals("tomorrow") && d.group().length() == word.length()
                    && ctx.wordBefore(d.start()).equals("of")) {
                continue; // "the people of tomorrow", "the cars of tomorrow": a coming age, not the next day
            }
            addDay(ctx, d.start(), d.end(), deictic(anchor, word), keptPart(d.group(2)));
        }
        for (MatchResult p : ctx.matches(PART_OF_TODAY_KEYED)) {
            boolean lastNight = p.group(1).equalsIgnoreCase("last");
            if (lastNight && !p.group(2).equalsIgnoreCase("night")) {
                continue;
            }
            addDay(ctx, p.start(), p.end(), lastNight ? anchor.minusDays(1) : anchor, p.group(2));
        }
        for (MatchResult pl : ctx.matches(PLURAL_WEEKDAY_KEYED)) {
            String part = pl.group(2) == null ? "" : "T" + switch (pl.group(2).toLowerCase(Locale.ROOT)) {
                case "morning" -> "MO";
                case "afternoon" -> "AF";
                case "evening" -> "EV";
                default -> "NI";
            };
            ctx.add(pl.start(), pl.end(), TimeType.SET, "XXXX-WXX-" + Lexicon.weekday(pl.group(1)) + part);
        }
        for (MatchResult mp : ctx.matches(MID_PART_KEYED)) {
            LocalDate date = mp.group(2) != null ? deictic(anchor, mp.group(2))
                    : mp.group(3) != null ? Calendar.weekday(anchor, Lexicon.weekday(mp.group(3)),
                    ctx.tense(mp.start(), mp.end())) : anchor;
            addDay(ctx, mp.start(), mp.end(), date, mp.group(1));
        }
        for (MatchResult c : ctx.matches(COUNTED_DAY_KEYED)) {
            ctx.add(c.start(), c.end(), TimeType.DATE, Calendar.day(anchor));
        }
        for (MatchResult w : ctx.matches(THE_WEEKEND_KEYED)) {
            LocalDate saturday = Calendar.weekday(anchor, 6, ctx.tense(w.start(), w.end()));
            ctx.add(w.start(), w.end(), TimeType.DATE, Calendar.isoWeek(saturday) + "-WE");
        }
        clock(ctx, anchor);
        for (MatchResult h : ctx.matches(HOLIDAY_KEYED)) {
            holiday(ctx, h.start(), h.end(), h.group(1));
        }
    }

    /**
     * What joins two weekdays named together: "Thursday and again Friday", "late Thursday or early Friday", "from
     * Monday to Wednesday", "statements made Friday and Thursday". The second is the day of its name nearest the
     * first, whatever the tense says: the two fall in the same few days.
     */
    private static final Pattern JOINED = Pattern.compile("(?i)\\s*,?\\s*(?:and|or|to|through|until|till)\\s+"
            + "(?:(?:again|also|then|early|late|on)\\s+)*");

    /** The day named {@code day} nearest {@code other}, before or after it. */
    private static LocalDate nearest(LocalDate other, DayOfWeek day) {
        LocalDate after = other.with(TemporalAdjusters.next(day));
        LocalDate before = other.with(TemporalAdjusters.previous(day));
        return after.toEpochDay() - other.toEpochDay() <= other.toEpochDay() - before.toEpochDay() ? after : before;
    }

    /** Words of an end point before a weekday: "continues through Friday" looks ahead unless the clause looks back. */
    private static final java.util.Set<String> UNTIL = java.util.Set.of("through", "until", "till", "thru");

    /** The clause's tense, but ahead after an end point ("through Friday") in a clause that does not look back. */
    private static Tense untilTense(Context ctx, int start, int end) {
        Tense tense = ctx.tense(start, end);
        return tense != Tense.PAST && UNTIL.contains(ctx.wordBefore(start)) ? Tense.FUTURE : tense;
    }

    /** What follows "Today" when it names a programme: "the Today show". */
    private static final Pattern PROGRAMME = Pattern.compile("\\s+(?i:show|program|programme)\\b");

    /**
     * Whether a capitalised "Today" inside a sentence is part of a title: right after a capitalised word, one space
     * between ("USA Today", "VOA Today", "Psychology Today"), or before "show" ("NBC's Today show").
     */
    private static boolean titleToday(Context ctx, int start, String word) {
        if (!word.equals("Today") || ctx.atSentenceStart(start)) {
            return false;
        }
        String text = ctx.text();
        int end = start + word.length();
        if (PROGRAMME.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()) {
            return true;
        }
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int i = start - 1;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < start - 1 && Character.isUpperCase(text.charAt(i)) && !ctx.atSentenceStart(i);
    }

    /** The day "today", "tonight", "yesterday" or "tomorrow" names. */
    private static LocalDate deictic(LocalDate anchor, String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> anchor.minusDays(1);
            case "tomorrow" -> anchor.plusDays(1);
            default -> anchor;
        };
    }

    /**
     * Nouns after "today's" that make it the present age rather than a day ("today's youth", "in today's world"):
     * no day is meant, and TimeML annotators leave them out.
     */
    private static final java.util.Set<String> GENERIC_AGE = java.util.Set.of("world", "society", "youth",
            "generation", "generations", "young", "children", "kids", "teenagers", "students", "era", "age");

    /** Verbs of saying: a weekday right after one ("said Tuesday", "announced on Friday") dates the saying. */
    private static final java.util.Set<String> SAYING = java.util.Set.of("said", "announced", "reported", "told",
            "disclosed", "confirmed", "added", "stated", "declared", "indicated");

    /**
     * Whether the weekday is a possessive ("Wednesday's ruling", "Friday's close"): the day of a thing reported, in
     * news the day it happened, whatever the tense of the clause ("appeal against Wednesday's ruling will ...").
     */
    private static boolean possessive(String weekday) {
        return weekday.endsWith("'s");
    }

    /**
     * Whether a verb of saying follows a bare weekday: "President Aldo Merin on Tuesday said the tariffs will
     * rise" dates the saying, as "said Tuesday" does.
     */
    private static boolean saidAfter(Context ctx, MatchResult weekday) {
        return weekday.group(3) == null && !possessive(weekday.group())
                && SAYING.contains(ctx.wordAfter(weekday.end()));
    }

    /** Whether a verb of saying stands right before the weekday at {@code start}, an "on" between allowed. */
    private static boolean reported(Context ctx, int start) {
        String before = ctx.wordBefore(start);
        if (before.equals("on")) {
            int i = start;
            while (i > 0 && Character.isWhitespace(ctx.text().charAt(i - 1))) {
                i--;
            }
            before = ctx.wordBefore(i - 2);
        }
        return SAYING.contains(before);
    }

    /** The part of a named day that goes into its value: evening and afternoon, see {@link #addDay}. */
    static String keptPart(String partOfDay) {
        String part = partOfDay == null ? "" : partOfDay.toLowerCase(Locale.ROOT);
        return part.equals("evening") || part.equals("afternoon") ? part : null;
    }

    /**
     * A day, with the part of day in the value for "this morning", "tonight" and the like, and for a weekday's
     * evening or afternoon ("Wednesday evening" is {@code 2024-11-13TEV}, as TimeML writes it; "yesterday afternoon"
     * likewise). A weekday's morning or night keeps the bare day: that is what a reader and a timeline need, and
     * what annotators mostly record (TimeBank and AQUAINT write "Friday morning" and "Sunday night" as the bare day
     * about as often as with TMO or TNI, but a weekday's evening always with TEV; afternoons, held there only as
     * "this afternoon" with TAF, go with the evenings).
     */
    static void addDay(Context ctx, int start, int end, LocalDate date, String partOfDay) {
        String value = Calendar.day(date);
        if (partOfDay == null) {
            ctx.add(start, end, TimeType.DATE, value);
            return;
        }
        String part = switch (partOfDay.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
        ctx.add(start, end, TimeType.TIME, value + "T" + part);
    }

    private static void clock(Context ctx, LocalDate anchor) {
        for (MatchResult c : ctx.matches(CLOCK_KEYED)) {
            int hour;
            int minute = 0;
            if (c.group(4) != null) {
                if (Character.isUpperCase(c.group(4).charAt(0)) && !ctx.atSentenceStart(c.start())) {
                    continue; // "High Noon": a title, not a time
                }
                if (ctx.wordBefore(c.start()).equals("high")) {
                    continue; // "high noon comes today": the hour of a showdown, not a clock time
                }
                hour = c.group(4).equalsIgnoreCase("midnight") ? 24 : 12;
            } else if (c.group(5) != null) {
                // "4 in the morning", "6 in the evening": the hour, on the clock half that the part of day says
                hour = Integer.parseInt(c.group(5));
                if (hour < 1 || hour > 12) {
                    continue;
                }
                hour = c.group(6).equalsIgnoreCase("morning") ? hour % 12 : hour % 12 + 12;
            } else {
                hour = Integer.parseInt(c.group(1));
                minute = c.group(2) == null ? 0 : Integer.parseInt(c.group(2));
                boolean pm = Character.toLowerCase(c.group(3).charAt(0)) == 'p';
                if (hour < 1 || hour > 12 || minute > 59) {
                    continue;
                }
                hour = pm ? (hour % 12) + 12 : hour % 12;
            }
            ctx.add(c.start(), c.end(), TimeType.TIME, String.format("%sT%02d:%02d", Calendar.day(anchor), hour, minute));
        }
    }

    /**
     * The day in {@code year} of a holiday whose date moves, or null for one on a fixed date. Election Day is the
     * United States' federal one, the Tuesday after the first Monday in November; Thanksgiving the American one, the
     * fourth Thursday in November; Easter the Western (Gregorian) one.
     */
    private static LocalDate movableFeast(String lower, int year) {
        if (lower.equals("election day")) {
            return LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
        }
        if (lower.startsWith("thanksgiving")) {
            return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (lower.startsWith("easter")) {
            LocalDate sunday = easterSunday(year);
            return lower.equals("easter monday") ? sunday.plusDays(1) : sunday;
        }
        return null;
    }

    /** Western Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static void holiday(Context ctx, int start, int end, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (movableFeast(lower, ctx.anchor().getYear()) != null) {
            // "Easter week": the ISO week that ends on Easter Sunday, Holy Week with its Sunday
            boolean week = lower.equals("easter week");
            int y = Calendar.yearOf(ctx.anchor(), ctx.tense(start, end), year -> {
                LocalDate d = movableFeast(lower, year);
                return new Calendar.Period(week ? d.minusDays(6) : d, d);
            });
            LocalDate d = movableFeast(lower, y);
            ctx.add(start, end, TimeType.DATE, week ? Calendar.isoWeek(d) : Calendar.day(d));
            return;
        }
        int month;
        int day;
        if (lower.equals("christmas eve")) {
            month = 12;
            day = 24;
        } else if (lower.startsWith("christmas")) {
            month = 12;
            day = 25;
        } else if (lower.equals("new year's eve")) {
            month = 12;
            day = 31;
        } else if (lower.startsWith("new year")) {
            month = 1;
            day = 1;
        } else if (lower.equals("halloween")) {
            month = 10;
            day = 31;
        } else {
            month = 2;
            day = 14;
        }
        ctx.add(start, end, TimeType.DATE, Calendar.monthDay(ctx.anchor(), month, day, ctx.tense(start, end)));
    }
}
