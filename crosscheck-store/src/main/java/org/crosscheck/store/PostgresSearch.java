package org.crosscheck.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's own text search: the {@code articles.search} tsvector column (title weighted over body) with its
 * GIN index, {@code websearch_to_tsquery} for the query and {@code ts_headline} for snippets. Nothing to keep in
 * step: the column is generated in the same row as the text.
 */
final class PostgresSearch implements FullText {
    private static final String HEADLINE_OPTIONS = "StartSel=" + Snippets.START + ", StopSel=" + Snippets.STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    @Override
    public void catchUp(Database db) {
    }

    @Override
    public void indexed(List<Changed> changed) {
    }

    @Override
    public List<SearchHit> search(Database db, String query, int limit, int offset) {
        return db.read("searching for '" + query + "'", c -> {
            // the headline is computed for the returned page only: it re-parses the whole text
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT a.id, a.title, a.outlet, a.published, m.story_id, h.rank,
                           ts_headline('english', left(a.body, 400000), h.q, ?) AS snippet
                    FROM (SELECT id, q, ts_rank_cd(search, q) AS rank
                          FROM articles, websearch_to_tsquery('english', ?) AS q
                          WHERE search @@ q ORDER BY rank DESC, id LIMIT ? OFFSET ?) h
                    JOIN articles a ON a.id = h.id
                    LEFT JOIN story_members m ON m.article_id = a.id
                    ORDER BY h.rank DESC, a.id""")) {
                p.setString(1, HEADLINE_OPTIONS);
                p.setString(2, query);
                p.setInt(3, limit);
                p.setInt(4, offset);
                List<SearchHit> hits = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        Snippets.Marked s = Snippets.unmark(rs.getString("snippet"));
                        hits.add(new SearchHit(rs.getString("id"), rs.getString("title"), rs.getString("outlet"),
                                Sql.date(rs, "published"), rs.getString("story_id"), rs.getDouble("rank"), s.text(),
                                s.matches()));
                    }
                }
                return hits;
            }
        });
    }

    @Override
    public void close() {
    }
}
