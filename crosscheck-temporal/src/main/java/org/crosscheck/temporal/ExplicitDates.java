package org.crosscheck.temporal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.TimeType;

/**
 * Dates written out as calendar dates: numeric ("2024-11-05", "22-11-2024"), with a month name ("Nov. 5, 2024",
 * "5 November", "March 2023", "in February"), and bare years and decades. A missing year is taken from the article's
 * date in the direction the clause's tense points.
 */
final class ExplicitDates {

    private ExplicitDates() {
    }

    private static final String NOT_LETTER_AFTER = "(?![A-Za-z])";

    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");

    private static final Keyed ISO_KEYED = Keyed.words(ISO).orAnywhere(Lexicon.DIGITS);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?![\\d])");

    private static final Keyed NUMERIC_KEYED = Keyed.words(NUMERIC).orAnywhere(Lexicon.DIGITS);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + Lexicon.WEEKDAY + ",?\\s+)?(" + Lexicon.MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?![\\d,.:]\\d)\\b(?:,?\\s+(\\d{4})(?!\\d))?");

    private static final Keyed MONTH_DAY_KEYED = Keyed.words(MONTH_DAY).and(Lexicon.WEEKDAY_STARTS)
            .and(Lexicon.MONTH_STARTS);
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.,])\\b(?:" + Lexicon.WEEKDAY + ",?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
            + Lexicon.MONTH + ")" + NOT_LETTER_AFTER + "(?:,?\\s+(\\d{4})(?!\\d))?");

    private static final Keyed DAY_MONTH_KEYED = Keyed.words(DAY_MONTH).and(Lexicon.WEEKDAY_STARTS)
            .and(Lexicon.DIGITS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:(?:early|late|mid-?)\\s*)?(" + Lexicon.MONTH
            + "),?\\s+(?:of\\s+)?(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);

    private static final Keyed MONTH_YEAR_KEYED = Keyed.words(MONTH_YEAR, "early", "late", "mid")
            .and(Lexicon.MONTH_STARTS);
    private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:((?i:early|late|mid-?|last|next|this"
            + "|the end of|the beginning of|the start of|the middle of))\\s*)?(" + Lexicon.MONTH_FULL + "|Sept\\.)"
            + NOT_LETTER_AFTER);

    private static final Keyed MONTH_ALONE_KEYED = Keyed.words(MONTH_ALONE, "early", "late", "mid", "last", "next",
            "this", "the").and(Lexicon.MONTH_STARTS).afterThe("end", "beginning", "start", "middle");
    /** A year, with what may stand before it in the same expression ("fiscal 1989", "mid-1996", "post-1959"). */
    private static final Pattern YEAR = Pattern.compile("(?<![$£€\\d.,/-])\\b(?:(?:fiscal|calendar|early|late|mid-?"
            + "|pre-|post-)\\s*)?((?:1[6-9]|20)\\d\\d)(?!\\d|,\\d|\\.\\d|\\s*(?:%|percent|per cent)|-\\d|s\\b|'s\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed YEAR_KEYED = Keyed.words(YEAR, "fiscal", "calendar", "early", "late", "mid", "pre",
            "post", "1", "2");
    private static final Pattern DECADE = Pattern.compile("\\b(?:the\\s+)?(?:(?:early|mid-?|late)\\s*)?"
            + "((?:1[6-9]|20)\\d)0'?s\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed DECADE_KEYED = Keyed.words(DECADE, "the", "early", "mid", "late", "1", "2")
            .afterThe("early", "mid", "late", "1", "2");
    private static final Pattern SHORT_DECADE = Pattern.compile("\\b(?:the\\s+)?(?:(?:early|mid-?|late)\\s*)?"
            + "['‘’]([0-9])0s\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed SHORT_DECADE_KEYED = Keyed.words(SHORT_DECADE, "the", "early", "mid", "late")
            .orAnywhere("'", "‘", "’").afterThe("early", "mid", "late").afterThe(Lexicon.DIGITS);

    /** A year read out, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
    private static final String SPOKEN_YEAR_WORDS = "(?:(nineteen|eighteen)\\s+(ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(?:the\\s+year\\s+)?two\\s+thousand"
            + "(?:\\s+(?:and\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?)";

    private static final Pattern SPOKEN_YEAR = Pattern.compile("\\b" + SPOKEN_YEAR_WORDS + "\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed SPOKEN_YEAR_KEYED = Keyed.words(SPOKEN_YEAR, "nineteen", "eighteen", "the", "two")
            .afterThe("year");

    /** A season with its year read out: "the winter of nineteen ninety-four". */
    private static final Pattern SEASON_SPOKEN_YEAR = Pattern.compile("\\b(?:the\\s+)?(spring|summer|fall|autumn"
            + "|winter)\\s+of\\s+" + SPOKEN_YEAR_WORDS + "\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed SEASON_SPOKEN_YEAR_KEYED = Keyed.words(SEASON_SPOKEN_YEAR, "the", "spring", "summer",
            "fall", "autumn", "winter").afterThe("spring", "summer", "fall", "autumn", "winter")
            .whenMentioned("nineteen", "eighteen", "thousand");

    /** A month with its year read out: "January nineteen ninety-seven". */
    private static final Pattern MONTH_SPOKEN_YEAR = Pattern.compile("\\b(" + Lexicon.MONTH + "),?\\s+(?:of\\s+)?"
            + "(?i:" + SPOKEN_YEAR_WORDS + ")\\b");

    private static final Keyed MONTH_SPOKEN_YEAR_KEYED = Keyed.words(MONTH_SPOKEN_YEAR).and(Lexicon.MONTH_STARTS)
            .whenMentioned("nineteen", "eighteen", "thousand");

    /**
     * A month with its year given relative to the article's: "in February this year", "June last year", "April of
     * next year". The year word settles what the month's tense would otherwise have to guess.
     */
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile("\\b(" + Lexicon.MONTH
            + ")\\s+(?:of\\s+)?((?i:this|last|next))\\s+year\\b");

    private static final Keyed MONTH_RELATIVE_YEAR_KEYED = Keyed.words(MONTH_RELATIVE_YEAR).and(Lexicon.MONTH_STARTS)
            .whenMentioned(" year");

    /** "early", "late" or "mid" right before a month: part of the expression ("in early October this year"). */
    private static final Pattern PART_OF_MONTH_BEFORE = Pattern.compile("(?i)\\b(?:early|late|mid-?)\\s*$");

    /** "the week of March 6": the week holding that day, TIMEX3 value {@code 2000-W10}. */
    private static final Pattern WEEK_OF = Pattern.compile("\\bthe\\s+week\\s+of\\s+(" + Lexicon.MONTH
            + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.:]\\d)\\b(?:,?\\s+(\\d{4})(?!\\d))?");

    private static final Keyed WEEK_OF_KEYED = Keyed.words(WEEK_OF, "the").whenMentioned("week of").afterThe("week");

    /** Centuries by ordinal: "the 20th century" is the years 19xx, TIMEX3 value {@code 19}. */
    private static final Pattern ORDINAL_CENTURY = Pattern.compile("\\b(?:the\\s+)?(?:(?:early|mid|late)[- ])?"
            + "(\\d{1,2})(?:st|nd|rd|th)[- ]century\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed ORDINAL_CENTURY_KEYED = Keyed.words(ORDINAL_CENTURY, "the", "early", "mid", "late")
            .and(Lexicon.DIGITS).whenMentioned("century").afterThe("early", "mid", "late").afterThe(Lexicon.DIGITS);

    /** Decades spelled out: "the nineties", "the early eighties". */
    private static final Pattern SPOKEN_DECADE = Pattern.compile("\\bthe\\s+(?:(?:early|mid|late)[- ]?)?(twenties"
            + "|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed SPOKEN_DECADE_KEYED = Keyed.words(SPOKEN_DECADE, "the")
            .afterThe("early", "mid", "late", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet");

    /** Words before a bare month that show it is one ("in May", "since March") rather than a name or a verb. */
    private static final Set<String> MONTH_LEAD = Set.of("in", "since", "by", "until", "till", "from", "through",
            "during", "early", "late", "mid", "last", "next", "this", "of", "before", "after", "to", "between", "and",
            "or", "for", "throughout", "end", "beginning", "start", "middle", "around", "about");

    /**
     * Articles before a month that modifies the noun after it ("the March accession", "a June agreement"): a month
     * then, unless a word of the kind that follows a title comes next ("the March on Washington", "a May of rain").
     */
    private static final Set<String> ARTICLE = Set.of("the", "a", "an");

    private static final Set<String> NOT_NOUN = Set.of("of", "for", "on", "in", "to", "at", "by", "and", "or", "with",
            "from", "is", "was", "are", "were", "that", "which", "who");

    /** Ambiguous month names that count as months only after such a word. */
    private static final Set<String> AMBIGUOUS = Set.of("May", "March", "April", "June", "August");

    static void find(Context ctx) {
        for (MatchResult m : ctx.matches(ISO_KEYED)) {
            Optional<LocalDate> d = Datelines.parse(m.group());
            d.ifPresent(date -> ctx.add(m.start(), m.end(), TimeType.DATE, Calendar.day(date)));
        }
        for (MatchResult n : ctx.matches(NUMERIC_KEYED)) {
            Datelines.numeric(n.group(1), n.group(2).charAt(0), n.group(3), n.group(4))
                    .ifPresent(date -> ctx.add(n.start(), n.end(), TimeType.DATE, Calendar.day(date)));
        }
        for (MatchResult md : ctx.matches(MONTH_DAY_KEYED)) {
            dayOfMonth(ctx, md.start(), md.end(), Lexicon.month(md.group(1)), md.group(2), md.group(3));
        }
        for (MatchResult dm : ctx.matches(DAY_MONTH_KEYED)) {
            dayOfMonth(ctx, dm.start(), dm.end(), Lexicon.month(dm.group(2)), dm.group(1), dm.group(3));
        }
        for (MatchResult my : ctx.matches(MONTH_YEAR_KEYED)) {
            int month = Lexicon.month(my.group(1));
            if (month > 0 && Character.isUpperCase(my.group(1).charAt(0))) {
                ctx.add(my.start(), my.end(), TimeType.DATE, String.format("%s-%02d", my.group(2), month));
            }
        }
        monthsAlone(ctx);
        monthsWithYearWords(ctx);
        for (MatchResult w : ctx.matches(WEEK_OF_KEYED)) {
            int month = Lexicon.month(w.group(1));
            int day = Integer.parseInt(w.group(2));
            if (month == 0 || !Calendar.validDay(month, day) || (w.group(3) == null && ctx.anchor() == null)) {
                continue;
            }
            int year = w.group(3) != null ? Integer.parseInt(w.group(3))
                    : Integer.parseInt(Calendar.monthDay(ctx.anchor(), month, day,
                    lookingBack(ctx.tense(w.start(), w.end()), "")).substring(0, 4));
            ctx.add(w.start(), w.end(), TimeType.DATE, Calendar.isoWeek(Calendar.safeDate(year, month, day)));
        }
        years(ctx);
        for (MatchResult c : ctx.matches(ORDINAL_CENTURY_KEYED)) {
            int ordinal = Integer.parseInt(c.group(1));
            if (ordinal >= 1 && ordinal <= 30) {
                ctx.add(c.start(), c.end(), TimeType.DATE, String.format("%02d", ordinal - 1));
            }
        }
    }

    private static void monthsWithYearWords(Context ctx) {
        for (MatchResult m : ctx.matches(MONTH_RELATIVE_YEAR_KEYED)) {
            int month = Lexicon.month(m.group(1));
            if (month == 0) {
                continue;
            }
            String which = m.group(2).toLowerCase(java.util.Locale.ROOT);
            int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
            String value = ctx.anchor() == null ? String.format("XXXX-%02d", month)
                    : String.format("%04d-%02d", ctx.anchor().getYear() + shift, month);
            Matcher part = PART_OF_MONTH_BEFORE.matcher(ctx.text()).region(Math.max(0, m.start() - 8), m.start());
            int start = part.find() ? part.start() : m.start();
            ctx.add(ctx.withPreposition(start), m.end(), TimeType.DATE, value);
        }
        for (MatchResult s : ctx.matches(SEASON_SPOKEN_YEAR_KEYED)) {
            int year = spokenYear(s.group(2), s.group(3), s.group(4), s.group(5), false);
            if (year > 0) {
                String code = switch (s.group(1).toLowerCase(java.util.Locale.ROOT)) {
                    case "spring" -> "SP";
                    case "summer" -> "SU";
                    case "winter" -> "WI";
                    default -> "FA";
                };
                ctx.add(ctx.withPreposition(s.start()), s.end(), TimeType.DATE, String.format("%04d-%s", year, code));
            }
        }
        for (MatchResult s : ctx.matches(MONTH_SPOKEN_YEAR_KEYED)) {
            int month = Lexicon.month(s.group(1));
            int year = spokenYear(s.group(2), s.group(3), s.group(4), s.group(5), s.group().toLowerCase(
                    java.util.Locale.ROOT).contains("the year"));
            if (month > 0 && year > 0) {
                ctx.add(ctx.withPreposition(s.start()), s.end(), TimeType.DATE, String.format("%04d-%02d", year,
                        month));
            }
        }
    }

    /**
     * The year a spoken year's parts name, or 0 when they name none: "two thousand" alone is mostly a count, so it
     * needs "the year" before it or a unit after it.
     */
    private static int spokenYear(String century, String tensWord, String unitWord, String afterThousand,
                                  boolean saysYear) {
        if (century != null) {
            int tens = (int) Lexicon.number(tensWord);
            int units = unitWord == null ? 0 : (int) Lexicon.number(unitWord);
            return (century.equalsIgnoreCase("nineteen") ? 1900 : 1800) + tens + units;
        }
        if (!saysYear && afterThousand == null) {
            return 0;
        }
        return 2000 + (afterThousand == null ? 0 : (int) Lexicon.number(afterThousand));
    }

    private static void dayOfMonth(Context ctx, int start, int end, int month, String dayText, String yearText) {
        int day = Integer.parseInt(dayText);
        if (month == 0 || !Calendar.validDay(month, day)) {
            return;
        }
        String value;
        if (yearText != null) {
            value = String.format("%s-%02d-%02d", yearText, month, day);
        } else if (ctx.anchor() == null) {
            value = String.format("XXXX-%02d-%02d", month, day);
        } else {
            String before = ctx.wordBefore(start);
            value = before.equals("since") ? Calendar.monthDaySince(ctx.anchor(), month, day)
                    : Calendar.monthDay(ctx.anchor(), month, day, lookingBack(ctx.tense(start, end), before));
        }
        ctx.add(ctx.withPreposition(start), end, TimeType.DATE, value);
        Matcher second = SECOND_DAY.matcher(ctx.text()).region(end, Math.min(ctx.text().length(), end + 40));
        if (yearText == null && second.lookingAt()) {
            int other = Integer.parseInt(second.group(1));
            if (other > day && Calendar.validDay(month, other)) {
                ctx.add(second.start(1), second.end(1), TimeType.DATE, value.substring(0, 8)
                        + String.format("%02d", other));
            }
        }
    }

    /**
     * A second day of the same month joined by a word after a month and day ("April 24 and 25", "May 23 through
     * 26"): its own date, in the month and year of the first; not a count or an amount that follows ("April 24 and 25
     * percent"), nor a day with a year of its own. A span written with a dash ("May 5-11") is left as one
     * expression.
     */
    private static final Pattern SECOND_DAY = Pattern.compile("\\s+(?:and|or|through|to)\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th)?(?![\\d,.:]\\d)\\b(?!\\s*(?:%|percent|[ap]\\.?m\\b|million|billion|thousand|hundred"
            + "|years?|months?|weeks?|days?|hours?|people|of)\\b|\\s*%|,?\\s+\\d{4})");

    private static void monthsAlone(Context ctx) {
        for (MatchResult m : ctx.matches(MONTH_ALONE_KEYED)) {
            String name = m.group(2);
            String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(java.util.Locale.ROOT);
            String before = ctx.wordBefore(m.start(2));
            String after = ctx.wordAfter(m.end());
            boolean led = !modifier.isEmpty() || MONTH_LEAD.contains(before) || ARTICLE.contains(before)
                    && !after.isEmpty() && Character.isLowerCase(after.charAt(0)) && !NOT_NOUN.contains(after)
                    && ctx.text().startsWith(" " + after, m.end());
            if (AMBIGUOUS.contains(name) && !led) {
                continue;
            }
            if (!led && !after.isEmpty() && Character.isUpperCase(after.charAt(0))) {
                continue; // "June Carter": a name
            }
            int month = Lexicon.month(name);
            String value;
            if (ctx.anchor() == null) {
                value = String.format("XXXX-%02d", month);
            } else if (modifier.equals("last") || modifier.equals("next")) {
                value = strictMonth(ctx.anchor(), month, modifier.equals("next"));
            } else if (modifier.equals("this")) {
                value = String.format("%04d-%02d", ctx.anchor().getYear(), month);
            } else {
                // the word before "mid-" or "late" too: "runs through mid-March" is a deadline
                String lead = modifier.isEmpty() ? before : ctx.wordBefore(m.start());
                value = lead.equals("since") ? Calendar.monthSince(ctx.anchor(), month)
                        : Calendar.month(ctx.anchor(), month, lookingBack(ctx.tense(m.start(), m.end()), lead));
            }
            ctx.add(ctx.withPreposition(m.start()), m.end(), TimeType.DATE, value);
        }
    }

    /** Prepositions of a deadline or an end point: "by February", "through January" look ahead. */
    private static final Set<String> DEADLINE = Set.of("by", "until", "till", "through");

    /**
     * A month named in a clause whose tense the words do not show reads as past: news reports mostly tell what
     * happened, and a month named for what will happen mostly comes with a future cue ("will", "plans to") or as
     * a deadline ("by February").
     */
    private static Tense lookingBack(Tense tense, String wordBefore) {
        if (tense != Tense.UNKNOWN) {
            return tense;
        }
        return DEADLINE.contains(wordBefore) ? Tense.FUTURE : Tense.PAST;
    }

    /** "last July": the latest July before the anchor's month; "next July": the first one after it. */
    private static String strictMonth(LocalDate anchor, int month, boolean ahead) {
        int y = anchor.getYear();
        if (ahead) {
            y = month > anchor.getMonthValue() ? y : y + 1;
        } else {
            y = month < anchor.getMonthValue() ? y : y - 1;
        }
        return String.format("%04d-%02d", y, month);
    }

    /** Words of amount before a number: "more than 2000 people", "about 1900 degrees". */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?i)\\b(?:more|fewer|less)\\s+than\\s+$"
            + "|\\b(?:about|nearly|almost|some|over|around|approximately|roughly|only|just|least|to)\\s+$");

    /**
     * A plural noun right after a number, lower case: what the number counts ("people", "rounds", "degrees"); not a
     * word that merely ends in "s" ("was", "this", "thus").
     */
    private static final Pattern COUNTED_NOUN = Pattern.compile("\\s+(?!(?:is|as|us|was|has|his|its|this|does|thus"
            + "|plus|less|unless|always|perhaps|across|whereas|besides)\\b)(?:[a-z]+s|people|men|women|children)\\b");

    private static void years(Context ctx) {
        String text = ctx.text();
        for (MatchResult m : ctx.matches(YEAR_KEYED)) {
            if (m.group().length() == 4 && COUNTED_NOUN.matcher(text).region(m.end(), text.length()).lookingAt()
                    && AMOUNT_BEFORE.matcher(text).region(Math.max(0, m.start() - 20), m.start()).find()) {
                continue; // "more than 2000 people": a count, not a year
            }
            ctx.add(ctx.withPreposition(m.start()), m.end(), TimeType.DATE, m.group(1));
        }
        for (MatchResult spoken : ctx.matches(SPOKEN_YEAR_KEYED)) {
            int year = spokenYear(spoken.group(1), spoken.group(2), spoken.group(3), spoken.group(4),
                    spoken.group().toLowerCase(java.util.Locale.ROOT).startsWith("the"));
            if (year > 0) {
                ctx.add(spoken.start(), spoken.end(), TimeType.DATE, Integer.toString(year));
            }
        }
        for (MatchResult d : ctx.matches(DECADE_KEYED)) {
            ctx.add(d.start(), d.end(), TimeType.DATE, d.group(1));
        }
        for (MatchResult sd : ctx.matches(SPOKEN_DECADE_KEYED)) {
            String word = sd.group(1).toLowerCase(java.util.Locale.ROOT);
            int tens = (int) Lexicon.number(word.substring(0, word.length() - 3) + "y");
            int century = 19;
            if (ctx.anchor() != null) {
                century = ctx.anchor().getYear() / 100;
                if (century * 100 + tens > ctx.anchor().getYear()) {
                    century--; // "the twenties" in 2015 are the 1920s
                }
            }
            ctx.add(sd.start(), sd.end(), TimeType.DATE, century + Integer.toString(tens / 10));
        }
        for (MatchResult s : ctx.matches(SHORT_DECADE_KEYED)) {
            if (ctx.anchor() != null) {
                int century = ctx.anchor().getYear() / 100;
                int decade = s.group(1).charAt(0) - '0';
                int value = century * 10 + decade;
                if (value * 10 > ctx.anchor().getYear()) {
                    value -= 10;
                }
                ctx.add(s.start(), s.end(), TimeType.DATE, Integer.toString(value));
            }
        }
    }
}
