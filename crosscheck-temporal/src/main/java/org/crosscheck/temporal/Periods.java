package org.crosscheck.temporal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
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

    private static final Pattern END_OF = Pattern.compile("\\b(?:(by|until|till|before)\\s+)?the\\s+(end|close"
            + "|beginning|start|middle)\\s+of\\s+the\\s+(year|month|week)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern IN_THE = Pattern.compile("\\b(earlier|later)\\s+(?:in\\s+)?the\\s+(year|month|week)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AGO = Pattern.compile("\\b(" + Lexicon.NUMBER + ")[- ](" + Lexicon.UNIT + ")s?\\s+"
            + "(ago|earlier|before|from now|hence)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern YEAR_AGO_ADJ = Pattern.compile("\\b(?:the\\s+)?year[- ](?:ago|earlier)\\b"
            + "(?:\\s+(?:(?:(first|second|third|fourth)[- ])?quarter|period))?", Pattern.CASE_INSENSITIVE);

    /** "the quarter a year ago", "the same period a year earlier": one expression, the quarter compared with. */
    private static final Pattern QUARTER_YEAR_AGO = Pattern.compile("\\b(?:the\\s+(?:same\\s+|corresponding\\s+"
            + "|comparable\\s+)?(?:quarter|period)\\s+(?:(?:a|one)\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year)"
            + "|last\\s+year's\\s+(?:quarter|period))\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern QUARTER = Pattern.compile("\\b(?:the\\s+)?(?:(\\d{4}|this year's|last year's"
            + "|next year's)\\s+)?(?:(?:fiscal|calendar)\\s+)?(first|second"
            + "|third|fourth|1st|2nd|3rd|4th|last|latter)[- ](quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4}))?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern THIS_QUARTER = Pattern.compile("\\bthe\\s+(latest|last|past|previous|recent|most"
            + " recent|current|latest fiscal|same)?\\s*quarter\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The year a company reports on, named without a number: "for the full year", "the fiscal year", "a high for
     * the year". Followed by "ended" or "ending" it is a length of a year instead (see {@link Durations}).
     */
    private static final Pattern REPORTING_YEAR = Pattern.compile("\\b(?:the\\s+(?:full|fiscal|full\\s+fiscal"
            + "|current\\s+fiscal)\\s+year|(?<=\\bfor\\s)the\\s+year)\\b(?!\\s+(?:ended|ending|that|which|earlier"
            + "|ago|before)\\b|-|'s\\s+(?:first|second|third|fourth))", Pattern.CASE_INSENSITIVE);

    /** "the 1988 quarter", "the 1989 period": in an earnings report, the quarter just reported, in the year named. */
    private static final Pattern YEAR_QUARTER = Pattern.compile("\\bthe\\s+((?:19|20)\\d\\d)\\s+(?:quarter|period)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SEASON = Pattern.compile("\\b(?:(this|last|next|early|late|the|this past|this coming)"
            + "\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);

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
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
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
            } else {
                ctx.add(start, m.end(), TimeType.DATE, period(anchor, unit, shift));
            }
        }
        Matcher e = END_OF.matcher(text);
        while (e.find()) {
            String unit = e.group(3).toLowerCase(Locale.ROOT);
            String which = e.group(2).toLowerCase(Locale.ROOT);
            String value = which.equals("end") || which.equals("close") ? lastDay(anchor, unit, 0) : period(anchor, unit, 0);
            ctx.add(e.start(), e.end(), TimeType.DATE, value);
        }
        Matcher in = IN_THE.matcher(text);
        while (in.find()) {
            ctx.add(in.start(), in.end(), TimeType.DATE, period(anchor, in.group(2).toLowerCase(Locale.ROOT), 0));
        }
        ago(ctx, anchor);
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
        Matcher m = AGO.matcher(ctx.text());
        while (m.find()) {
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
                        ? yearAgoQuarter(anchor) : Integer.toString(anchor.getYear() + (int) k);
            };
            ctx.add(m.start(), m.end(), TimeType.DATE, value);
        }
        Matcher q = QUARTER_YEAR_AGO.matcher(ctx.text());
        while (q.find()) {
            ctx.add(q.start(), q.end(), TimeType.DATE, yearAgoQuarter(anchor));
        }
        Matcher a = YEAR_AGO_ADJ.matcher(ctx.text());
        while (a.find()) {
            String value = a.group(1) != null ? (anchor.getYear() - 1) + "-Q" + Lexicon.ordinal(a.group(1))
                    : mentionsQuarter(ctx, a.start()) ? yearAgoQuarter(anchor)
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
        String before = ctx.text().substring(Math.max(0, offset - QUARTER_REACH), offset).toLowerCase(Locale.ROOT);
        return before.contains("quarter") || ctx.sentenceAround(offset).toLowerCase(Locale.ROOT).contains("quarter");
    }

    /** The quarter a year before the latest completed one: what "a year ago" compares with in an earnings report. */
    private static String yearAgoQuarter(LocalDate anchor) {
        LocalDate last = anchor.minusMonths(3);
        return (last.getYear() - 1) + "-Q" + ((last.getMonthValue() - 1) / 3 + 1);
    }

    private static void quarters(Context ctx) {
        LocalDate anchor = ctx.anchor();
        Matcher m = QUARTER.matcher(ctx.text());
        while (m.find()) {
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
            String suffix = half ? "-H" + n : "-Q" + n;
            String value;
            String yearBefore = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if (m.group(4) != null) {
                value = m.group(4) + suffix;
            } else if (Character.isDigit(yearBefore.isEmpty() ? 'x' : yearBefore.charAt(0))) {
                value = yearBefore + suffix;
            } else if (!yearBefore.isEmpty() && anchor != null) {
                int shift = yearBefore.startsWith("last") ? -1 : yearBefore.startsWith("next") ? 1 : 0;
                value = (anchor.getYear() + shift) + suffix;
            } else if (anchor == null) {
                value = "XXXX" + suffix;
            } else if (half) {
                value = Calendar.yearOf(anchor, QUARTER_TENSE, y -> {
                    LocalDate first = LocalDate.of(y, n * 6 - 5, 1);
                    return new Calendar.Period(first, first.plusMonths(6).minusDays(1));
                }) + suffix;
            } else {
                value = Calendar.quarter(anchor, n, QUARTER_TENSE);
            }
            ctx.add(m.start(), m.end(), TimeType.DATE, value);
        }
        if (anchor == null) {
            return;
        }
        Matcher yq = YEAR_QUARTER.matcher(ctx.text());
        while (yq.find()) {
            if (mentionsQuarter(ctx, yq.start())) {
                LocalDate last = anchor.minusMonths(3);
                ctx.add(yq.start(), yq.end(), TimeType.DATE, yq.group(1) + "-Q" + ((last.getMonthValue() - 1) / 3 + 1));
            }
        }
        Matcher ry = REPORTING_YEAR.matcher(ctx.text());
        while (ry.find()) {
            ctx.add(ry.start(), ry.end(), TimeType.DATE, Integer.toString(anchor.getYear()));
        }
        Matcher t = THIS_QUARTER.matcher(ctx.text());
        while (t.find()) {
            String which = t.group(1) == null ? "" : t.group(1).toLowerCase(Locale.ROOT);
            LocalDate in = which.equals("current") ? anchor : anchor.minusMonths(3);
            if (which.equals("same")) {
                continue;
            }
            ctx.add(t.start(), t.end(), TimeType.DATE, in.getYear() + "-Q" + ((in.getMonthValue() - 1) / 3 + 1));
        }
    }


    private static void seasons(Context ctx) {
        Matcher m = SEASON.matcher(ctx.text());
        while (m.find()) {
            String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            String season = m.group(2).toLowerCase(Locale.ROOT);
            String lead = ctx.wordBefore(m.start());
            boolean dated = m.group(3) != null;
            if (modifier.isEmpty() && !dated && !(lead.equals("in") || lead.equals("during") || lead.equals("this")
                    || lead.equals("until") || lead.equals("since") || lead.equals("by"))) {
                continue;
            }
            if (modifier.equals("the") && !dated && !(lead.equals("in") || lead.equals("during")
                    || lead.equals("until") || lead.equals("since") || lead.equals("by") || lead.equals("over"))) {
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
                    case "this" -> Tense.PRESENT;
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
