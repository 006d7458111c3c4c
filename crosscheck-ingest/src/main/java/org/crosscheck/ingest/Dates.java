package org.crosscheck.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Parses the publication dates inputs carry: an ISO date or date-time, with or without an offset. */
public final class Dates {
    private Dates() {
    }

    /**
     * The date part of an ISO date or date-time.
     *
     * @throws IllegalArgumentException naming the value when it is neither
     */
    public static LocalDate parse(String value) {
        String v = value.strip();
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
