package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;

/**
 * Each story's latest brief, stored rendered (JSON and Markdown) so a reader is served without re-running the
 * pipeline, and its claim groups as rows for queries across stories.
 */
final class BriefTable {
    private BriefTable() {
    }

    record Rendered(String storyId, String headline, String json, String markdown, List<ClaimGroup> claims) {
    }

    static Write put(Connection c, Rendered b, String runId, long now) throws SQLException {
        String hash = ContentHash.sha256(b.json() + "\u0000" + b.markdown());
        boolean existed = false;
        try (PreparedStatement p = c.prepareStatement("SELECT json_hash FROM briefs WHERE story_id = ?")) {
            p.setString(1, b.storyId());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    if (hash.equals(rs.getString(1))) {
                        return Write.UNCHANGED;
                    }
                    existed = true;
                }
            }
        }
        StoryTable.ensure(c, b.storyId(), now);
        StoryTable.touch(c, b.storyId(), b.headline(), now);
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO briefs (story_id, headline, json_hash, json, markdown, seq, updated_at, run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (story_id) DO UPDATE SET headline = excluded.headline, json_hash = excluded.json_hash,
                    json = excluded.json, markdown = excluded.markdown, seq = excluded.seq,
                    updated_at = excluded.updated_at, run_id = excluded.run_id""")) {
            p.setString(1, b.storyId());
            Sql.text(p, 2, b.headline());
            p.setString(3, hash);
            p.setString(4, b.json());
            p.setString(5, b.markdown());
            p.setLong(6, Database.next(c, "seq"));
            p.setLong(7, now);
            Sql.text(p, 8, runId);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM claim_articles WHERE story_id = ?")) {
            p.setString(1, b.storyId());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM claims WHERE story_id = ?")) {
            p.setString(1, b.storyId());
            p.executeUpdate();
        }
        try (PreparedStatement claim = c.prepareStatement("""
                INSERT INTO claims (story_id, id, ordinal, statement, status, first_reported, superseded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement article = c.prepareStatement(
                     "INSERT INTO claim_articles (story_id, claim_id, article_id) VALUES (?, ?, ?)")) {
            int ordinal = 0;
            Map<String, ClaimGroup> distinct = new LinkedHashMap<>();
            b.claims().forEach(g -> distinct.putIfAbsent(g.id(), g));
            for (ClaimGroup g : distinct.values()) {
                claim.setString(1, b.storyId());
                claim.setString(2, g.id());
                claim.setInt(3, ordinal++);
                claim.setString(4, g.statement() == null ? "" : g.statement());
                claim.setString(5, g.status().name());
                Sql.text(claim, 6, g.firstReported());
                Sql.text(claim, 7, g.supersededBy());
                claim.addBatch();
                for (String a : g.articles()) {
                    article.setString(1, b.storyId());
                    article.setString(2, g.id());
                    article.setString(3, a);
                    article.addBatch();
                }
            }
            claim.executeBatch();
            article.executeBatch();
        }
        return existed ? Write.UPDATED : Write.INSERTED;
    }

    static Optional<StoredBrief> get(Connection c, String storyId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT story_id, headline, json, markdown, updated_at, run_id FROM briefs WHERE story_id = ?")) {
            p.setString(1, storyId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next()
                        ? Optional.of(new StoredBrief(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), Sql.instant(rs, "updated_at"), rs.getString(6)))
                        : Optional.empty();
            }
        }
    }

    private static final String CLAIMS = """
            SELECT c.story_id, c.id, c.ordinal, c.statement, c.status, c.first_reported, c.superseded_by,
                   ca.article_id
            FROM claims c LEFT JOIN claim_articles ca ON ca.story_id = c.story_id AND ca.claim_id = c.id""";

    static List<StoredClaim> ofStory(Connection c, String storyId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(CLAIMS
                + " WHERE c.story_id = ? ORDER BY c.ordinal, ca.article_id")) {
            p.setString(1, storyId);
            return claims(p);
        }
    }

    /** Claims whose support includes this article, in every story. */
    static List<StoredClaim> citing(Connection c, String articleId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(CLAIMS + """
                 WHERE EXISTS (SELECT 1 FROM claim_articles x WHERE x.story_id = c.story_id AND x.claim_id = c.id
                               AND x.article_id = ?)
                ORDER BY c.story_id, c.ordinal, ca.article_id""")) {
            p.setString(1, articleId);
            return claims(p);
        }
    }

    private static List<StoredClaim> claims(PreparedStatement p) throws SQLException {
        Map<String, StoredClaim> out = new LinkedHashMap<>();
        Map<String, List<String>> articles = new LinkedHashMap<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1) + "\u0000" + rs.getString(2);
                if (!out.containsKey(key)) {
                    out.put(key, new StoredClaim(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            ClaimStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), List.of()));
                    articles.put(key, new ArrayList<>());
                }
                if (rs.getString(8) != null) {
                    articles.get(key).add(rs.getString(8));
                }
            }
        }
        List<StoredClaim> list = new ArrayList<>();
        out.forEach((k, s) -> list.add(new StoredClaim(s.storyId(), s.id(), s.ordinal(), s.statement(), s.status(),
                s.firstReported(), s.supersededBy(), articles.get(k))));
        return list;
    }
}
