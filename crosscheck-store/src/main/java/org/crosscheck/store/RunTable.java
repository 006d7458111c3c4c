package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The run history. Problems are written as they happen, each in its own transaction, so a run that dies keeps
 * what it had reported; such a run stays {@code running} with no end time.
 */
final class RunTable {
    private RunTable() {
    }

    static String start(Connection c, String command, long now) throws SQLException {
        long number = Database.next(c, "run");
        String id = "r" + number;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO runs (id, number, command, started_at, status) VALUES (?, ?, ?, ?, 'running')")) {
            p.setString(1, id);
            p.setLong(2, number);
            p.setString(3, command);
            p.setLong(4, now);
            p.executeUpdate();
        }
        return id;
    }

    static void problem(Connection c, String runId, RunProblem problem) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO run_problems (run_id, ordinal, origin, message)
                VALUES (?, (SELECT COALESCE(MAX(ordinal) + 1, 0) FROM run_problems WHERE run_id = ?), ?, ?)""")) {
            p.setString(1, runId);
            p.setString(2, runId);
            Sql.text(p, 3, problem.origin());
            p.setString(4, problem.message());
            if (p.executeUpdate() != 1) {
                throw new SQLException("no run " + runId);
            }
        }
    }

    static void finish(Connection c, String runId, RunCounts counts, boolean ok, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                UPDATE runs SET ended_at = ?, status = ?, articles_read = ?, articles_written = ?,
                    articles_unchanged = ?, problem_count = ? WHERE id = ?""")) {
            p.setLong(1, now);
            p.setString(2, ok ? "ok" : "failed");
            p.setLong(3, counts.articlesRead());
            p.setLong(4, counts.articlesWritten());
            p.setLong(5, counts.articlesUnchanged());
            p.setLong(6, counts.problems());
            p.setString(7, runId);
            if (p.executeUpdate() != 1) {
                throw new SQLException("no run " + runId);
            }
        }
    }

    private static final String RUN = "SELECT id, number, command, started_at, ended_at, status, articles_read,"
            + " articles_written, articles_unchanged, problem_count FROM runs";

    static Optional<Run> get(Connection c, String runId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(RUN + " WHERE id = ?")) {
            p.setString(1, runId);
            List<Run> runs = runs(c, p);
            return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
        }
    }

    /** Runs, latest first, after the cursor. */
    static Page<Run> list(Connection c, Cursor after, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(RUN + " WHERE number < ? ORDER BY number DESC LIMIT ?")) {
            p.setLong(1, after == null ? Long.MAX_VALUE : after.seq());
            p.setInt(2, limit + 1);
            return ArticleTable.page(runs(c, p), limit,
                    r -> new Cursor(Long.parseLong(r.id().substring(1)), r.id()));
        }
    }

    private static List<Run> runs(Connection c, PreparedStatement p) throws SQLException {
        List<Run> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("id");
                out.add(new Run(id, rs.getString("command"), Sql.instant(rs, "started_at"),
                        Sql.instant(rs, "ended_at"), rs.getString("status"),
                        new RunCounts(rs.getLong("articles_read"), rs.getLong("articles_written"),
                                rs.getLong("articles_unchanged"), rs.getLong("problem_count")),
                        List.of()));
            }
        }
        List<Run> withProblems = new ArrayList<>();
        for (Run r : out) {
            withProblems.add(new Run(r.id(), r.command(), r.startedAt(), r.endedAt(), r.status(), r.counts(),
                    problems(c, r.id())));
        }
        return withProblems;
    }

    private static List<RunProblem> problems(Connection c, String runId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT origin, message FROM run_problems WHERE run_id = ? ORDER BY ordinal")) {
            p.setString(1, runId);
            List<RunProblem> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new RunProblem(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        }
    }
}
