package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.state.StoryMerge;
import org.crosscheck.render.BriefJson;
import org.crosscheck.render.BriefMarkdown;
import org.crosscheck.render.Json;

/**
 * crosscheck's durable store: articles with their annotations, stories, briefs and claims, the run history, and
 * full-text search over the articles.
 *
 * <p>Open the embedded store with {@link #open(Path)} (one SQLite file, {@code crosscheck.db}, and a Lucene index
 * in {@code search/}, under the data directory) or a team's PostgreSQL with {@link #open(String, Path)}. The
 * schema is migrated on open. One process at a time may open an embedded data directory; any number of threads
 * may share one {@code Store}.
 *
 * <p>Every write method is one transaction: it is either wholly visible or not at all, also to a process that
 * was killed in the middle of it, and once it returns it survives such a kill. Writes are idempotent: storing the
 * same content under the same id again returns {@link Write#UNCHANGED} and changes nothing, so an interrupted
 * ingest is resumed by running it again.
 */
public final class Store implements AutoCloseable {
    /** The embedded database file under a data directory. */
    public static final String DATABASE_FILE = "crosscheck.db";
    /** The embedded search index folder under a data directory. */
    public static final String SEARCH_DIR = "search";
    /** The largest page any list returns. */
    public static final int MAX_PAGE = 1000;

    private final Database db;
    private final FullText text;

    private Store(Database db, FullText text) {
        this.db = db;
        this.text = text;
    }

    /** The embedded store under {@code dataDir}, created when absent. */
    public static Store open(Path dataDir) {
        return open(null, dataDir);
    }

    /**
     * The store at a JDBC URL ({@code jdbc:postgresql://host:port/db?user=...}, or {@code jdbc:sqlite:FILE}), or
     * the embedded store under {@code dataDir} when {@code jdbcUrl} is {@code null}. {@code dataDir} holds the
     * embedded search index and may be {@code null} for PostgreSQL.
     */
    public static Store open(String jdbcUrl, Path dataDir) {
        if (jdbcUrl == null) {
            Objects.requireNonNull(dataDir, "a data directory or a database URL");
            createDirectories(dataDir);
            jdbcUrl = "jdbc:sqlite:" + dataDir.toAbsolutePath().resolve(DATABASE_FILE);
        }
        Dialect dialect = Dialect.of(jdbcUrl);
        FullText text;
        if (dialect == Dialect.SQLITE) {
            Path index = (dataDir != null ? dataDir
                    : Path.of(jdbcUrl.substring("jdbc:sqlite:".length())).toAbsolutePath().getParent())
                    .resolve(SEARCH_DIR);
            createDirectories(index);
            // the index lock comes first: it keeps a second process off this data directory
            text = new LuceneIndex(index);
        } else {
            text = new PostgresSearch();
        }
        Database db;
        try {
            db = Database.open(jdbcUrl);
        } catch (RuntimeException e) {
            text.close();
            throw e;
        }
        try {
            text.catchUp(db);
        } catch (RuntimeException e) {
            text.close();
            db.close();
            throw e;
        }
        return new Store(db, text);
    }

    // ---- articles

    /** Stores an article as submitted, before analysis. */
    public Write putArticle(Article article, String runId) {
        ArticleTable.Outcome o = db.writeThen("storing article " + article.id(),
                c -> ArticleTable.putArticle(c, article, runId, now()), this::index);
        return o.write();
    }

    /** Stores an annotated article and its story membership, all in one transaction. */
    public Write ingest(Ingest in, String runId) {
        return ingestAll(List.of(in), runId).get(0);
    }

    public Write ingest(AnnotatedArticle doc, StoryAssignment assignment, String runId) {
        return ingest(new Ingest(doc, assignment), runId);
    }

    /**
     * Stores a batch in one transaction (all or none), with a handful of batched statements whatever its size
     * ({@link BatchIngest}): fewer disk syncs and, with PostgreSQL, fewer round trips than one {@link #ingest} each.
     * Returns what happened to each, in order.
     */
    public List<Write> ingestAll(List<Ingest> batch, String runId) {
        return ingestAll(batch, List.of(), runId);
    }

    /**
     * {@link #ingestAll(List, String)} with the story merges the clusterer made while assigning the batch, in the
     * order it made them, all in the same transaction: the assignments after a merge name the story merged into,
     * so the two are stored together or not at all. A merge stored before is left as it is.
     *
     * @throws StoreException           (nothing stored) when a merge names a story or article the store does not
     *                                  hold after the batch
     * @throws IllegalArgumentException (nothing stored) when a merge names a story the store holds as merged into
     *                                  another story already: a story is merged away once
     */
    public List<Write> ingestAll(List<Ingest> batch, List<StoryMerge> merges, String runId) {
        if (batch.isEmpty() && merges.isEmpty()) {
            return List.of();
        }
        long now = now();
        List<ArticleTable.Outcome> outcomes = db.writeThen("storing " + describe(batch, merges), c -> {
            List<ArticleTable.Outcome> out = batch.isEmpty() ? List.of() : BatchIngest.write(c, batch, runId, now);
            MergeTable.put(c, merges, runId, now);
            return out;
        }, out -> text.indexed(out.stream().map(ArticleTable.Outcome::changed).filter(Objects::nonNull).toList()));
        return outcomes.stream().map(ArticleTable.Outcome::write).toList();
    }

    public Optional<Article> article(String id) {
        return db.read("reading article " + id, c -> ArticleTable.article(c, id));
    }

    /** The article with its annotations, when it has annotations made on its current text. */
    public Optional<AnnotatedArticle> annotated(String id) {
        List<AnnotatedArticle> found = annotated(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The annotated articles among these ids, in the order given; ids without annotations are left out. */
    public List<AnnotatedArticle> annotated(Collection<String> ids) {
        return db.read("reading annotated articles", c -> ArticleTable.annotated(c, ids));
    }

    /** The stored content hash of an article ({@link ContentHash#of}), to skip work on content already stored. */
    public Optional<String> contentHash(String id) {
        return Optional.ofNullable(db.read("reading article " + id, c -> ArticleTable.contentHash(c, id)));
    }

    /** Articles in the order they were stored or last changed, oldest first. */
    public Page<ArticleSummary> articles(String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        return db.read("listing articles", c -> ArticleTable.list(c, after, pageSize(limit)));
    }

    public long articleCount() {
        return db.read("counting articles", ArticleTable::count);
    }

    // ---- stories

    /** Stories, most recently changed first. */
    public Page<StorySummary> stories(String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        return db.read("listing stories", c -> StoryTable.list(c, after, pageSize(limit)));
    }

    public Optional<StorySummary> storySummary(String storyId) {
        return db.read("reading story " + storyId, c -> StoryTable.summary(c, storyId));
    }

    /** The story with its members in order of arrival. */
    public Optional<Story> story(String storyId) {
        return db.read("reading story " + storyId, c -> StoryTable.story(c, storyId));
    }

    /** The clusterer's decisions for a story's members, in order of arrival. */
    public List<StoryAssignment> assignments(String storyId) {
        return db.read("reading story " + storyId, c -> StoryTable.assignments(c, storyId));
    }

    public Optional<String> storyOf(String articleId) {
        return db.read("reading article " + articleId, c -> StoryTable.storyOf(c, articleId));
    }

    /**
     * Every story merge stored, in the order the clusterer made them: what a restarted service replays, each just
     * before the article it names, and how a reader follows a merged story to the one that holds it now.
     */
    public List<StoryMerge> merges() {
        return db.read("reading story merges", MergeTable::all);
    }

    // ---- briefs and claims

    /**
     * Stores a story's brief as its latest, rendered as {@code crosscheck brief} renders it (JSON and Markdown),
     * with its claim groups as rows. {@code docs} are the story's annotated articles, for the text of each span.
     */
    public Write putBrief(Brief brief, Map<String, AnnotatedArticle> docs, String runId) {
        BriefTable.Rendered r = new BriefTable.Rendered(brief.story().id(), brief.headline(),
                Json.line(BriefJson.story(brief, docs)), BriefMarkdown.of(List.of(brief), docs), brief.claims());
        return db.write("storing the brief of story " + r.storyId(), c -> BriefTable.put(c, r, runId, now()));
    }

    public Optional<StoredBrief> brief(String storyId) {
        return db.read("reading the brief of story " + storyId, c -> BriefTable.get(c, storyId));
    }

    /** The claim groups of a story's latest brief, in brief order. */
    public List<StoredClaim> claims(String storyId) {
        return db.read("reading the claims of story " + storyId, c -> BriefTable.ofStory(c, storyId));
    }

    /** Claim groups, in any story's latest brief, that rest on this article. */
    public List<StoredClaim> claimsCiting(String articleId) {
        return db.read("reading the claims citing " + articleId, c -> BriefTable.citing(c, articleId));
    }

    // ---- search

    /**
     * Articles matching a query, best first: words (all must match), {@code "a phrase"}, {@code -excluded}.
     * Ranked results page by offset (a rank has no stable key); use small offsets.
     */
    public List<SearchHit> search(String query, int limit, int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("negative search offset " + offset);
        }
        return text.search(db, query, pageSize(limit), offset);
    }

    // ---- runs

    /** Records the start of a run and returns its id. */
    public String startRun(String command) {
        return db.write("starting a run", c -> RunTable.start(c, command, now()));
    }

    /** Records a problem as it happens, so it is kept even if the run dies. */
    public void recordProblem(String runId, RunProblem problem) {
        db.write("recording a problem of run " + runId, c -> {
            RunTable.problem(c, runId, problem);
            return null;
        });
    }

    public void finishRun(String runId, RunCounts counts, boolean ok) {
        db.write("finishing run " + runId, c -> {
            RunTable.finish(c, runId, counts, ok, now());
            return null;
        });
    }

    public Optional<Run> run(String runId) {
        return db.read("reading run " + runId, c -> RunTable.get(c, runId));
    }

    /** Runs, latest first. */
    public Page<Run> runs(String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        return db.read("listing runs", c -> RunTable.list(c, after, pageSize(limit)));
    }

    /** Whether this store runs on PostgreSQL (else the embedded SQLite file). */
    public boolean isPostgres() {
        return db.dialect == Dialect.POSTGRESQL;
    }

    @Override
    public void close() {
        try {
            text.close();
        } finally {
            db.close();
        }
    }

    private void index(ArticleTable.Outcome o) {
        if (o.changed() != null) {
            text.indexed(List.of(o.changed()));
        }
    }

    private static int pageSize(int limit) {
        if (limit <= 0 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("page size " + limit + " outside 1.." + MAX_PAGE);
        }
        return limit;
    }

    private static String describe(List<Ingest> batch, List<StoryMerge> merges) {
        String articles = batch.isEmpty() ? "no article" : batch.size() == 1 ? "article " + batch.get(0).doc().id()
                : batch.size() + " articles (" + batch.get(0).doc().id() + " ...)";
        return merges.isEmpty() ? articles : articles + " with " + merges.size() + " story merge"
                + (merges.size() == 1 ? "" : "s") + " (" + merges.get(0).from() + " into " + merges.get(0).into()
                + (merges.size() == 1 ? ")" : " ...)");
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + dir, e);
        }
    }
}
