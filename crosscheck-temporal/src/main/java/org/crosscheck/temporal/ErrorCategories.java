package org.crosscheck.temporal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sorts the outcomes of a TimeML evaluation into categories that name a kind of expression (weekday, month, quarter,
 * duration, reference, ...) and, for a wrong value, the kind of mistake (a weekday a week off, another year, a coarser
 * or finer granularity, a date where the gold has a reference). Rules are worked by category, so the analysis
 * groups what one rule would fix.
 */
final class ErrorCategories {

    private ErrorCategories() {
    }

    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
            + "|dec)[a-z]*\\.?(?![a-z])");
    private static final Pattern DIGIT_YEAR = Pattern.compile("\\d{4}|'\\d\\d");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static String of(Outcome o) {
        return switch (o.kind()) {
            case RIGHT -> kind(o.goldText(), o.goldValue(), o.goldType());
            case MISSED -> kind(o.goldText(), o.goldValue(), o.goldType());
            case EXTRA -> kind(o.foundText(), o.foundValue(), null);
            case WRONG_VALUE -> kind(o.goldText(), o.goldValue(), o.goldType()) + ": "
                    + mistake(o.goldText(), o.goldValue(), o.foundValue());
        };
    }

    /** The kind of expression a text with its value is. */
    static String kind(String text, String value, String type) {
        String t = text.toLowerCase(Locale.ROOT);
        if (value.endsWith("_REF")) {
            return "reference " + value;
        }
        if ("SET".equals(type) || value.startsWith("XXXX-WXX") || t.matches(".*\\b(every|each|daily|weekly|monthly"
                + "|annually|yearly|quarterly|hourly|a year|a day|a week|a month|per)\\b.*") && "SET".equals(type)) {
            return "set";
        }
        if (value.startsWith("P")) {
            return t.matches(".*\\b(past|last|next|coming|previous|recent)\\b.*") ? "duration: the past/next N units"
                    : "duration";
        }
        if (value.contains("T")) {
            return "time of day";
        }
        if (WEEKDAY.matcher(t).find()) {
            return "weekday";
        }
        if (t.contains("fiscal")) {
            return "fiscal year";
        }
        if (value.matches("\\d{4}-W.*")) {
            return "week";
        }
        if (value.matches("\\d{4}-[QH].*") || t.contains("quarter") || t.contains("half")) {
            return "quarter/half";
        }
        if (value.matches("\\d{4}-(SP|SU|FA|WI)")) {
            return "season";
        }
        if (value.matches("\\d{1,3}X*")) {
            return "decade/century";
        }
        if (t.matches(".*\\b(ago|earlier|later|before)\\b.*")) {
            return "N units ago/earlier";
        }
        if (value.contains("X")) {
            return "underspecified";
        }
        boolean written = MONTH.matcher(t).find() || DIGIT_YEAR.matcher(t).find() || t.matches(".*\\d+/\\d+.*");
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return written ? "day, calendar date" : "day, relative (today, yesterday)";
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            return written ? "month named" : "month, relative (this month)";
        }
        if (value.matches("\\d{4}")) {
            return DIGIT_YEAR.matcher(t).find() ? "year written" : "year, relative (this year)";
        }
        return "other";
    }

    /** How a found value differs from the gold one. */
    static String mistake(String goldText, String gold, String found) {
        String gs = shape(gold);
        String fs = shape(found);
        if (gs.equals(fs)) {
            if (DAY.matcher(gold).matches() && DAY.matcher(found).matches()) {
                try {
                    long days = ChronoUnit.DAYS.between(LocalDate.parse(gold), LocalDate.parse(found));
                    if (days % 7 == 0) {
                        return "a week off (direction)";
                    }
                    if (Math.abs(days) >= 300 && gold.substring(4).equals(found.substring(4))) {
                        return "another year";
                    }
                    return "other day";
                } catch (DateTimeParseException e) {
                    return "other day";
                }
            }
            if (gold.length() >= 4 && found.length() >= 4 && gold.substring(4).equals(found.substring(4))
                    && !gold.substring(0, 4).equals(found.substring(0, 4))) {
                return "another year";
            }
            return "same shape, other value";
        }
        if (gold.endsWith("_REF") || found.endsWith("_REF")) {
            return "reference vs " + (gold.endsWith("_REF") ? fs : gs);
        }
        if (gold.startsWith("P") != found.startsWith("P")) {
            return "duration vs date";
        }
        if (found.startsWith(gold) || gold.startsWith(found)) {
            return "granularity " + gs + " vs " + fs;
        }
        return gs + " vs " + fs;
    }

    /** A value with its digits made 9: the form of the value without its content. */
    static String shape(String value) {
        return value.replaceAll("\\d", "9");
    }
}
