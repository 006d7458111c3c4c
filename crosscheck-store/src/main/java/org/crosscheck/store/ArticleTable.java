package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;

/** Articles, their annotations and their story membership: the rows one ingest writes together. */
final class ArticleTable {
    private static final String ARTICLE_COLUMNS = "id, outlet, published, url, title, language, body, origin";

    private ArticleTable() {
    }

    static final String PUT_ARTICLE = """
            INSERT INTO articles (id, content_hash, outlet, published, url, title, language, body, origin, seq,
                                  stored_at, run_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, outlet = excluded.outlet,
                published = excluded.published, url = excluded.url, title = excluded.title,
                language = excluded.language, body = excluded.body, origin = excluded.origin, seq = excluded.seq,
                stored_at = excluded.stored_at, run_id = excluded.run_id""";
    static final String PUT_ANNOTATIONS = """
            INSERT INTO annotations (article_id, content_hash, json_hash, json, stored_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash,
                json_hash = excluded.json_hash, json = excluded.json, stored_at = excluded.stored_at""";

    /** The outcome of one write inside a transaction; {@code changed} is set when the article row itself changed. */
    record Outcome(Write write, Changed changed) {
    }

    static Outcome putArticle(Connection c, Article a, String runId, long now) throws SQLException {
        String hash = ContentHash.of(a);
        String old = contentHash(c, a.id());
        if (hash.equals(old)) {
            return new Outcome(Write.UNCHANGED, null);
        }
        long seq = Database.next(c, "seq");
        try (PreparedStatement p = c.prepareStatement(PUT_ARTICLE)) {
            bindArticle(p, a, hash, seq, runId, now);
            p.executeUpdate();
        }
        if (old != null) {
            StoryTable.refreshStoryOf(c, a.id(), now);
        }
        return new Outcome(old == null ? Write.INSERTED : Write.UPDATED, new Changed(a, seq));
    }

    /** The article, its annotations and its story membership, in the caller's transaction. */
    static Outcome ingest(Connection c, Ingest in, String runId, long now) throws SQLException {
        Outcome article = putArticle(c, in.doc().article(), runId, now);
        boolean changed = article.write() != Write.UNCHANGED;
        changed |= putAnnotations(c, in.doc(), now);
        if (in.assignment() != null) {
            changed |= StoryTable.assign(c, in.assignment(), now);
        }
        Write w = article.write() != Write.UNCHANGED ? article.write() : changed ? Write.UPDATED : Write.UNCHANGED;
        return new Outcome(w, article.changed());
    }

    private static boolean putAnnotations(Connection c, AnnotatedArticle doc, long now) throws SQLException {
        String json = AnnotationCodec.encode(doc);
        String jsonHash = ContentHash.sha256(json);
        String contentHash = ContentHash.of(doc.article());
        try (PreparedStatement p = c.prepareStatement(
                "SELECT json_hash, content_hash FROM annotations WHERE article_id = ?")) {
            p.setString(1, doc.id());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next() && jsonHash.equals(rs.getString(1)) && contentHash.equals(rs.getString(2))) {
                    return false;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(PUT_ANNOTATIONS)) {
            bindAnnotations(p, doc.id(), contentHash, jsonHash, json, now);
            p.executeUpdate();
        }
        return true;
    }

    /** The parameters of {@link #PUT_ARTICLE}. */
    static void bindArticle(PreparedStatement p, Article a, String hash, long seq, String runId, long now)
            throws SQLException {
        p.setString(1, a.id());
        p.setString(2, hash);
        Sql.text(p, 3, a.outlet());
        Sql.date(p, 4, a.published());
        Sql.text(p, 5, a.url());
        Sql.text(p, 6, a.title());
        Sql.text(p, 7, a.language());
        p.setString(8, a.text());
        Sql.text(p, 9, a.origin());
        p.setLong(10, seq);
        p.setLong(11, now);
        Sql.text(p, 12, runId);
    }

    /** The parameters of {@link #PUT_ANNOTATIONS}. */
    static void bindAnnotations(PreparedStatement p, String articleId, String contentHash, String jsonHash,
                                String json, long now) throws SQLException {
        p.setString(1, articleId);
        p.setString(2, contentHash);
        p.setString(3, jsonHash);
        p.setString(4, json);
        p.setLong(5, now);
    }

    static String contentHash(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static Optional<Article> article(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(article(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The annotated articles among these ids, in the order given. An article whose annotations are missing, or
     * were made on an earlier version of its text, is left out: its old offsets would not fit.
     */
    static List<AnnotatedArticle> annotated(Connection c, Collection<String> ids) throws SQLException {
        Map<String, AnnotatedArticle> found = new LinkedHashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement p = c.prepareStatement("SELECT a." + ARTICLE_COLUMNS.replace(", ", ", a.")
                    + ", n.json FROM articles a JOIN annotations n ON n.article_id = a.id"
                    + " AND n.content_hash = a.content_hash WHERE a.id IN (" + Sql.marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        Article a = article(rs);
                        found.put(a.id(), AnnotationCodec.decode(a, rs.getString("json")));
                    }
                }
            }
        }
        List<AnnotatedArticle> out = new ArrayList<>();
        for (String id : all) {
            AnnotatedArticle d = found.get(id);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** Articles in the order they last changed, oldest first, after the cursor. */
    static Page<ArticleSummary> list(Connection c, Cursor after, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                SELECT a.id, a.outlet, a.published, a.title, a.url, m.story_id, a.seq
                FROM articles a LEFT JOIN story_members m ON m.article_id = a.id
                WHERE a.seq > ? ORDER BY a.seq LIMIT ?""")) {
            p.setLong(1, after == null ? Long.MIN_VALUE : after.seq());
            p.setInt(2, limit + 1);
            List<ArticleSummary> items = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    items.add(new ArticleSummary(rs.getString(1), rs.getString(2), Sql.date(rs, "published"),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7)));
                }
            }
            return page(items, limit, s -> new Cursor(s.seq(), s.id()));
        }
    }

    /** Articles whose row changed after {@code seq}, oldest change first: what a derived index must catch up on. */
    static List<Changed> changedAfter(Connection c, long seq, int limit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + ", seq FROM articles WHERE seq > ? ORDER BY seq LIMIT ?")) {
            p.setLong(1, seq);
            p.setInt(2, limit);
            List<Changed> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Changed(article(rs), rs.getLong("seq")));
                }
            }
            return out;
        }
    }

    static long maxSeq(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM articles");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long count(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM articles");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Article article(ResultSet rs) throws SQLException {
        return new Article(rs.getString("id"), rs.getString("outlet"), Sql.date(rs, "published"), rs.getString("url"),
                rs.getString("title"), rs.getString("language"), rs.getString("body"), rs.getString("origin"));
    }

    static <T> Page<T> page(List<T> items, int limit, java.util.function.Function<T, Cursor> cursor) {
        if (items.size() <= limit) {
            return new Page<>(items, null);
        }
        List<T> shown = items.subList(0, limit);
        return new Page<>(shown, cursor.apply(shown.get(limit - 1)).encode());
    }
}
