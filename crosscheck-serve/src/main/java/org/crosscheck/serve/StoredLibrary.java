package org.crosscheck.serve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.state.StoryMerge;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.store.ArticleSummary;
import org.crosscheck.store.Ingest;
import org.crosscheck.store.Page;
import org.crosscheck.store.RunCounts;
import org.crosscheck.store.RunProblem;
import org.crosscheck.store.SearchHit;
import org.crosscheck.store.Store;
import org.crosscheck.store.StorySummary;

/**
 * A library kept in crosscheck's durable store ({@link Store}: the embedded database under a data directory, or
 * PostgreSQL) and served from memory. On open, every stored article is read back with the story the store holds
 * for it, unchanged (see {@link #load}); after that, each submission is written to the store (articles with their
 * stories, then the rebuilt briefs) before readers see it. Reads never touch the database, except search, which is
 * the store's full-text index; so a brief's latency stays flat while feeds are ingested.
 */
public final class StoredLibrary implements Library, AutoCloseable {

    private final Store store;
    private final String run;
    private final MemoryLibrary memory;
    private long written;
    private final java.util.concurrent.atomic.AtomicLong problems = new java.util.concurrent.atomic.AtomicLong();
    private MemoryLibrary.Restored restored;

    private StoredLibrary(Store store, Pipeline pipeline) {
        this.store = store;
        this.run = store.startRun("serve");
        this.memory = new MemoryLibrary(pipeline, this::write);
    }

    /**
     * Opens the store at {@code jdbcUrl}, or the embedded one under {@code dataDir} when it is {@code null}, and
     * loads what it holds.
     */
    public static StoredLibrary open(String jdbcUrl, Path dataDir, Pipeline pipeline) {
        Store store = Store.open(jdbcUrl, dataDir);
        try {
            StoredLibrary library = new StoredLibrary(store, pipeline);
            library.load();
            return library;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Takes back what the store holds as it is: every article with its stored story (the stored ids are the truth,
     * so they survive any number of restarts), replayed into the clusterer's index in the order the store recorded
     * them so new articles join the same stories, with the stored story merges replayed where they were made.
     * Only articles the store holds without a story (or without annotations) are clustered, as new ones. Story rows
     * the store may still hold without members are not served.
     */
    private void load() {
        String cursor = null;
        List<AnnotatedArticle> assignedDocs = new ArrayList<>();
        List<AnnotatedArticle> unassigned = new ArrayList<>();
        List<Article> raw = new ArrayList<>();
        Map<String, StoryAssignment> assigned = new HashMap<>();
        Set<String> storiesRead = new HashSet<>();
        Map<String, String> headlines = new HashMap<>();
        String storyCursor = null;
        do {
            Page<StorySummary> page = store.stories(storyCursor, Store.MAX_PAGE);
            page.items().forEach(s -> headlines.put(s.id(), s.headline()));
            storyCursor = page.next();
        } while (storyCursor != null);
        do {
            Page<ArticleSummary> page = store.articles(cursor, Store.MAX_PAGE);
            for (ArticleSummary a : page.items()) {
                if (a.story() != null && storiesRead.add(a.story())) {
                    store.assignments(a.story()).forEach(x -> assigned.put(x.article(), x));
                }
            }
            List<String> ids = page.items().stream().map(ArticleSummary::id).toList();
            Map<String, AnnotatedArticle> found = new HashMap<>();
            store.annotated(ids).forEach(d -> found.put(d.id(), d));
            for (ArticleSummary a : page.items()) {
                AnnotatedArticle d = found.get(a.id());
                StoryAssignment x = assigned.get(a.id());
                if (d == null) {
                    store.article(a.id()).ifPresent(raw::add);
                } else if (x != null && x.story().equals(a.story())) {
                    assignedDocs.add(d);
                } else {
                    unassigned.add(d);
                }
            }
            cursor = page.next();
        } while (cursor != null);
        assigned.keySet().retainAll(assignedDocs.stream().map(AnnotatedArticle::id).collect(
                java.util.stream.Collectors.toSet()));
        restored = memory.restore(assignedDocs, assigned, store.merges(), headlines, this::lateProblem);
        restored.mismatches().forEach(m -> store.recordProblem(run, new RunProblem(null, "replay: " + m)));
        restored.problems().forEach(m -> store.recordProblem(run, problem(m)));
        // a brief the store lacks (a crash between an article and its brief) is written now
        for (String story : new HashSet<>(assigned.values().stream().map(StoryAssignment::story).toList())) {
            if (store.brief(story).isEmpty()) {
                memory.story(story).ifPresent(d -> store.putBrief(d.brief(), d.articles(), run));
            }
        }
        if (!unassigned.isEmpty()) {
            memory.adopt(unassigned);
        }
        if (!raw.isEmpty()) {
            memory.submit(raw);
        }
    }

    /** A brief rebuilt after the open could not be made: kept in the run's history, unless the store is closed. */
    private void lateProblem(String message) {
        problems.incrementAndGet();
        try {
            store.recordProblem(run, problem(message));
        } catch (RuntimeException e) {
            // the library was closed before the background rebuild reached this story: nothing left to record in
        }
    }

    /** What the last open took back from the store: counts, and any article the index could not be warmed with. */
    public MemoryLibrary.Restored restored() {
        return restored;
    }

    /**
     * The journal: articles with their stories and the story merges their arrival made, in one transaction, then
     * each rebuilt brief.
     */
    private void write(List<AnnotatedArticle> docs, List<StoryAssignment> assignments, List<StoryMerge> merges,
                       List<StoryDossier> stories) {
        List<Ingest> batch = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            batch.add(new Ingest(docs.get(i), assignments.get(i)));
        }
        store.ingestAll(batch, merges, run);
        for (StoryDossier d : stories) {
            store.putBrief(d.brief(), d.articles(), run);
        }
        written += batch.size();
    }

    @Override
    public Submission submit(List<Article> articles) {
        Submission s = memory.submit(articles);
        for (String p : s.problems()) {
            problems.incrementAndGet();
            store.recordProblem(run, problem(p));
        }
        return s;
    }

    private static RunProblem problem(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? new RunProblem(null, message)
                : new RunProblem("article " + message.substring(0, colon), message.substring(colon + 2));
    }

    @Override
    public StoryPage stories(LocalDate day, String after, int limit) {
        return memory.stories(day, after, limit);
    }

    /**
     * The store's full-text search (Lucene embedded, PostgreSQL's on a server): one page of ranked article hits,
     * folded into their stories (the best hit of a story gives its snippet). An article's story is the one served,
     * not the one the search index saw last.
     */
    @Override
    public SearchPage search(String query, int limit, int offset) {
        List<SearchHit> hits = store.search(query, limit, offset);
        Map<String, SearchPage.Found> found = new java.util.LinkedHashMap<>();
        for (SearchHit h : hits) {
            String storyId = memory.storyOf(h.id()).orElse(null);
            StoryDossier d = storyId == null ? null : memory.story(storyId).orElse(null);
            if (d != null && !found.containsKey(storyId)) {
                found.put(storyId, new SearchPage.Found(d.entry(), h.id(), h.snippet(), h.matches()));
            }
        }
        return new SearchPage(List.copyOf(found.values()), offset, hits.size() < limit ? null : offset + limit);
    }

    @Override
    public List<LocalDate> days() {
        return memory.days();
    }

    @Override
    public Optional<StoryDossier> story(String id) {
        return memory.story(id);
    }

    @Override
    public void beforePublish(Consumer<StoryDossier> prepare) {
        memory.beforePublish(prepare);
    }

    @Override
    public Optional<AnnotatedArticle> article(String id) {
        return memory.article(id);
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        return memory.storyOf(articleId);
    }

    @Override
    public Optional<String> duplicateOf(String articleId) {
        return memory.duplicateOf(articleId);
    }

    /** What the clusterer's index holds ({@link MemoryLibrary#clustering()}). */
    MemoryLibrary.ClusteringState clustering() {
        return memory.clustering();
    }

    @Override
    public long version() {
        return memory.version();
    }

    @Override
    public Stats stats() {
        return memory.stats();
    }

    @Override
    public void close() {
        try {
            store.finishRun(run, new RunCounts(written, written, 0, problems.get()), true);
        } finally {
            store.close();
        }
    }
}
