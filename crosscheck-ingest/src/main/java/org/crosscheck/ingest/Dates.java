package org.crosscheck.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses the publication dates inputs carry: an ISO date or date-time, with or without an offset, and the US numeric
 * form ({@code 12/29/17}, {@code 7/4/2019}) that news exports and spreadsheets write: with slashes the month comes
 * first, and a two-digit year is 20yy below 70, else 19yy.
 */
public final class Dates {
    private static final java.util.regex.Pattern US =
            java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");

    private Dates() {
    }

    /**
     * The date part of an ISO date or date-time.
     *
     * @throws IllegalArgumentException naming the value when it is neither
     */
    public static LocalDate parse(String value) {
        String v = value.strip();
        java.util.regex.Matcher us = US.matcher(v);
        if (us.matches()) {
            int year = Integer.parseInt(us.group(3));
            if (us.group(3).length() == 2) {
                year += year < 70 ? 2000 : 1900;
            }
            try {
                return LocalDate.of(year, Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("not a calendar date: '" + value + "'");
            }
        }
        try {
            if (v.length() <= 10) {
                return LocalDate.parse(v);
            }
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException e) {
                try {
                    return ZonedDateTime.parse(v).toLocalDate();
                } catch (DateTimeParseException e2) {
                    try {
                        return LocalDateTime.parse(v).toLocalDate();
                    } catch (DateTimeParseException e3) {
                        return LocalDateTime.parse(v.replace(' ', 'T')).toLocalDate();
                    }
                }
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date or date-time: '" + value + "'");
        }
    }
}
