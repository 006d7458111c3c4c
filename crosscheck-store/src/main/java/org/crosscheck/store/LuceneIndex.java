package org.crosscheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.crosscheck.api.Span;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded store's full-text index: Lucene under the data directory, derived from the database.
 *
 * <p>Each Lucene commit records the highest change sequence number it contains. Articles are indexed right after
 * their database commit, in commit order, and the index commits every so often; on open it re-indexes every
 * article changed after its last commit. So a crash between the database commit and the index commit costs a
 * little re-indexing and never a missing article. The text itself is not stored here: snippets are cut from the
 * database's copy of the page of hits.
 */
final class LuceneIndex implements FullText {
    private static final String SEQ = "crosscheck.seq";
    // bumped when the fields change: an index in another format is rebuilt from the database on open
    private static final String FORMAT = "crosscheck.format";
    private static final String CURRENT_FORMAT = "2";
    private static final int COMMIT_EVERY_DOCS = 2000;
    private static final long COMMIT_EVERY_MS = 5000;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    // how many batches were added, and how many of them the searchers are known to show
    private final AtomicLong addedGeneration = new AtomicLong();
    private final AtomicLong searchableGeneration = new AtomicLong();
    private long indexedSeq;
    private long committedSeq;
    private int uncommitted;
    private long lastCommit = System.currentTimeMillis();

    LuceneIndex(Path dir) {
        try {
            directory = FSDirectory.open(dir);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            if (CURRENT_FORMAT.equals(data.get(FORMAT))) {
                committedSeq = Long.parseLong(data.getOrDefault(SEQ, "0"));
            } else {
                writer.deleteAll();
            }
            indexedSeq = committedSeq;
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index in " + dir
                    + " (is another crosscheck process using this data directory?)", e);
        }
    }

    @Override
    public synchronized void catchUp(Database db) {
        long dbSeq = db.read("reading the change sequence", ArticleTable::maxSeq);
        try {
            if (committedSeq > dbSeq) {
                // the index is ahead of the database it was derived from (the database file was replaced): rebuild
                writer.deleteAll();
                committedSeq = 0;
                indexedSeq = 0;
            }
            while (true) {
                long from = indexedSeq;
                List<Changed> batch = db.read("reading articles to index",
                        c -> ArticleTable.changedAfter(c, from, 1000));
                if (batch.isEmpty()) {
                    break;
                }
                add(batch);
            }
            commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StoreException("cannot catch up the search index", e);
        }
    }

    @Override
    public synchronized void indexed(List<Changed> changed) {
        try {
            add(changed);
            if (uncommitted >= COMMIT_EVERY_DOCS || System.currentTimeMillis() - lastCommit > COMMIT_EVERY_MS) {
                commit();
            }
            // the writer pays for making its articles searchable, not the next reader: a search that had to
            // refresh took a reader's request from ~1 ms to hundreds under a steady writer
            refreshSearchers();
        } catch (IOException e) {
            // the database has the article; the next open re-indexes it
            throw new StoreException("cannot index articles (they are stored; reopen the store to re-index)", e);
        }
    }

    private void add(List<Changed> changed) throws IOException {
        for (Changed ch : changed) {
            Document d = new Document();
            d.add(new StringField("id", ch.article().id(), Field.Store.YES));
            String title = ch.article().title() == null ? "" : ch.article().title();
            d.add(new TextField("title", title, Field.Store.NO));
            // one field for matching keeps a query's terms plain term queries (fast conjunctions)
            d.add(new TextField("text", title + "\n" + ch.article().text(), Field.Store.NO));
            writer.updateDocument(new Term("id", ch.article().id()), d);
            indexedSeq = Math.max(indexedSeq, ch.seq());
            uncommitted++;
        }
        if (!changed.isEmpty()) {
            addedGeneration.incrementAndGet();
        }
    }

    /**
     * Opens a searcher on everything added so far unless a refresh begun after the last addition has completed
     * ({@code maybeRefreshBlocking} waits for a running refresh, then does its own). Writers call it before they
     * return, so a search normally finds nothing to do here; a search still calls it, as a safety net.
     */
    private void refreshSearchers() throws IOException {
        long added = addedGeneration.get();
        if (searchableGeneration.get() < added) {
            searchers.maybeRefreshBlocking();
            searchableGeneration.accumulateAndGet(added, Math::max);
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(indexedSeq), FORMAT, CURRENT_FORMAT).entrySet());
        writer.commit();
        committedSeq = indexedSeq;
        uncommitted = 0;
        lastCommit = System.currentTimeMillis();
    }

    @Override
    public List<SearchHit> search(Database db, String query, int limit, int offset) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        Query match = parse(query, "text");
        if (match == null) {
            return List.of();
        }
        Query inTitle = parse(query, "title");
        // every hit matches the whole query in title or body; matching it in the title ranks higher
        Query q = inTitle == null ? match : new BooleanQuery.Builder()
                .add(match, BooleanClause.Occur.MUST)
                .add(new BoostQuery(inTitle, 2.0f), BooleanClause.Occur.SHOULD)
                .build();
        List<String> ids = new ArrayList<>();
        Map<String, Float> scores = new HashMap<>();
        try {
            // an acknowledged article must be searchable at once: refresh unless a refresh begun after its
            // addition has completed (maybeRefreshBlocking waits for a running refresh, then does its own)
            refreshSearchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(q, offset + limit);
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < docs.length; i++) {
                    String id = searcher.storedFields().document(docs[i].doc).get("id");
                    ids.add(id);
                    scores.put(id, docs[i].score);
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("searching for '" + query + "'", e);
        }
        Set<String> terms = new HashSet<>();
        match.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... ts) {
                for (Term t : ts) {
                    terms.add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                // terms the query excludes are not highlighted
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return hits(db, terms, ids, scores);
    }

    private Query parse(String query, String field) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, field);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(query);
    }

    private List<SearchHit> hits(Database db, Set<String> terms, List<String> ids, Map<String, Float> scores) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, SearchHit> byId = db.read("reading search hits", c -> {
            Map<String, SearchHit> out = new HashMap<>();
            try (var p = c.prepareStatement("SELECT a.id, a.title, a.outlet, a.published, a.body, m.story_id"
                    + " FROM articles a LEFT JOIN story_members m ON m.article_id = a.id WHERE a.id IN ("
                    + Sql.marks(ids.size()) + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    p.setString(i + 1, ids.get(i));
                }
                try (var rs = p.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString("id");
                        Snippets.Marked s = snippet(terms, rs.getString("body"));
                        out.put(id, new SearchHit(id, rs.getString("title"), rs.getString("outlet"),
                                Sql.date(rs, "published"), rs.getString("story_id"), scores.get(id), s.text(),
                                s.matches()));
                    }
                }
            }
            return out;
        });
        List<SearchHit> hits = new ArrayList<>();
        for (String id : ids) {
            if (byId.containsKey(id)) {
                hits.add(byId.get(id));
            }
        }
        return hits;
    }

    /** The stretch of the body with the most query terms near its start, the terms marked. */
    private Snippets.Marked snippet(Set<String> terms, String body) {
        List<Span> found = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", body)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    found.add(new Span(offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            // a snippet is a convenience: fall back to the lead rather than fail the search
            found.clear();
        }
        return Snippets.around(body, found, 220);
    }

    @Override
    public synchronized void close() {
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index", e);
        }
    }

    /** The change sequence number the last index commit covers; for tests. */
    synchronized long committedSeq() {
        return committedSeq;
    }
}
