package org.crosscheck.temporal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.TimeType;

/**
 * Calendar periods named relative to the article's date: "last week", "this year", "earlier this month", "by the
 * end of the year", "three years ago", "the third quarter", "this summer". The value has the granularity of the
 * unit named: a week is an ISO week, a month a year-month, a year a year.
 */
final class Periods {

    private Periods() {
    }

    private static final Pattern RELATIVE = Pattern.compile("\\b(?:(earlier|later|early|late|the end of|the beginning"
            + " of|the start of|the middle of|the rest of|the remainder of|mid-)\\s*)?(last|this|next|the coming"
            + "|the current|the previous|the following)\\s+(?:fiscal\\s+)?(week|weekend|month|year)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed RELATIVE_KEYED = Keyed.words(RELATIVE, "earl", "late", "the", "mid", "last", "this",
            "next")
            .afterThe("end", "beginning", "start", "middle", "rest", "remainder", "coming", "current", "previous",
            "following");

    /**
     * "by the end of the year" (its last day), "the beginning of the month", "the rest of the year" (the period
     * itself, as "the rest of this year" is).
     */
    private static final Pattern END_OF = Pattern.compile("\\b(?:(by|until|till|before)\\s+)?the\\s+(end|close"
            + "|beginning|start|middle|rest|remainder)\\s+of\\s+the\\s+(year|month|week)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed END_OF_KEYED = Keyed.words(END_OF, "by", "until", "till", "before", "the")
            .afterThe("end", "close", "beginning", "start", "middle", "rest", "remainder");

    /**
     * "year-end" as a point after a preposition ("by year-end", "since year-end"): the last day of the article's year,
     * or of the year before when counted from ("since", "after"). After no preposition it is mostly an adjective
     * ("year-end bonus"), which names no date.
     */
    private static final Pattern YEAR_END = Pattern.compile("(?<=\\b(?:by|at|around|before|until|till|since|after)\\s)"
            + "year[- ]end\\b(?!-)", Pattern.CASE_INSENSITIVE);

    private static final Keyed YEAR_END_KEYED = Keyed.words(YEAR_END, "year");

    /**
     * "as high a dividend this year as last", "more this month than last": the unit named once and left out the
     * second time, "last" alone standing for "last year" (or month, week).
     */
    private static final Pattern ELLIPTIC_LAST = Pattern.compile("\\bthis\\s+(week|month|year)\\s+(?:as|than)\\s+"
            + "(last)\\b(?!\\s+(?:week|month|year|time|one|night)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Keyed ELLIPTIC_LAST_KEYED = Keyed.words(ELLIPTIC_LAST, "this").whenMentioned("last");

    private static final Pattern IN_THE = Pattern.compile("\\b(earlier|later)\\s+(?:in\\s+)?the\\s+(year|month|week)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed IN_THE_KEYED = Keyed.words(IN_THE, "earl", "late");

    /** "three years ago"; "or so" may hedge the count ("a week or so ago") without changing the date meant. */
    private static final Pattern AGO = Pattern.compile("\\b(" + Lexicon.NUMBER + ")[- ](" + Lexicon.UNIT + ")s?\\s+"
            + "(?:or\\s+so\\s+)?(ago|earlier|before|from now|hence)\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed AGO_KEYED = Keyed.words(AGO).and(Lexicon.NUMBER_STARTS);

    private static final Pattern YEAR_AGO_ADJ = Pattern.compile("\\b(?:the\\s+)?year[- ](?:ago|earlier)\\b"
            + "(?:\\s+(?:(?:(first|second|third|fourth)[- ])?quarter|period))?", Pattern.CASE_INSENSITIVE);

    private static final Keyed YEAR_AGO_ADJ_KEYED = Keyed.words(YEAR_AGO_ADJ, "the", "year").afterThe("year");

    /** "the quarter a year ago", "the same period a year earlier": one expression, the quarter compared with. */
    private static final Pattern QUARTER_YEAR_AGO = Pattern.compile("\\b(?:the\\s+(?:same\\s+|corresponding\\s+"
            + "|comparable\\s+)?(?:quarter|period)\\s+(?:(?:a|one)\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year)"
            + "|last\\s+year's\\s+(?:quarter|period))\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed QUARTER_YEAR_AGO_KEYED = Keyed.words(QUARTER_YEAR_AGO, "the", "last")
            .afterThe("same", "corresponding", "comparable", "quarter", "period");

    private static final Pattern QUARTER = Pattern.compile("\\b(?:the\\s+)?(?:(\\d{4}|this year's|last year's"
            + "|next year's)\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(first|second"
            + "|third|fourth|1st|2nd|3rd|4th|last|latter)[- ](quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4}"
            + "|(?:this|last|next)\\s+year))?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed QUARTER_KEYED = Keyed.words(QUARTER, "the", "this", "last", "next", "fiscal",
            "calendar", "first", "second", "third", "fourth", "latter").and(Lexicon.DIGITS)
            .afterThe("this", "last", "next", "fiscal", "calendar", "first", "second", "third", "fourth", "latter")
            .afterThe(Lexicon.DIGITS);

    /**
     * "the second and fourth quarters", "the first and second halves of 1990": two quarters or halves under one
     * plural noun, each an expression of its own, the first being the bare ordinal.
     */
    private static final Pattern QUARTER_PAIR = Pattern.compile("\\b(first|second|third|fourth|1st|2nd|3rd|4th)"
            + "\\s+(?:and|or|&)\\s+(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(quarters|halves)"
            + "(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4}|(?:this|last|next)\\s+year))?\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed QUARTER_PAIR_KEYED = Keyed.words(QUARTER_PAIR, "first", "second", "third", "fourth",
            "1st", "2nd", "3rd", "4th");

    /**
     * Words that make a sentence tell what happens as a rule rather than once: "business is usually heaviest in the
     * second and fourth quarters" speaks of every year's, a TIMEX3 set ({@code XXXX-Q2}), not of this year's.
     */
    private static final Pattern HABITUAL = Pattern.compile("(?i)\\b(?:usually|typically|normally|ordinarily"
            + "|generally|traditionally|customarily|always|tend(?:s|ed)?\\s+to)\\b");

    /** "the first two quarters of 1990", "the last two quarters": a half of the year, as TIMEX3 writes it. */
    private static final Pattern TWO_QUARTERS = Pattern.compile("\\b(?:the\\s+)?(first|last|final|second)\\s+two"
            + "\\s+quarters(?:\\s+of\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d))?\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed TWO_QUARTERS_KEYED = Keyed.words(TWO_QUARTERS, "the", "first", "last", "final",
            "second").afterThe("first", "last", "final", "second");

    private static final Pattern THIS_QUARTER = Pattern.compile("\\bthe\\s+(latest|last|past|previous|recent|most"
            + " recent|current|latest fiscal|same)?\\s*quarter\\b(?!-to-)", Pattern.CASE_INSENSITIVE);

    private static final Keyed THIS_QUARTER_KEYED = Keyed.words(THIS_QUARTER, "the")
            .afterThe("latest", "last", "past", "previous", "recent", "most", "current", "same", "quarter");

    /**
     * "this quarter": the one the article's date falls in; but "this quarter's loss", "this quarter's results" are
     * the quarter the report is about, as "the quarter's" results are.
     */
    private static final Pattern THIS_QUARTER_WORD = Pattern.compile("\\bthis\\s+quarter\\b(?!-)((?='s\\s+(?:loss"
            + "|losses|profit|profits|results|earnings|net|sales|revenue)\\b))?", Pattern.CASE_INSENSITIVE);

    private static final Keyed THIS_QUARTER_WORD_KEYED = Keyed.words(THIS_QUARTER_WORD, "this")
            .whenMentioned("quarter");

    /** "the latest period": in an earnings report, the quarter reported on. */
    private static final Pattern LATEST_PERIOD = Pattern.compile("\\bthe\\s+(?:latest|most\\s+recent)\\s+period\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed LATEST_PERIOD_KEYED = Keyed.words(LATEST_PERIOD, "the").afterThe("latest", "most");

    /**
     * The year a company reports on, named without a number: "for the full year", "the fiscal year", "a high for
     * the year", "the first nine months of the year". Followed by "ended" or "ending" it is a length of a year
     * instead (see {@link Durations}).
     */
    private static final Pattern REPORTING_YEAR = Pattern.compile("\\b(?:the\\s+(?:full|fiscal|full\\s+fiscal"
            + "|current\\s+fiscal)\\s+year|(?<=\\b(?:for|(?:months|weeks|quarters|half) of)\\s)the\\s+year)\\b"
            + "(?!\\s+(?:ended|ending|that|which|earlier"
            + "|ago|before)\\b|-|'s\\s+(?:first|second|third|fourth))", Pattern.CASE_INSENSITIVE);

    private static final Keyed REPORTING_YEAR_KEYED = Keyed.words(REPORTING_YEAR, "the")
            .afterThe("full", "fiscal", "current", "year");

    /** "the 1988 quarter", "the 1989 period": in an earnings report, the quarter just reported, in the year named. */
    private static final Pattern YEAR_QUARTER = Pattern.compile("\\bthe\\s+((?:19|20)\\d\\d)\\s+(?:quarter|period)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed YEAR_QUARTER_KEYED = Keyed.words(YEAR_QUARTER, "the").afterThe("1", "2");

    private static final Pattern SEASON = Pattern.compile("\\b(?:(this|last|next|early|late|the|this past|this coming)"
            + "\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed SEASON_KEYED = Keyed.words(SEASON, "this", "last", "next", "early", "late", "the",
            "spring", "summer", "fall", "autumn", "winter").afterThe("spring", "summer", "fall", "autumn", "winter");

    /**
     * Quarters and halves are reported after they close, so a bare one means the latest one begun, whatever the
     * clause's tense: "third-quarter profit will rise" in October still speaks of the quarter just ended.
     */
    private static final Tense QUARTER_TENSE = Tense.PAST;

    static void find(Context ctx) {
        LocalDate anchor = ctx.anchor();
        String text = ctx.text();
        quarters(ctx);
        seasons(ctx);
        if (anchor == null) {
            return;
        }
        for (MatchResult m : ctx.matches(RELATIVE_KEYED)) {
            String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "last", "the previous" -> -1;
                case "next", "the coming", "the following" -> 1;
                default -> 0;
            };
            String unitWord = m.group(3);
            if (Character.isUpperCase(unitWord.charAt(0)) && !unitWord.equals(unitWord.toUpperCase(Locale.ROOT))) {
                continue; // "ABC's \"This Week\"": a capitalised unit mid-text names a programme or a title
            }
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            boolean endOf = modifier.equals("the end of");
            int start = endOf ? ctx.withPreposition(m.start()) : m.start();
            if (endOf && !unit.startsWith("week")) {
                ctx.add(start, m.end(), TimeType.DATE, lastDay(anchor, unit, shift));
            } else if (modifier.isEmpty() && shift == -1 && unit.equals("year") && comparedFigure(ctx, m.start(),
                    m.end()) && mentionsQuarter(ctx, m.start())) {
                ctx.add(start, m.end(), TimeType.DATE, yearAgoQuarter(ctx, m.start()));
            } else {
                ctx.add(start, m.end(), TimeType.DATE, period(anchor, unit, shift));
            }
        }
        for (MatchResult e : ctx.matches(END_OF_KEYED)) {
            String unit = e.group(3).toLowerCase(Locale.ROOT);
            String which = e.group(2).toLowerCase(Locale.ROOT);
            String value = which.equals("end") || which.equals("close") ? lastDay(anchor, unit, 0) : period(anchor, unit, 0);
            ctx.add(e.start(), e.end(), TimeType.DATE, value);
        }
        for (MatchResult ye : ctx.matches(YEAR_END_KEYED)) {
            String lead = ctx.wordBefore(ye.start());
            int shift = lead.equals("since") || lead.equals("after") ? -1 : 0;
            ctx.add(ye.start(), ye.end(), TimeType.DATE, lastDay(anchor, "year", shift));
        }
        for (MatchResult el : ctx.matches(ELLIPTIC_LAST_KEYED)) {
            ctx.add(el.start(2), el.end(2), TimeType.DATE, period(anchor, el.group(1).toLowerCase(Locale.ROOT), -1));
        }
        for (MatchResult in : ctx.matches(IN_THE_KEYED)) {
            ctx.add(in.start(), in.end(), TimeType.DATE, period(anchor, in.group(2).toLowerCase(Locale.ROOT), 0));
        }
        ago(ctx, anchor);
    }

    /** An amount right before ("a loss of $3 million last year"), or a figure or results right after "'s". */
    private static final Pattern FIGURE_BEFORE = Pattern.compile("(?:[$£€#]|C\\$)?\\d[\\d,.]*(?:\\s+(?:million|billion"
            + "|cents?|a\\s+share|%))?\\s+$");

    private static final Pattern FIGURE_AFTER = Pattern.compile("'s\\s+(?:[$£€#]|C\\$|\\d|results|figures?|period"
            + "|earnings|profit|loss|sales|revenue)");

    /**
     * Whether "last year" at {@code [start, end)} gives the figure an earnings report compares with ("compared with
     * earnings of $33 million last year", "from last year's $1.55 billion", "Last year's results"): in a report
     * on a quarter, that figure is the same quarter a year before, not the whole year.
     */
    private static boolean comparedFigure(Context ctx, int start, int end) {
        String text = ctx.text();
        return FIGURE_BEFORE.matcher(text).region(Math.max(0, start - 40), start).find()
                || FIGURE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt();
    }

    /** The week, month or year {@code shift} units from the anchor's. */
    static String period(LocalDate anchor, String unit, int shift) {
        return switch (unit) {
            case "week" -> Calendar.isoWeek(anchor.plusWeeks(shift));
            case "weekend" -> Calendar.isoWeek(anchor.plusWeeks(shift)) + "-WE";
            case "month" -> Calendar.yearMonth(anchor.plusMonths(shift));
            default -> Integer.toString(anchor.getYear() + shift);
        };
    }

    private static String lastDay(LocalDate anchor, String unit, int shift) {
        if (unit.equals("month")) {
            return Calendar.day(anchor.plusMonths(shift).with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (unit.startsWith("week")) {
            return period(anchor, unit, shift);
        }
        return (anchor.getYear() + shift) + "-12-31";
    }

    private static void ago(Context ctx, LocalDate anchor) {
        for (MatchResult m : ctx.matches(AGO_KEYED)) {
            double n = Lexicon.number(m.group(1));
            String direction = m.group(3).toLowerCase(Locale.ROOT);
            boolean fromAnchor = direction.equals("ago") || direction.startsWith("from") || direction.equals("hence");
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            if (n < 0 || n != Math.rint(n) || n > 10_000) {
                if (fromAnchor) {
                    ctx.add(m.start(), m.end(), TimeType.DATE, direction.equals("ago") ? "PAST_REF" : "FUTURE_REF");
                }
                continue;
            }
            if (!fromAnchor && !(n == 1 && unit.equals("year"))) {
                continue; // "two days earlier" counts from a date the text set, not from the article's
            }
            long k = direction.equals("ago") || !fromAnchor ? -(long) n : (long) n;
            String value = switch (unit) {
                case "second", "minute", "hour", "day" -> Calendar.day(anchor.plusDays(unit.equals("day") ? k : 0));
                case "week" -> Calendar.isoWeek(anchor.plusWeeks(k));
                case "month" -> Calendar.yearMonth(anchor.plusMonths(k));
                case "decade" -> Integer.toString((anchor.getYear() + (int) k * 10) / 10);
                case "century", "centurie" -> Integer.toString((anchor.getYear() + (int) k * 100) / 100);
                default -> unit.equals("year") && n == 1 && mentionsQuarter(ctx, m.start())
                        ? yearAgoQuarter(ctx, m.start()) : Integer.toString(anchor.getYear() + (int) k);
            };
            ctx.add(m.start(), m.end(), TimeType.DATE, value);
        }
        for (MatchResult q : ctx.matches(QUARTER_YEAR_AGO_KEYED)) {
            ctx.add(q.start(), q.end(), TimeType.DATE, yearAgoQuarter(ctx, q.start()));
        }
        for (MatchResult a : ctx.matches(YEAR_AGO_ADJ_KEYED)) {
            String value = a.group(1) != null ? (anchor.getYear() - 1) + "-Q" + Lexicon.ordinal(a.group(1))
                    : mentionsQuarter(ctx, a.start()) ? yearAgoQuarter(ctx, a.start())
                    : Integer.toString(anchor.getYear() - 1);
            ctx.add(a.start(), a.end(), TimeType.DATE, value);
        }
    }

    /** How far back, in characters, talk of a quarter still sets the period that "a year ago" compares with. */
    private static final int QUARTER_REACH = 1000;

    /**
     * Whether the sentence, or the text shortly before it, speaks of quarters, so that "a year earlier" means the
     * same quarter a year before: an earnings report names the quarter once and then compares in later sentences.
     */
    private static boolean mentionsQuarter(Context ctx, int offset) {
        if (longerPeriodBefore(ctx, offset)) {
            return false;
        }
        String before = ctx.text().substring(Math.max(0, offset - QUARTER_REACH), offset).toLowerCase(Locale.ROOT);
        return before.contains("quarter") || ctx.sentenceAround(offset).toLowerCase(Locale.ROOT).contains("quarter");
    }

    /** A stretch of months longer than a quarter that a report compares: "the first nine months", "the first half". */
    private static final Pattern LONGER_PERIOD = Pattern.compile("(?i)\\b(?:(?:six|nine|twelve|6|9|12)[- ]months?"
            + "|first\\s+half)\\b");

    /**
     * Whether the sentence, before {@code offset}, names a stretch longer than a quarter: "For the nine months, ...
     * compared with a loss a year earlier" compares the nine months, and the year before is what TimeBank writes.
     */
    private static boolean longerPeriodBefore(Context ctx, int offset) {
        return LONGER_PERIOD.matcher(ctx.sentenceBefore(offset)).find();
    }

    /** A quarter's value, {@code 1989-Q3}: its year and its number. */
    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");

    /**
     * The number of the quarter an earnings report is about at {@code offset}: the first quarter of the reporting
     * year (that of the latest quarter completed by the article's date) the text named before {@code offset} ("the
     * fiscal first quarter", "third-quarter profit"), or else that latest quarter's. Companies number quarters by
     * their own fiscal years, so "the quarter" and "a year earlier" in a report on "the fiscal first quarter ended
     * Sept. 30" are that first quarter, not the calendar third. The first named one, because a report leads with the
     * quarter it reports and names others later for outlooks ("into the fourth quarter"); quarters of other years
     * are comparisons ("its best since the second quarter of 1984"). Measured on TimeBank's earnings reports, the
     * first named quarter beats both the latest named one and the calendar quarter. The first named in the
     * paragraph comes before the first named in the text: a roundup of several companies' results gives each its
     * paragraph, and one company's "fiscal second quarter" is what "the latest period" of that paragraph reports,
     * whatever quarter the roundup led with.
     */
    private static int reportedQuarter(Context ctx, int offset) {
        int named = namedQuarter(ctx, offset, false);
        if (named > 0) {
            return named;
        }
        Matcher ended = QUARTER_ENDED.matcher(ctx.text()).region(0, Math.min(ctx.text().length(), offset + 40));
        LocalDate last = ended.find() ? quarterEnd(ctx, ended.group(1), ended.group(2)) : null;
        return ((last == null ? ctx.anchor().minusMonths(3) : last.minusDays(45)).getMonthValue() - 1) / 3 + 1;
    }

    /**
     * "the quarter ended July 31": with no quarter named, the calendar quarter that holds most of the three months
     * up to that day is the one reported, rather than the latest calendar quarter; companies whose quarters end off
     * the calendar write the end. Looked for up to just after the expression, so that "the quarter" takes the end
     * written right after it.
     */
    private static final Pattern QUARTER_ENDED = Pattern.compile("\\bquarter\\s+(?:ended|ending)\\s+("
            + Lexicon.MONTH + ")\\s+(\\d{1,2})\\b");

    /** The last day of the quarter that "ended July 31", in the latest such year by the article's date; or null. */
    private static LocalDate quarterEnd(Context ctx, String monthName, String dayText) {
        int month = Lexicon.month(monthName);
        int day = Integer.parseInt(dayText);
        return month > 0 && Calendar.validDay(month, day)
                ? LocalDate.parse(Calendar.monthDay(ctx.anchor(), month, day, Tense.PAST)) : null;
    }

    /**
     * The number of the first quarter of the reporting year named before {@code offset} in its paragraph, or else
     * in the text, or 0; when {@code sentenceFirst}, the one named last before {@code offset} in the same sentence,
     * if the sentence names one.
     */
    private static int namedQuarter(Context ctx, int offset, boolean sentenceFirst) {
        int year = reportingYear(ctx.anchor());
        int reported = 0;
        int at = Integer.MAX_VALUE;
        int sentence = sentenceFirst ? ctx.sentenceStart(offset) : Integer.MAX_VALUE;
        int inSentence = 0;
        int inSentenceAt = -1;
        int paragraph = ctx.paragraphStart(offset);
        int inParagraph = 0;
        int inParagraphAt = Integer.MAX_VALUE;
        for (Candidate c : ctx.found()) {
            Matcher v = QUARTER_VALUE.matcher(c.value());
            if (c.end() > offset || !v.matches() || Integer.parseInt(v.group(1)) != year
                    || !QUARTER.matcher(ctx.text()).region(c.start(), c.end()).find()) {
                continue;
            }
            if (c.start() < at) {
                reported = Integer.parseInt(v.group(2));
                at = c.start();
            }
            if (c.start() >= sentence && c.start() > inSentenceAt) {
                inSentence = Integer.parseInt(v.group(2));
                inSentenceAt = c.start();
            }
            if (c.start() >= paragraph && c.start() < inParagraphAt) {
                inParagraph = Integer.parseInt(v.group(2));
                inParagraphAt = c.start();
            }
        }
        return inSentence > 0 ? inSentence : inParagraph > 0 ? inParagraph : reported;
    }

    /** The year of the latest quarter completed by {@code anchor}: the year a quarterly report speaks of. */
    private static int reportingYear(LocalDate anchor) {
        return anchor.minusMonths(3).getYear();
    }

    /** The reported quarter ({@link #reportedQuarter}) in {@code year}, as a TIMEX3 value. */
    private static String quarterOf(Context ctx, int year, int offset) {
        return year + "-Q" + reportedQuarter(ctx, offset);
    }

    /**
     * The quarter a year before the one reported on: what "a year ago" compares with in an earnings report. A quarter
     * named earlier in the same sentence is the one compared ("America West reported third-quarter profit of $5.8
     * million, up from $4 million a year earlier"), whatever quarter the report led with: a roundup of several
     * companies' results names each one's quarter in the sentence that compares it.
     */
    private static String yearAgoQuarter(Context ctx, int offset) {
        int named = namedQuarter(ctx, offset, true);
        return named > 0 ? (reportingYear(ctx.anchor()) - 1) + "-Q" + named
                : quarterOf(ctx, reportingYear(ctx.anchor()) - 1, offset);
    }

    private static void quarters(Context ctx) {
        LocalDate anchor = ctx.anchor();
        for (MatchResult t : ctx.matches(TWO_QUARTERS_KEYED)) {
            int n = t.group(1).equalsIgnoreCase("first") ? 1 : 2;
            String year = t.group(2) != null ? t.group(2) : anchor == null ? "XXXX"
                    : Integer.toString(halfYear(anchor, n, QUARTER_TENSE));
            ctx.add(t.start(), t.end(), TimeType.DATE, year + "-H" + n);
        }
        for (MatchResult m : ctx.matches(QUARTER_KEYED)) {
            boolean half = m.group(3).equalsIgnoreCase("half");
            String ordinal = m.group(2).toLowerCase(Locale.ROOT);
            boolean latter = ordinal.equals("last") || ordinal.equals("latter");
            if (latter && !(half && m.group(4) != null)) {
                continue; // "the last quarter" is the latest one; only "the last half of 1989" names the second
            }
            int n = latter ? 2 : Lexicon.ordinal(ordinal);
            if (half && n > 2) {
                continue;
            }
            // the year before ("1989", "last year's") or after ("of 1990", "of next year") the quarter
            String year = m.group(4) != null ? m.group(4) : m.group(1);
            ctx.add(m.start(), m.end(), TimeType.DATE, quarterValue(ctx, n, half, year, m.start()));
        }
        for (MatchResult p : ctx.matches(QUARTER_PAIR_KEYED)) {
            boolean half = p.group(3).toLowerCase(Locale.ROOT).startsWith("hal");
            int first = Lexicon.ordinal(p.group(1).toLowerCase(Locale.ROOT));
            int second = Lexicon.ordinal(p.group(2).toLowerCase(Locale.ROOT));
            if (half && Math.max(first, second) > 2) {
                continue;
            }
            boolean habitual = p.group(4) == null && HABITUAL.matcher(ctx.sentenceAround(p.start())).find();
            TimeType type = habitual ? TimeType.SET : TimeType.DATE;
            String suffix = half ? "-H" : "-Q";
            ctx.add(p.start(1), p.end(1), type, habitual ? "XXXX" + suffix + first
                    : quarterValue(ctx, first, half, p.group(4), p.start()));
            ctx.add(p.start(2), p.end(), type, habitual ? "XXXX" + suffix + second
                    : quarterValue(ctx, second, half, p.group(4), p.start()));
        }
        if (anchor == null) {
            return;
        }
        for (MatchResult yq : ctx.matches(YEAR_QUARTER_KEYED)) {
            if (mentionsQuarter(ctx, yq.start())) {
                ctx.add(yq.start(), yq.end(), TimeType.DATE, quarterOf(ctx, Integer.parseInt(yq.group(1)), yq.start()));
            }
        }
        for (MatchResult ry : ctx.matches(REPORTING_YEAR_KEYED)) {
            ctx.add(ry.start(), ry.end(), TimeType.DATE, Integer.toString(anchor.getYear()));
        }
        for (MatchResult t : ctx.matches(THIS_QUARTER_KEYED)) {
            String which = t.group(1) == null ? "" : t.group(1).toLowerCase(Locale.ROOT);
            if (which.equals("same")) {
                continue;
            }
            if (which.isEmpty() || which.contains("latest") || which.contains("recent")) {
                ctx.add(t.start(), t.end(), TimeType.DATE, quarterOf(ctx, reportingYear(anchor), t.start()));
                continue;
            }
            LocalDate in = which.equals("current") ? anchor : anchor.minusMonths(3);
            ctx.add(t.start(), t.end(), TimeType.DATE, in.getYear() + "-Q" + ((in.getMonthValue() - 1) / 3 + 1));
        }
        for (MatchResult t : ctx.matches(THIS_QUARTER_WORD_KEYED)) {
            ctx.add(t.start(), t.end(), TimeType.DATE, t.group(1) != null
                    ? quarterOf(ctx, reportingYear(anchor), t.start())
                    : anchor.getYear() + "-Q" + ((anchor.getMonthValue() - 1) / 3 + 1));
        }
        for (MatchResult lp : ctx.matches(LATEST_PERIOD_KEYED)) {
            if (mentionsQuarter(ctx, lp.start())) {
                ctx.add(lp.start(), lp.end(), TimeType.DATE, quarterOf(ctx, reportingYear(anchor), lp.start()));
            }
        }
    }


    /**
     * The value of quarter (or half) {@code n}: of the year written with it ("1989", "last year's", "of next year";
     * null when none is), or else the latest begun as {@link #quarterTense} places it.
     */
    private static String quarterValue(Context ctx, int n, boolean half, String yearText, int start) {
        LocalDate anchor = ctx.anchor();
        String suffix = half ? "-H" + n : "-Q" + n;
        String year = yearText == null ? "" : yearText.toLowerCase(Locale.ROOT);
        if (!year.isEmpty() && Character.isDigit(year.charAt(0))) {
            return year + suffix;
        }
        if (anchor == null) {
            return "XXXX" + suffix;
        }
        if (!year.isEmpty()) {
            int shift = year.startsWith("last") ? -1 : year.startsWith("next") ? 1 : 0;
            return (anchor.getYear() + shift) + suffix;
        }
        return half ? halfYear(anchor, n, quarterTense(ctx, start)) + suffix
                : Calendar.quarter(anchor, n, quarterTense(ctx, start));
    }

    /** A deadline right before a quarter: "by the end of the first quarter", "until the second half". */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?i)\\b(?:by|until|till|before)\\s+"
            + "(?:the\\s+(?:end|start|beginning|middle|close)\\s+of\\s+)?$");

    /**
     * {@link #QUARTER_TENSE}, but ahead after a deadline: "the deal should close by the end of the first quarter"
     * in October is next year's.
     */
    private static Tense quarterTense(Context ctx, int start) {
        return DEADLINE_BEFORE.matcher(ctx.text()).region(Math.max(0, start - 30), start).find() ? Tense.FUTURE
                : QUARTER_TENSE;
    }

    /** The year of half {@code n} as the tense places it: the latest begun, since halves are reported after. */
    private static int halfYear(LocalDate anchor, int n, Tense tense) {
        return Calendar.yearOf(anchor, tense, y -> {
            LocalDate first = LocalDate.of(y, n * 6 - 5, 1);
            return new Calendar.Period(first, first.plusMonths(6).minusDays(1));
        });
    }

    private static void seasons(Context ctx) {
        for (MatchResult m : ctx.matches(SEASON_KEYED)) {
            String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            String season = m.group(2).toLowerCase(Locale.ROOT);
            String lead = ctx.wordBefore(m.start());
            boolean dated = m.group(3) != null;
            if (modifier.isEmpty() && !dated && !(lead.equals("in") || lead.equals("during") || lead.equals("this")
                    || lead.equals("until") || lead.equals("since") || lead.equals("by"))) {
                continue;
            }
            if (modifier.equals("the") && !dated && !(lead.equals("in") || lead.equals("during")
                    || lead.equals("until") || lead.equals("since") || lead.equals("by") || lead.equals("over")
                    || lead.equals("into") || lead.equals("through") || lead.equals("throughout"))) {
                continue;
            }
            String code = switch (season) {
                case "spring" -> "SP";
                case "summer" -> "SU";
                case "winter" -> "WI";
                default -> "FA";
            };
            int first = switch (code) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            String year;
            if (dated) {
                year = m.group(3);
            } else if (ctx.anchor() == null) {
                year = "XXXX";
            } else {
                Tense tense = switch (modifier) {
                    case "last", "this past" -> Tense.PAST;
                    case "next", "this coming" -> Tense.FUTURE;
                    // "this spring" as the clause's tense says: in November, "began this spring" is the one
                    // past and "will open this spring" the next; with no tense, the nearer one
                    default -> ctx.tense(m.start(), m.end());
                };
                LocalDate anchor = modifier.equals("last") || modifier.equals("this past") ? ctx.anchor().minusMonths(3)
                        : modifier.equals("next") || modifier.equals("this coming") ? ctx.anchor().plusMonths(3)
                        : ctx.anchor();
                year = Integer.toString(Calendar.yearOf(anchor, tense, y -> {
                    LocalDate start = LocalDate.of(y, first, 1);
                    return new Calendar.Period(start, start.plusMonths(3).minusDays(1));
                }));
            }
            ctx.add(ctx.withPreposition(m.start()), m.end(), TimeType.DATE, year + "-" + code);
        }
    }
}
