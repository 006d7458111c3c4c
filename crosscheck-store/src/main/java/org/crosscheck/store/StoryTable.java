package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;

/**
 * Stories and their members. A story's summary row (counts, dates) is recomputed from its members in the same
 * transaction as every change to them, so it can never disagree with them.
 */
final class StoryTable {
    static final String NEW_STORY = """
            INSERT INTO stories (id, headline, article_count, outlet_count, seq, updated_at)
            VALUES (?, NULL, 0, 0, ?, ?)""";
    static final String UPDATE_MEMBER =
            "UPDATE story_members SET new_story = ?, score = ?, duplicate_of = ? WHERE article_id = ?";
    /** A member at the end of its story (a moved article leaves its old story). */
    static final String PUT_MEMBER = """
            INSERT INTO story_members (article_id, story_id, ordinal, new_story, score, duplicate_of)
            VALUES (?, ?, (SELECT COALESCE(MAX(ordinal) + 1, 0) FROM story_members WHERE story_id = ?), ?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, ordinal = excluded.ordinal,
                new_story = excluded.new_story, score = excluded.score, duplicate_of = excluded.duplicate_of""";
    /** A story's summary recomputed from its members, with a new change sequence number. */
    static final String REFRESH = """
            UPDATE stories SET
                article_count = (SELECT COUNT(*) FROM story_members WHERE story_id = ?),
                outlet_count = (SELECT COUNT(DISTINCT a.outlet) FROM story_members m
                                JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?),
                first_published = (SELECT MIN(a.published) FROM story_members m
                                   JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?),
                last_published = (SELECT MAX(a.published) FROM story_members m
                                  JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?),
                seq = ?, updated_at = ?
            WHERE id = ?""";

    private StoryTable() {
    }

    static void bindUpdateMember(PreparedStatement p, StoryAssignment a) throws SQLException {
        p.setBoolean(1, a.newStory());
        p.setDouble(2, a.score());
        Sql.text(p, 3, a.duplicateOf());
        p.setString(4, a.article());
    }

    static void bindPutMember(PreparedStatement p, StoryAssignment a) throws SQLException {
        p.setString(1, a.article());
        p.setString(2, a.story());
        p.setString(3, a.story());
        p.setBoolean(4, a.newStory());
        p.setDouble(5, a.score());
        Sql.text(p, 6, a.duplicateOf());
    }

    static void bindRefresh(PreparedStatement p, String storyId, long seq, long now) throws SQLException {
        for (int i = 1; i <= 4; i++) {
            p.setString(i, storyId);
        }
        p.setLong(5, seq);
        p.setLong(6, now);
        p.setString(7, storyId);
    }

    /** Puts an article in a story; {@code false} when it was already there with the same decision. */
    static boolean assign(Connection c, StoryAssignment a, long now) throws SQLException {
        String oldStory = null;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT story_id, new_story, score, duplicate_of FROM story_members WHERE article_id = ?")) {
            p.setString(1, a.article());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    oldStory = rs.getString(1);
                    if (oldStory.equals(a.story()) && rs.getBoolean(2) == a.newStory() && rs.getDouble(3) == a.score()
                            && Objects.equals(rs.getString(4), a.duplicateOf())) {
                        return false;
                    }
                }
            }
        }
        ensure(c, a.story(), now);
        if (a.story().equals(oldStory)) {
            try (PreparedStatement p = c.prepareStatement(UPDATE_MEMBER)) {
                bindUpdateMember(p, a);
                p.executeUpdate();
            }
        } else {
            try (PreparedStatement p = c.prepareStatement(PUT_MEMBER)) {
                bindPutMember(p, a);
                p.executeUpdate();
            }
            if (oldStory != null) {
                refresh(c, oldStory, now);
            }
        }
        refresh(c, a.story(), now);
        return true;
    }

    /** Creates the story's row when it has none, so members and briefs can refer to it. */
    static void ensure(Connection c, String storyId, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM stories WHERE id = ?")) {
            p.setString(1, storyId);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(NEW_STORY)) {
            p.setString(1, storyId);
            p.setLong(2, Database.next(c, "seq"));
            p.setLong(3, now);
            p.executeUpdate();
        }
    }

    /** After an article's outlet or date changed, its story's summary follows. */
    static void refreshStoryOf(Connection c, String articleId, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT story_id FROM story_members WHERE article_id = ?")) {
            p.setString(1, articleId);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    refresh(c, rs.getString(1), now);
                }
            }
        }
    }

    /** Recomputes a story's summary from its members and moves it to the front of the recently-updated list. */
    static void refresh(Connection c, String storyId, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(REFRESH)) {
            bindRefresh(p, storyId, Database.next(c, "seq"), now);
            p.executeUpdate();
        }
    }

    /** Marks a story changed (a new brief) without touching its members. */
    static void touch(Connection c, String storyId, String headline, long now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE stories SET headline = ?, seq = ?, updated_at = ? WHERE id = ?")) {
            Sql.text(p, 1, headline);
            p.setLong(2, Database.next(c, "seq"));
            p.setLong(3, now);
            p.setString(4, storyId);
            p.executeUpdate();
        }
    }

    private static final String SUMMARY = "SELECT id, headline, article_count, outlet_count, first_published,"
            + " last_published, updated_at, seq FROM stories";

    /** Stories, most recently changed first, after the cursor. */
    static Page<StorySummary> list(Connection c, Cursor after, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SUMMARY + " WHERE seq < ? ORDER BY seq DESC LIMIT ?")) {
            p.setLong(1, after == null ? Long.MAX_VALUE : after.seq());
            p.setInt(2, limit + 1);
            List<StorySummary> items = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    items.add(summary(rs));
                }
            }
            return ArticleTable.page(items, limit, s -> new Cursor(s.seq(), s.id()));
        }
    }

    static Optional<StorySummary> summary(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SUMMARY + " WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
            }
        }
    }

    /** The story as the api record: members in order of arrival, their distinct outlets, the date range. */
    static Optional<Story> story(Connection c, String id) throws SQLException {
        if (summary(c, id).isEmpty()) {
            return Optional.empty();
        }
        List<String> articles = new ArrayList<>();
        Set<String> outlets = new LinkedHashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        try (PreparedStatement p = c.prepareStatement("""
                SELECT m.article_id, a.outlet, a.published FROM story_members m JOIN articles a ON a.id = m.article_id
                WHERE m.story_id = ? ORDER BY m.ordinal, m.article_id""")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    articles.add(rs.getString(1));
                    if (rs.getString(2) != null) {
                        outlets.add(rs.getString(2));
                    }
                    LocalDate d = Sql.date(rs, "published");
                    if (d != null) {
                        first = first == null || d.isBefore(first) ? d : first;
                        last = last == null || d.isAfter(last) ? d : last;
                    }
                }
            }
        }
        return Optional.of(new Story(id, articles, List.copyOf(outlets), first, last));
    }

    static List<StoryAssignment> assignments(Connection c, String storyId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                SELECT article_id, story_id, new_story, score, duplicate_of FROM story_members
                WHERE story_id = ? ORDER BY ordinal, article_id""")) {
            p.setString(1, storyId);
            List<StoryAssignment> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoryAssignment(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getDouble(4),
                            rs.getString(5)));
                }
            }
            return out;
        }
    }

    static Optional<String> storyOf(Connection c, String articleId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT story_id FROM story_members WHERE article_id = ?")) {
            p.setString(1, articleId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static StorySummary summary(ResultSet rs) throws SQLException {
        return new StorySummary(rs.getString("id"), rs.getString("headline"), rs.getInt("article_count"),
                rs.getInt("outlet_count"), Sql.date(rs, "first_published"), Sql.date(rs, "last_published"),
                Sql.instant(rs, "updated_at"), rs.getLong("seq"));
    }
}
