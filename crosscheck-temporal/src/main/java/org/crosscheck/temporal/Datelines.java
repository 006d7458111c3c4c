package org.crosscheck.temporal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a dateline prints: {@code 2024-11-22}, {@code 22-11-2024}, {@code 11/22/2024}, {@code 22.11.2024},
 * {@code Nov. 22, 2024}, {@code 22 November 2024}. Numeric day and month are told apart by a value above 12; when
 * both could be either, slashes are read the American way (month first) and dashes and dots the European way (day
 * first), as outlets using each separator mostly do.
 */
public final class Datelines {

    private Datelines() {
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(" + Lexicon.MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + Lexicon.MONTH + "),?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    /** The date a dateline token names, or empty when it names none (or an impossible one such as 31-02-2024). */
    public static Optional<LocalDate> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String t = token.strip();
        if (t.length() > 40) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = NUMERIC.matcher(t);
        if (m.matches()) {
            return numeric(m.group(1), m.group(2).charAt(0), m.group(3), m.group(4));
        }
        m = MONTH_FIRST.matcher(t);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(3)), Lexicon.month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(3)), Lexicon.month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return Optional.empty();
    }

    /** A numeric date split into its parts; {@code separator} decides the order when the values do not. */
    static Optional<LocalDate> numeric(String first, char separator, String second, String yearText) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        boolean dayFirst;
        if (a > 12 && b <= 12) {
            dayFirst = true;
        } else if (b > 12 && a <= 12) {
            dayFirst = false;
        } else {
            dayFirst = separator != '/';
        }
        return dayFirst ? date(year, b, a) : date(year, a, b);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
