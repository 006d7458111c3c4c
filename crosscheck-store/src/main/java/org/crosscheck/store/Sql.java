package org.crosscheck.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/** Conversions between the portable column types (ISO text dates, epoch-millisecond instants) and Java. */
final class Sql {
    private Sql() {
    }

    static void text(PreparedStatement p, int i, String s) throws SQLException {
        if (s == null) {
            p.setNull(i, Types.VARCHAR);
        } else {
            p.setString(i, s);
        }
    }

    static void date(PreparedStatement p, int i, LocalDate d) throws SQLException {
        text(p, i, d == null ? null : d.toString());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    /** {@code ?, ?, ?} for an IN list of n values. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
