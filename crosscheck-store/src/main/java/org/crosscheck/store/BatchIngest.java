package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.StoryAssignment;

/**
 * A batch of ingests written with a fixed number of statements, whatever its size: one read of what is stored for
 * all its articles, one reservation of change sequence numbers, then one batched statement per kind of row
 * (articles, annotations, stories, members, story summaries). With PostgreSQL each statement is a round trip to
 * the server, so writing row by row (about twelve statements an article) made the network, not the database, the
 * limit; the rows written, and the outcome of each ingest, are those of {@link ArticleTable#ingest} called once an
 * article. A batch that names an article twice is written one ingest at a time, since the second must see the first.
 */
final class BatchIngest {
    /** Ids a single read asks for at most (SQLite and PostgreSQL both take far more parameters than this). */
    private static final int READ_CHUNK = 500;

    private BatchIngest() {
    }

    /** What the store holds for one article before the batch. */
    private record Held(String contentHash, String jsonHash, String annotatedHash, String story, boolean newStory,
                        double score, String duplicateOf) {
        static final Held NOTHING = new Held(null, null, null, null, false, 0, null);

        boolean sameDecision(StoryAssignment a) {
            return a.story().equals(story) && newStory == a.newStory() && score == a.score()
                    && Objects.equals(duplicateOf, a.duplicateOf());
        }
    }

    /** One ingest's rows, decided before any is written. */
    private record Plan(Ingest in, Held held, String hash, boolean articleChanged, String json, String jsonHash,
                        String annotatedHash, boolean annotationsChanged, boolean memberChanged) {
    }

    static List<ArticleTable.Outcome> write(Connection c, List<Ingest> batch, String runId, long now)
            throws SQLException {
        Set<String> ids = new HashSet<>();
        for (Ingest in : batch) {
            if (!ids.add(in.doc().id())) {
                List<ArticleTable.Outcome> out = new ArrayList<>();
                for (Ingest each : batch) {
                    out.add(ArticleTable.ingest(c, each, runId, now));
                }
                return out;
            }
        }
        Map<String, Held> held = held(c, batch.stream().map(in -> in.doc().id()).toList());
        List<Plan> plans = new ArrayList<>(batch.size());
        for (Ingest in : batch) {
            plans.add(plan(in, held.getOrDefault(in.doc().id(), Held.NOTHING)));
        }
        // stories whose summary must be recomputed, in the order of their last change (the newest ends up first)
        Set<String> refresh = new LinkedHashSet<>();
        Set<String> created = new LinkedHashSet<>();
        for (Plan p : plans) {
            if (p.articleChanged() && p.held().contentHash() != null && p.held().story() != null) {
                touch(refresh, p.held().story()); // its outlet or date may have changed
            }
            if (p.memberChanged()) {
                StoryAssignment a = p.in().assignment();
                created.add(a.story());
                if (p.held().story() != null && !p.held().story().equals(a.story())) {
                    touch(refresh, p.held().story());
                }
                touch(refresh, a.story());
            }
        }
        int articles = (int) plans.stream().filter(Plan::articleChanged).count();
        int numbers = articles + created.size() + refresh.size();
        long seq = numbers == 0 ? 0 : Database.reserve(c, "seq", numbers);

        List<ArticleTable.Outcome> out = new ArrayList<>(plans.size());
        try (PreparedStatement p = c.prepareStatement(ArticleTable.PUT_ARTICLE)) {
            for (Plan plan : plans) {
                Changed changed = null;
                if (plan.articleChanged()) {
                    Article a = plan.in().doc().article();
                    ArticleTable.bindArticle(p, a, plan.hash(), seq, runId, now);
                    p.addBatch();
                    changed = new Changed(a, seq++);
                }
                boolean any = plan.articleChanged() || plan.annotationsChanged() || plan.memberChanged();
                Write w = !plan.articleChanged() ? any ? Write.UPDATED : Write.UNCHANGED
                        : plan.held().contentHash() == null ? Write.INSERTED : Write.UPDATED;
                out.add(new ArticleTable.Outcome(w, changed));
            }
            run(p, articles);
        }
        try (PreparedStatement p = c.prepareStatement(ArticleTable.PUT_ANNOTATIONS)) {
            int n = 0;
            for (Plan plan : plans) {
                if (plan.annotationsChanged()) {
                    ArticleTable.bindAnnotations(p, plan.in().doc().id(), plan.annotatedHash(), plan.jsonHash(),
                            plan.json(), now);
                    p.addBatch();
                    n++;
                }
            }
            run(p, n);
        }
        if (!created.isEmpty()) {
            // a story row for every story the batch puts an article in; those that exist stay as they are
            try (PreparedStatement p = c.prepareStatement(StoryTable.NEW_STORY + " ON CONFLICT (id) DO NOTHING")) {
                for (String story : created) {
                    p.setString(1, story);
                    p.setLong(2, seq++);
                    p.setLong(3, now);
                    p.addBatch();
                }
                run(p, created.size());
            }
        }
        writeMembers(c, plans);
        if (!refresh.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement(StoryTable.REFRESH)) {
                for (String story : refresh) {
                    StoryTable.bindRefresh(p, story, seq++, now);
                    p.addBatch();
                }
                run(p, refresh.size());
            }
        }
        return out;
    }

    private static Plan plan(Ingest in, Held h) {
        AnnotatedArticle doc = in.doc();
        String hash = ContentHash.of(doc.article());
        String json = AnnotationCodec.encode(doc);
        String jsonHash = ContentHash.sha256(json);
        boolean annotationsChanged = !(jsonHash.equals(h.jsonHash()) && hash.equals(h.annotatedHash()));
        boolean memberChanged = in.assignment() != null && !h.sameDecision(in.assignment());
        return new Plan(in, h, hash, !hash.equals(h.contentHash()), json, jsonHash, hash, annotationsChanged,
                memberChanged);
    }

    /** Members: a changed decision in the same story keeps its place; a new or moved one goes to the end. */
    private static void writeMembers(Connection c, List<Plan> plans) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(StoryTable.UPDATE_MEMBER);
             PreparedStatement put = c.prepareStatement(StoryTable.PUT_MEMBER)) {
            int updates = 0;
            int puts = 0;
            for (Plan plan : plans) {
                if (!plan.memberChanged()) {
                    continue;
                }
                StoryAssignment a = plan.in().assignment();
                if (a.story().equals(plan.held().story())) {
                    StoryTable.bindUpdateMember(update, a);
                    update.addBatch();
                    updates++;
                } else {
                    StoryTable.bindPutMember(put, a);
                    put.addBatch();
                    puts++;
                }
            }
            run(update, updates);
            run(put, puts);
        }
    }

    private static void touch(Set<String> stories, String story) {
        stories.remove(story);
        stories.add(story);
    }

    private static void run(PreparedStatement p, int rows) throws SQLException {
        if (rows > 0) {
            p.executeBatch();
        }
    }

    /** What is stored for these articles: one statement per chunk of ids, joining the three tables. */
    private static Map<String, Held> held(Connection c, List<String> ids) throws SQLException {
        Map<String, Held> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += READ_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + READ_CHUNK));
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT i.id, a.content_hash, n.json_hash, n.content_hash, m.story_id, m.new_story, m.score,
                           m.duplicate_of
                    FROM (SELECT id FROM articles WHERE id IN (%1$s)
                          UNION SELECT article_id FROM annotations WHERE article_id IN (%1$s)
                          UNION SELECT article_id FROM story_members WHERE article_id IN (%1$s)) i
                    LEFT JOIN articles a ON a.id = i.id
                    LEFT JOIN annotations n ON n.article_id = i.id
                    LEFT JOIN story_members m ON m.article_id = i.id""".formatted(Sql.marks(chunk.size())))) {
                for (int k = 0; k < 3; k++) {
                    for (int i = 0; i < chunk.size(); i++) {
                        p.setString(k * chunk.size() + i + 1, chunk.get(i));
                    }
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Held(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getBoolean(6), rs.getDouble(7), rs.getString(8)));
                    }
                }
            }
        }
        return out;
    }
}
