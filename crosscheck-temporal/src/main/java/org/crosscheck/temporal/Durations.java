package org.crosscheck.temporal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.crosscheck.api.TimeType;

/**
 * Lengths of time ("24 hours", "three years", "a two-week", "the first nine months", "months of") and recurrences
 * ("every week", "daily", "twice a year"). Neither needs the article's date.
 */
final class Durations {

    private Durations() {
    }

    private static final Pattern COUNTED = Pattern.compile("\\b(?:(the\\s+(?:first|last|past|next|previous|coming"
            + "|following|final|latest|preceding|year[- ]earlier|year[- ]ago)|the|more than|less than|nearly|almost|about|some|over|under"
            + "|at least)\\s+)?(" + Lexicon.NUMBER + ")[- ](?:(?:more|additional|extra|further|trading|business"
            + "|working|straight|consecutive|full)\\s+)?(" + Lexicon.UNIT
            + "|night)s?\\b(?![- ]+old\\b|\\s+(?:quarter|half)\\b)(?:[- ]long)?"
            + "(\\s+and\\s+a\\s+half\\b)?",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed COUNTED_KEYED = Keyed.words(COUNTED, "the", "more", "less", "nearly", "almost",
            "about", "some", "over", "under", "at$").and(Lexicon.NUMBER_STARTS)
            .afterThe("first", "last", "past", "next", "previous", "coming", "following", "final", "latest",
            "preceding", "year").afterThe(Lexicon.NUMBER_STARTS);

    private static final Pattern SINGLE = Pattern.compile("\\bthe\\s+(past|last|next|previous|coming|following)\\s+"
            + "(" + Lexicon.UNIT + ")\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed SINGLE_KEYED = Keyed.words(SINGLE, "the")
            .afterThe("past", "last", "next", "previous", "coming", "following");

    /**
     * Counted fiscal quarters ("the past two quarters", "several quarters of losses"); "three quarters of the
     * shares" is a fraction, so "of" may follow only before a word of loss or gain.
     */
    private static final Pattern QUARTERS = Pattern.compile("\\b(the\\s+(?:past|last|next|previous|coming|following"
            + "|first|final|latest)\\s+)?(" + Lexicon.NUMBER + ")\\s+quarters\\b(?!\\s+of\\s+(?!loss|profit|growth"
            + "|decline|gain))", Pattern.CASE_INSENSITIVE);

    private static final Keyed QUARTERS_KEYED = Keyed.words(QUARTERS, "the").and(Lexicon.NUMBER_STARTS)
            .whenMentioned("quarters")
            .afterThe("past", "last", "next", "previous", "coming", "following", "first", "final", "latest")
            .afterThe(Lexicon.NUMBER_STARTS);

    /**
     * "for years", "in recent weeks", "months of talks"; "weeks or months" is one stretch of the first unit's
     * length, as TimeML writes it.
     */
    private static final Pattern VAGUE = Pattern.compile("\\b(?:(for|in|over|within|after|of|recent|coming|past"
            + "|next|last)\\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\b((?:\\s+or\\s+"
            + "(?:minutes|hours|days|weeks|months|years|decades|centuries)\\b)?)(\\s+of\\b)?",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed VAGUE_KEYED = Keyed.words(VAGUE, "for", "in", "over", "within", "after", "of",
            "recent", "coming", "past", "next", "last").and(Lexicon.UNIT_STARTS);

    /** "the year ended Sept. 30", "the fiscal year ending in June": a reporting year, one year long. */
    private static final Pattern YEAR_ENDED = Pattern.compile("\\bthe\\s+(?:fiscal\\s+|full\\s+)?year"
            + "(?=\\s+(?:ended|ending|that\\s+ended|which\\s+ended)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Keyed YEAR_ENDED_KEYED = Keyed.words(YEAR_ENDED, "the").afterThe("fiscal", "full", "year");

    /** "the weeks ahead", "the months to come": a stretch of unstated length from now on. */
    private static final Pattern AHEAD = Pattern.compile("\\bthe\\s+(days|weeks|months|years)\\s+"
            + "(?:ahead|to\\s+come)\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed AHEAD_KEYED = Keyed.words(AHEAD, "the").afterThe("day", "week", "month", "year");

    /**
     * "every year", "each Thursday", "daily", "twice a week": recurrences. "every four years" is one of them too
     * (see {@link #EVERY_COUNTED}).
     */
    private static final Pattern SET = Pattern.compile("\\b(?:(?:every|each)\\s+(other\\s+)?(second|minute|hour|day"
            + "|week|month|quarter|year|morning|night|evening|" + Lexicon.WEEKDAY + "|" + Lexicon.MONTH_FULL + ")"
            + "|(daily|weekly|monthly|yearly|nightly|hourly)"
            + "|(once|twice|three times|several times)\\s+(?:a|an|per|every)\\s+(hour|day"
            + "|week|month|year))\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed SET_KEYED = Keyed.words(SET, "every", "each", "daily", "weekly", "monthly", "yearly",
            "nightly", "hourly", "once", "twice", "three", "several");

    /** "every four years", "every 10 minutes": a recurrence at a counted interval, TIMEX3 value {@code P4Y}. */
    private static final Pattern EVERY_COUNTED = Pattern.compile("\\bevery\\s+(" + Lexicon.NUMBER + ")[- ]("
            + Lexicon.UNIT + ")s\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed EVERY_COUNTED_KEYED = Keyed.words(EVERY_COUNTED, "every");

    /**
     * Words after "N years" that make the whole a date counted from the article's ("three years ago"). "Two days
     * before the vote", "a day earlier" stay lengths: TimeML tags the length and leaves "before" to a signal.
     */
    private static final Set<String> NOT_AFTER = Set.of("ago", "hence");

    static void find(Context ctx) {
        String text = ctx.text();
        java.util.List<int[]> idioms = new java.util.ArrayList<>();
        for (MatchResult always : ctx.matches(ALWAYS_KEYED)) {
            idioms.add(new int[] {always.start(), always.end()});
        }
        for (MatchResult m : ctx.matches(COUNTED_KEYED)) {
            if (within(idioms, m.start())) {
                continue; // "24 hours a day": all the time, neither a length nor a recurrence
            }
            String next = ctx.wordAfter(m.end()).toLowerCase(Locale.ROOT);
            if (NOT_AFTER.contains(next)) {
                continue; // "three years ago" is a date
            }
            if (Character.isUpperCase(m.group(3).charAt(0)) && !titleCase(ctx, m.start(), m.end())) {
                continue; // "CBS's 60 Minutes": a capital unit in running text names a title, not a length
            }
            String count = m.group(2);
            double n = Lexicon.number(count);
            String lower = count.toLowerCase(Locale.ROOT);
            boolean vague = n < 0;
            if (vague && !(lower.contains("several") || lower.contains("few") || lower.contains("many")
                    || lower.contains("some") || lower.contains("dozens"))) {
                continue;
            }
            if (m.group(4) != null && n >= 0) {
                n += 0.5; // "a minute and a half"
            }
            if (lower.equals("one") && m.group(3).equalsIgnoreCase("day") && m.group(1) == null
                    && SOMEDAY_LEAD.contains(ctx.wordBefore(m.start()))) {
                ctx.add(m.start(), m.end(), TimeType.DATE, "FUTURE_REF"); // "will one day be": some day ahead
                continue;
            }
            boolean article = lower.equals("a") || lower.equals("an");
            if (article && m.group(3).equalsIgnoreCase("second")) {
                continue; // "a second term": the ordinal, far more often than one second
            }
            if (article && text.length() > m.end(3) && Character.toLowerCase(text.charAt(m.end(3))) == 's') {
                continue; // "a months-long dispute": the article is the noun's, the length unstated (see LONG)
            }
            if (article && isRate(ctx.wordBefore(m.start()))) {
                ctx.add(m.start(), m.end(), TimeType.SET, Lexicon.duration(1, m.group(3)));
                continue;
            }
            if (article && m.group(1) == null && afterQuantity(ctx, m.start())) {
                continue; // "$500 million a year", "four flights a week": a rate of what comes before, no time
            }
            String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            int start = lead.startsWith("the") ? m.start() : m.start(2);
            ctx.add(start, m.end(), TimeType.DURATION, Lexicon.duration(n, m.group(3)));
        }
        for (MatchResult s : ctx.matches(SINGLE_KEYED)) {
            String unit = s.group(2).toLowerCase(Locale.ROOT);
            if (unit.equals("minute") && s.group(1).equalsIgnoreCase("last")) {
                continue; // "at the last minute": the latest moment possible, an idiom that names no length
            }
            if (unit.equals("year") && ctx.anchor() != null) {
                // "over the past year", "in the next year": annotated as the calendar year before or after the
                // article's, like "last year" and "next year"
                String which = s.group(1).toLowerCase(Locale.ROOT);
                int shift = which.equals("next") || which.equals("coming") || which.equals("following") ? 1 : -1;
                if (!which.equals("following")) {
                    ctx.add(s.start(), s.end(), TimeType.DATE, Integer.toString(ctx.anchor().getYear() + shift));
                }
                continue;
            }
            ctx.add(s.start(), s.end(), TimeType.DURATION, Lexicon.duration(1, unit));
        }
        for (MatchResult q : ctx.matches(QUARTERS_KEYED)) {
            double n = Lexicon.number(q.group(2));
            String lower = q.group(2).toLowerCase(Locale.ROOT);
            if (n < 0 && !(lower.contains("several") || lower.contains("few") || lower.contains("many"))) {
                continue;
            }
            if (n >= 0 && (n < 2 || n != Math.rint(n))) {
                continue;
            }
            int start = q.group(1) == null ? q.start(2) : q.start();
            ctx.add(start, q.end(), TimeType.DURATION, "P" + (n < 0 ? "X" : Long.toString((long) n)) + "Q");
        }
        for (MatchResult v : ctx.matches(VAGUE_KEYED)) {
            String lead = v.group(1) == null ? "" : v.group(1).toLowerCase(Locale.ROOT);
            if (lead.isEmpty() && v.group(4) == null) {
                continue; // a bare plural unit is too often part of something else
            }
            if (lead.equals("of") && ctx.wordBefore(v.start()).equals("matter")
                    || v.group(4) != null && PART_OF_DAY_LEAD.contains(ctx.wordBefore(v.start(2)))) {
                continue; // "a matter of days": soon; "the early hours of Thursday": part of a day, not a length
            }
            String unit = v.group(2).toLowerCase(Locale.ROOT);
            if (lead.equals("recent") || lead.equals("past") || lead.equals("last") || lead.equals("coming")
                    || lead.equals("next")) {
                // "in recent years", "in the coming weeks": a stretch of unstated length, as TimeBank writes them
                ctx.add(v.start(), v.end(3), TimeType.DURATION, Lexicon.duration(-1, unit));
                continue;
            }
            ctx.add(v.start(2), v.end(3), TimeType.DURATION, Lexicon.duration(-1, unit));
        }
        for (MatchResult o : ctx.matches(OVER_THE_KEYED)) {
            ctx.add(o.start(1), o.end(1), TimeType.DURATION, Lexicon.duration(-1, o.group(2)));
        }
        for (MatchResult l : ctx.matches(LONG_KEYED)) {
            ctx.add(l.start(), l.end(), TimeType.DURATION, Lexicon.duration(l.group(2).isEmpty() ? 1 : -1, l.group(1)));
        }
        for (MatchResult w : ctx.matches(WHILE_KEYED)) {
            ctx.add(w.start(1), w.end(1), TimeType.DURATION, "PXX");
        }
        for (MatchResult y : ctx.matches(YEAR_ENDED_KEYED)) {
            ctx.add(y.start(), y.end(), TimeType.DURATION, "P1Y");
        }
        for (MatchResult a : ctx.matches(AHEAD_KEYED)) {
            ctx.add(a.start(), a.end(), TimeType.DURATION, Lexicon.duration(-1, a.group(1)));
        }
        sets(ctx);
    }

    /**
     * Whether the words around {@code [start, end)} are capitalised too, as in a headline ("Talks Stall After Three
     * Days Of Fighting"), so that a capital unit says nothing of a title.
     */
    private static boolean titleCase(Context ctx, int start, int end) {
        String before = ctx.wordBefore(start);
        String after = ctx.wordAfter(end);
        int i = start;
        while (i > 0 && Character.isWhitespace(ctx.text().charAt(i - 1))) {
            i--;
        }
        String raw = ctx.text().substring(Math.max(0, i - before.length()), i);
        return !after.isEmpty() && Character.isUpperCase(after.charAt(0))
                || !raw.isEmpty() && Character.isUpperCase(raw.charAt(0));
    }

    /** Words before "hours of" that make the hours a part of the day named next ("the early hours of Friday"). */
    private static final Set<String> PART_OF_DAY_LEAD = Set.of("early", "small", "wee", "late");

    /** "24 hours a day", "seven days a week", "365 days a year": an idiom for all the time. */
    private static final Pattern ALWAYS = Pattern.compile("\\b(?:(?:24|twenty-four)\\s+hours\\s+a\\s+day"
            + "|(?:7|seven)\\s+days\\s+a\\s+week|365\\s+days\\s+a\\s+year)\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed ALWAYS_KEYED = Keyed.words(ALWAYS, "2", "7", "3", "twenty", "seven")
            .whenMentioned(" a ");

    private static boolean within(java.util.List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** Words before "one day" that make it some day in the future ("will one day be", "hopes to one day"). */
    private static final Set<String> SOMEDAY_LEAD = Set.of("will", "would", "could", "might", "may", "can", "shall",
            "should", "to", "must");

    /** "over the years", "through the decades": a stretch of unstated length up to now. */
    private static final Pattern OVER_THE = Pattern.compile("\\b(?:over|through|throughout|down)\\s+(the\\s+(years"
            + "|decades|centuries|months))\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed OVER_THE_KEYED = Keyed.words(OVER_THE, "over", "through", "down");

    /** "a day-long meeting", "a decades-long battle": the length as an adjective, one unit or an unstated many. */
    private static final Pattern LONG = Pattern.compile("\\b(" + Lexicon.UNIT + ")(s?)-long\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed LONG_KEYED = Keyed.words(LONG).and(Lexicon.UNIT_STARTS).whenMentioned("-long");

    /** "for a while": a stretch with neither number nor unit. */
    private static final Pattern WHILE = Pattern.compile("\\bfor\\s+(a\\s+(?:little\\s+|long\\s+|short\\s+)?while)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed WHILE_KEYED = Keyed.words(WHILE, "for").whenMentioned("while");

    /** Words of amount a rate's "a year" may follow ("$2 million a year", "700 seats a week"). */
    private static final Set<String> AMOUNT = Set.of("million", "billion", "thousand", "hundred", "percent",
            "cents", "dollars", "shares", "seats", "flights", "jobs", "barrels", "tons", "people", "times");

    /** Whether a number or a word of amount stands right before {@code offset}. */
    private static boolean afterQuantity(Context ctx, int offset) {
        int i = offset;
        String text = ctx.text();
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '%')) {
            return true;
        }
        return AMOUNT.contains(ctx.wordBefore(offset));
    }

    private static boolean isRate(String before) {
        return before.equals("once") || before.equals("twice") || before.equals("times") || before.equals("per");
    }

    private static void sets(Context ctx) {
        for (MatchResult e : ctx.matches(EVERY_COUNTED_KEYED)) {
            double n = Lexicon.number(e.group(1));
            if (n >= 2 && n == Math.rint(n)) {
                ctx.add(e.start(), e.end(), TimeType.SET, Lexicon.duration(n, e.group(2)));
            }
        }
        for (MatchResult m : ctx.matches(SET_KEYED)) {
            String unit;
            if (m.group(2) != null) {
                unit = m.group(2).toLowerCase(Locale.ROOT);
                if (Lexicon.weekday(unit) > 0 && unit.endsWith("day") && !unit.equals("day")) {
                    ctx.add(m.start(), m.end(), TimeType.SET, "XXXX-WXX-" + Lexicon.weekday(unit));
                    continue;
                }
                int month = Lexicon.month(unit);
                if (month > 0) {
                    if (Character.isUpperCase(m.group(2).charAt(0))) { // "each July"; "every may" is no month
                        ctx.add(m.start(), m.end(), TimeType.SET, String.format("XXXX-%02d", month));
                    }
                    continue;
                }
                if (unit.equals("morning") || unit.equals("night") || unit.equals("evening")) {
                    unit = "day";
                }
                double every = m.group(1) != null ? 2 : 1;
                ctx.add(m.start(), m.end(), TimeType.SET, unit.equals("quarter") ? "P" + (int) every + "Q"
                        : Lexicon.duration(every, unit));
            } else if (m.group(3) != null) {
                String word = m.group(3).toLowerCase(Locale.ROOT);
                unit = switch (word) {
                    case "daily", "nightly" -> "day";
                    case "weekly" -> "week";
                    case "monthly" -> "month";
                    case "hourly" -> "hour";
                    case "quarterly" -> "quarter";
                    default -> "year";
                };
                ctx.add(m.start(), m.end(), TimeType.SET, unit.equals("quarter") ? "P3M" : Lexicon.duration(1, unit));
            } else {
                ctx.add(m.start(), m.end(), TimeType.SET, Lexicon.duration(1, m.group(5)));
            }
        }
    }
}
