package org.crosscheck.temporal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
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
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?![\\d])");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + Lexicon.WEEKDAY + ",?\\s+)?(" + Lexicon.MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?![\\d,.:]\\d)\\b(?:,?\\s+(\\d{4})(?!\\d))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.,])\\b(?:" + Lexicon.WEEKDAY + ",?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
            + Lexicon.MONTH + ")" + NOT_LETTER_AFTER + "(?:,?\\s+(\\d{4})(?!\\d))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:(?:early|late|mid-?)\\s*)?(" + Lexicon.MONTH
            + "),?\\s+(?:of\\s+)?(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:((?i:early|late|mid-?|last|next|this"
            + "|the end of|the beginning of|the start of|the middle of))\\s*)?(" + Lexicon.MONTH_FULL + "|Sept\\.)"
            + NOT_LETTER_AFTER);
    private static final Pattern YEAR = Pattern.compile("(?<![$£€\\d.,/-])\\b(?:(?:fiscal|calendar|early|late|mid-?)"
            + "\\s*)?((?:1[6-9]|20)\\d\\d)(?!\\d|,\\d|\\.\\d|\\s*(?:%|percent|per cent)|-\\d|s\\b|'s\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECADE = Pattern.compile("\\b(?:the\\s+)?(?:(?:early|mid-?|late)\\s*)?"
            + "((?:1[6-9]|20)\\d)0'?s\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_DECADE = Pattern.compile("\\b(?:the\\s+)?(?:(?:early|mid-?|late)\\s*)?"
            + "['‘’]([0-9])0s\\b", Pattern.CASE_INSENSITIVE);

    /** Years read out, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
    private static final Pattern SPOKEN_YEAR = Pattern.compile("\\b(?:(nineteen|eighteen)\\s+(ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(?:the\\s+year\\s+)?two\\s+thousand"
            + "(?:\\s+(?:and\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?)\\b", Pattern.CASE_INSENSITIVE);

    /** Decades spelled out: "the nineties", "the early eighties". */
    private static final Pattern SPOKEN_DECADE = Pattern.compile("\\bthe\\s+(?:(?:early|mid|late)[- ]?)?(twenties"
            + "|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b", Pattern.CASE_INSENSITIVE);

    /** Words before a bare month that show it is one ("in May", "since March") rather than a name or a verb. */
    private static final Set<String> MONTH_LEAD = Set.of("in", "since", "by", "until", "till", "from", "through",
            "during", "early", "late", "mid", "last", "next", "this", "of", "before", "after", "to", "between", "and",
            "or", "for", "throughout", "end", "beginning", "start", "middle", "around", "about");

    /** Ambiguous month names that count as months only after such a word. */
    private static final Set<String> AMBIGUOUS = Set.of("May", "March", "April", "June", "August");

    static void find(Context ctx) {
        String text = ctx.text();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = Datelines.parse(m.group());
            d.ifPresent(date -> ctx.add(m.start(), m.end(), TimeType.DATE, Calendar.day(date)));
        }
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            Datelines.numeric(n.group(1), n.group(2).charAt(0), n.group(3), n.group(4))
                    .ifPresent(date -> ctx.add(n.start(), n.end(), TimeType.DATE, Calendar.day(date)));
        }
        Matcher md = MONTH_DAY.matcher(text);
        while (md.find()) {
            dayOfMonth(ctx, md.start(), md.end(), Lexicon.month(md.group(1)), md.group(2), md.group(3));
        }
        Matcher dm = DAY_MONTH.matcher(text);
        while (dm.find()) {
            dayOfMonth(ctx, dm.start(), dm.end(), Lexicon.month(dm.group(2)), dm.group(1), dm.group(3));
        }
        Matcher my = MONTH_YEAR.matcher(text);
        while (my.find()) {
            int month = Lexicon.month(my.group(1));
            if (month > 0 && Character.isUpperCase(my.group(1).charAt(0))) {
                ctx.add(my.start(), my.end(), TimeType.DATE, String.format("%s-%02d", my.group(2), month));
            }
        }
        monthsAlone(ctx);
        years(ctx);
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
            value = Calendar.monthDay(ctx.anchor(), month, day, ctx.tense(start, end));
        }
        ctx.add(ctx.withPreposition(start), end, TimeType.DATE, value);
    }

    private static void monthsAlone(Context ctx) {
        Matcher m = MONTH_ALONE.matcher(ctx.text());
        while (m.find()) {
            String name = m.group(2);
            String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(java.util.Locale.ROOT);
            String before = ctx.wordBefore(m.start(2));
            String after = ctx.wordAfter(m.end());
            boolean led = !modifier.isEmpty() || MONTH_LEAD.contains(before);
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
                value = Calendar.month(ctx.anchor(), month, ctx.tense(m.start(), m.end()));
            }
            ctx.add(ctx.withPreposition(m.start()), m.end(), TimeType.DATE, value);
        }
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

    private static void years(Context ctx) {
        Matcher m = YEAR.matcher(ctx.text());
        while (m.find()) {
            ctx.add(ctx.withPreposition(m.start()), m.end(), TimeType.DATE, m.group(1));
        }
        Matcher spoken = SPOKEN_YEAR.matcher(ctx.text());
        while (spoken.find()) {
            int year;
            if (spoken.group(1) != null) {
                int tens = (int) Lexicon.number(spoken.group(2));
                int units = spoken.group(3) == null ? 0 : (int) Lexicon.number(spoken.group(3));
                year = (spoken.group(1).equalsIgnoreCase("nineteen") ? 1900 : 1800) + tens + units;
            } else {
                if (!spoken.group().toLowerCase(java.util.Locale.ROOT).startsWith("the")
                        && spoken.group(4) == null) {
                    continue; // "two thousand" alone is mostly a count
                }
                year = 2000 + (spoken.group(4) == null ? 0 : (int) Lexicon.number(spoken.group(4)));
            }
            ctx.add(spoken.start(), spoken.end(), TimeType.DATE, Integer.toString(year));
        }
        Matcher d = DECADE.matcher(ctx.text());
        while (d.find()) {
            ctx.add(d.start(), d.end(), TimeType.DATE, d.group(1));
        }
        Matcher sd = SPOKEN_DECADE.matcher(ctx.text());
        while (sd.find()) {
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
        Matcher s = SHORT_DECADE.matcher(ctx.text());
        while (s.find()) {
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
