package org.crosscheck.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date printed at the very start of an article ("22-11-2024 (WASHINGTON) ...",
 * "WASHINGTON, Nov. 22, 2024 — ...", "2024-11-22", "11/22/2024") or on a lone timestamp line.
 *
 * <p>Numeric day and month are told apart by value: a number above 12 can only be the day. When both are 12 or
 * less the separator decides, following the conventions that use it: '/' is the US month/day/year order, '-' and
 * '.' the European day-month-year order ("05-04-2024" is 5 April, "05/04/2024" is May 4). A four-digit year comes
 * first only in the ISO year-month-day order. Two-digit years are not read: "11-12-13" has too many readings.
 */
final class Dateline {

    static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|"
            + "Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+";

    /** A place (up to four capitalised words, a second place after a comma, an agency in brackets). */
    private static final String PLACE = "(?:\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "(?:,[ \\t]*\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,2})?[ \\t]*"
            + "(?:\\([^)\\n]{1,40}\\))?[ \\t]*[,:—–-]*[ \\t]*)?";

    private static final String END = "(?![\\p{L}\\p{N}])";

    private static final Pattern ISO = Pattern.compile("^(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})" + END);
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([-./])(\\d{1,2})\\2(\\d{4})" + END);
    private static final Pattern MONTH_FIRST = Pattern.compile("^" + PLACE + "(?:" + WEEKDAY + ")?" + MONTH
            + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + END);
    private static final Pattern DAY_FIRST = Pattern.compile("^" + PLACE + "(?:" + WEEKDAY + ")?"
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})" + END);
    private static final Pattern PLACE_THEN_NUMERIC = Pattern.compile("^" + PLACE
            + "(?:(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})|(\\d{1,2})([-./])(\\d{1,2})\\6(\\d{4}))" + END);

    private Dateline() {
    }

    /** The date at the start of {@code s} (leading white space allowed), or {@code null}. */
    static LocalDate read(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String head = s.strip();
        if (head.length() > 160) {
            head = head.substring(0, 160);
        }
        Matcher m = ISO.matcher(head);
        if (m.find()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        m = NUMERIC.matcher(head);
        if (m.find()) {
            return dayMonth(m.group(1), m.group(3), m.group(2).charAt(0), m.group(4));
        }
        m = MONTH_FIRST.matcher(head);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_FIRST.matcher(head);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = PLACE_THEN_NUMERIC.matcher(head);
        if (m.find()) {
            return m.group(1) != null ? date(m.group(1), m.group(3), m.group(4))
                    : dayMonth(m.group(5), m.group(7), m.group(6).charAt(0), m.group(8));
        }
        return null;
    }

    /** Orders two numbers of a numeric date as described in the class comment. */
    static LocalDate dayMonth(String first, String second, char separator, String year) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        boolean dayFirst;
        if (a > 12) {
            dayFirst = true;
        } else if (b > 12) {
            dayFirst = false;
        } else {
            dayFirst = separator != '/';
        }
        return dayFirst ? date(year, second, first) : date(year, first, second);
    }

    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        int i = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(n);
        return Integer.toString(i / 3 + 1);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2199) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
