package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.state.StoryMerge;

/**
 * Story merges, in the order they happened. Written in the transaction of the articles whose arrival made them, so
 * a reader (or a restart) never sees a merge without its article, or the article's assignment without the merge
 * that decided it.
 */
final class MergeTable {
    private MergeTable() {
    }

    /**
     * Records the merges not stored yet, in order; a merge stored before is left as it is. Both stories and the
     * article must be stored already (earlier, or earlier in the same transaction).
     *
     * @return how many were new
     * @throws IllegalArgumentException when a story is already recorded as merged into another story: one story is
     *                                  merged away once, so the caller's state and the store's disagree
     */
    static int put(Connection c, List<StoryMerge> merges, String runId, long now) throws SQLException {
        Map<String, StoryMerge> fresh = new LinkedHashMap<>();
        for (StoryMerge m : merges) {
            StoryMerge known = fresh.containsKey(m.from()) ? fresh.get(m.from()) : stored(c, m.from());
            if (known == null) {
                fresh.put(m.from(), m);
            } else if (!known.into().equals(m.into())) {
                throw new IllegalArgumentException("story " + m.from() + " was merged into " + known.into()
                        + " already, not into " + m.into());
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        long seq = Database.reserve(c, "seq", fresh.size());
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO story_merges (from_story, into_story, at_article, score, seq, merged_at, run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (StoryMerge m : fresh.values()) {
                p.setString(1, m.from());
                p.setString(2, m.into());
                p.setString(3, m.atArticle());
                p.setDouble(4, m.score());
                p.setLong(5, seq++);
                p.setLong(6, now);
                Sql.text(p, 7, runId);
                p.addBatch();
            }
            p.executeBatch();
        }
        return fresh.size();
    }

    private static StoryMerge stored(Connection c, String from) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE from_story = ?")) {
            p.setString(1, from);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? merge(rs) : null;
            }
        }
    }

    /** Every merge, in the order it happened. */
    static List<StoryMerge> all(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT + " ORDER BY seq");
             ResultSet rs = p.executeQuery()) {
            List<StoryMerge> out = new ArrayList<>();
            while (rs.next()) {
                out.add(merge(rs));
            }
            return out;
        }
    }

    private static final String SELECT = "SELECT from_story, into_story, at_article, score FROM story_merges";

    private static StoryMerge merge(ResultSet rs) throws SQLException {
        return new StoryMerge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4));
    }
}
