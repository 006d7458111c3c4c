package org.crosscheck.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.stage.PreparingClusterer;
import org.crosscheck.api.stage.StoryClusterer;
import org.crosscheck.api.state.StoryIndex;
import org.crosscheck.api.state.StoryMerge;
import org.crosscheck.pipeline.DedupedStoryIndex;
import org.crosscheck.pipeline.DedupingClusterer;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Problem;
import org.crosscheck.stories.MemoryStoryIndex;
import org.crosscheck.stories.OnlineStoryClusterer;

/**
 * A library held in memory: articles are annotated by the {@link Pipeline} (outside any lock, so several
 * submissions annotate in parallel), then clustered one at a time in publication order into a story index that
 * lives as long as the library, behind near-duplicate detection as {@link Pipeline#cluster} clusters (a copy joins
 * its original's story, marked as a copy, and the brief does not count it as an independent source), and the brief
 * of every story they touched is rebuilt. A {@link Journal} sees all of it before readers do, which is how
 * {@link StoredLibrary} makes it durable.
 *
 * <p>When the clusterer merges two stories it found to be one ({@link StoryMerge}), the newer is shown inside the
 * older: the older story's brief is rebuilt over both stories' articles, the listings show it alone, and the newer
 * keeps the brief it had, marked with where it went, so a link to it still answers. Assignments are never
 * rewritten; an article is shown in the story its assignment's story was merged into ({@link #storyOf}).
 *
 * <p>Readers never wait for writes: every kept value is immutable, maps are concurrent, and the listing views are
 * replaced whole after each write. A reader may see a new article a moment before its story's listing entry changes.
 * After a {@link #restore}, a reader may wait for the brief of the story it asks for while it is rebuilt.
 */
public final class MemoryLibrary implements Library {

    /** Stored articles prepared at once on restart: enough to keep both cores busy, few enough to bound memory. */
    private static final int PREPARE_AHEAD = 256;

    private final Pipeline pipeline;
    private final Journal journal;
    private final Clusters<?> clusters;
    private final ReentrantLock writes = new ReentrantLock();

    private final Map<String, AnnotatedArticle> docs = new ConcurrentHashMap<>();
    private final Map<String, String> storyOfArticle = new ConcurrentHashMap<>();
    private final Map<String, StoryAssignment> assignments = new ConcurrentHashMap<>();
    private final Map<String, List<String>> members = new ConcurrentHashMap<>();
    private final Map<String, StoryDossier> dossiers = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> terms = new ConcurrentHashMap<>();
    /** Restored stories whose brief is not rebuilt yet: their listing entry, and the work that rebuilds it. */
    private final Map<String, StoryEntry> provisional = new ConcurrentHashMap<>();
    private final Map<String, FutureTask<Void>> unbuilt = new ConcurrentHashMap<>();
    /** Each article's place in the clustering order: a story that took others in shows its articles in it. */
    private final Map<String, Long> arrival = new ConcurrentHashMap<>();
    private long arrivals;
    private volatile Merges merges = Merges.NONE;
    private volatile Views views = Views.EMPTY;
    private volatile Consumer<StoryDossier> prepare = d -> { };

    public MemoryLibrary(Pipeline pipeline) {
        this(pipeline, Journal.NONE);
    }

    /** A library that hands everything it keeps to a journal first (a durable store). */
    public MemoryLibrary(Pipeline pipeline, Journal journal) {
        this.pipeline = pipeline;
        this.journal = java.util.Objects.requireNonNull(journal, "journal");
        this.clusters = new Clusters<>(pipeline.clusterer());
    }

    @Override
    public Submission submit(List<Article> articles) {
        Map<String, Article> fresh = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        for (Article a : articles) {
            if (docs.containsKey(a.id()) || fresh.containsKey(a.id())) {
                known.add(a.id());
            } else {
                fresh.put(a.id(), a);
            }
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<AnnotatedArticle> annotated = fresh.isEmpty() ? List.of()
                : pipeline.annotate(List.copyOf(fresh.values()), p -> problems.add(describe(p)), () -> { });
        return keep(annotated, known, problems);
    }

    /**
     * Takes in articles annotated elsewhere (read back from a store) that have no story yet, clustering and
     * briefing them as if submitted.
     */
    public Submission adopt(List<AnnotatedArticle> annotated) {
        return keep(annotated, new ArrayList<>(), Collections.synchronizedList(new ArrayList<>()));
    }

    /**
     * Takes back articles whose stories were decided before (read back from a store), keeping every story id and
     * membership exactly as stored: a story id is what clients link to, so a restart must not change it. Each
     * article is replayed into the clusterer's index in the order given (the order it was first clustered in; a
     * story's first article is moved ahead of its other members if needed), so new articles are clustered against
     * the same stories. The journal is not called: all of it is stored already.
     *
     * <p>Briefs are not rebuilt here: rebuilding them all took most of a restart. Every story is listed at once,
     * under its stored headline, and its brief is rebuilt afterwards, newest stories first, on one background
     * thread; a reader who asks for a story before its turn has
     * it built then.
     *
     * <p>Stored merges are replayed into the index too, each just before the article whose arrival made it, as
     * the clusterer made it then: the index is the one the stored stream built, and a merged story is shown where
     * it went, as before the restart.
     *
     * @param stored    annotated articles, in the order they were first clustered
     * @param assigned  each article's stored assignment, by article id; articles without one are left out
     * @param merges    the stored story merges, in the order they were made
     * @param headlines the stored headline of each story, shown until its brief is rebuilt (the first title
     *                  stands in for a story without one)
     * @param problems  where briefs that cannot be rebuilt are reported, as they are
     */
    public Restored restore(List<AnnotatedArticle> stored, Map<String, StoryAssignment> assigned,
                            List<StoryMerge> merges, Map<String, String> headlines, Consumer<String> problems) {
        List<Runnable> tasks = new ArrayList<>();
        Restored restored;
        writes.lock();
        try {
            Map<String, AnnotatedArticle> starters = new HashMap<>();
            for (AnnotatedArticle d : stored) {
                StoryAssignment a = assigned.get(d.id());
                if (a != null && a.newStory()) {
                    starters.putIfAbsent(a.story(), d);
                }
            }
            Map<String, List<AnnotatedArticle>> byStory = new LinkedHashMap<>();
            Set<String> done = new java.util.HashSet<>();
            List<String> mismatches = new ArrayList<>();
            Map<String, List<StoryMerge>> mergesAt = new LinkedHashMap<>();
            merges.forEach(m -> mergesAt.computeIfAbsent(m.atArticle(), k -> new ArrayList<>()).add(m));
            for (int i = 0; i < stored.size(); i++) {
                if (i % PREPARE_AHEAD == 0) {
                    clusters.prepareAhead(stored.subList(i, Math.min(stored.size(), i + PREPARE_AHEAD)));
                }
                AnnotatedArticle d = stored.get(i);
                StoryAssignment a = assigned.get(d.id());
                if (a == null || docs.containsKey(d.id()) || done.contains(d.id())) {
                    continue;
                }
                AnnotatedArticle starter = starters.get(a.story());
                if (!byStory.containsKey(a.story()) && starter != null && done.add(starter.id())) {
                    replay(starter, a.story(), mergesAt, byStory, mismatches);
                }
                if (done.add(d.id())) {
                    replay(d, a.story(), mergesAt, byStory, mismatches);
                }
            }
            // merges whose article was not taken back: replayed last, so the index is as near as it can be
            mergesAt.values().forEach(ms -> ms.forEach(m -> replay(m, mismatches)));
            Merges restoredMerges = Merges.NONE.plus(merges);
            Map<String, AnnotatedArticle> restoredDocs = new HashMap<>();
            for (Map.Entry<String, List<AnnotatedArticle>> e : byStory.entrySet()) {
                List<String> ids = e.getValue().stream().map(AnnotatedArticle::id).toList();
                e.getValue().forEach(d -> restoredDocs.put(d.id(), d));
                members.put(e.getKey(), ids);
                for (String id : ids) {
                    assignments.put(id, assigned.get(id));
                    storyOfArticle.put(id, e.getKey());
                }
            }
            this.merges = restoredMerges;
            List<StoryEntry> order = new ArrayList<>();
            for (String story : byStory.keySet()) {
                List<String> ids = shown(story, restoredMerges, Map.of(), Map.of());
                List<AnnotatedArticle> storyDocs = ids.stream().map(restoredDocs::get).toList();
                List<StoryAssignment> storyAssignments = ids.stream().map(assigned::get).toList();
                StoryEntry listed = entry(Story.of(story, storyDocs), headlines.get(story), storyDocs);
                storyDocs.forEach(d -> docs.put(d.id(), d));
                terms.put(story, Terms.of(listed.headline(), storyDocs));
                provisional.put(story, listed);
                FutureTask<Void> task = new FutureTask<>(() -> rebuilt(dossier(story, storyDocs, storyAssignments,
                        problems).withMerges(restoredMerges.into(story), restoredMerges.from(story)), listed), null);
                unbuilt.put(story, task);
                order.add(listed);
            }
            refreshViews();
            order.sort(StoryEntry.ORDER);
            order.forEach(e -> tasks.add(unbuilt.get(e.id())));
            clusters.forgetPrepared();
            restored = new Restored(done.size(), byStory.size(), merges.size(), mismatches, List.of());
        } finally {
            writes.unlock();
        }
        if (!tasks.isEmpty()) {
            // a reader who needs a story before its turn rebuilds it on its own thread
            Thread t = new Thread(() -> tasks.forEach(Runnable::run), "crosscheck-restore-briefs");
            t.setDaemon(true);
            t.start();
        }
        return restored;
    }

    /**
     * Publishes a brief rebuilt after a restore, unless a write has published a newer version of the story
     * meanwhile (from the same members and more).
     */
    private void rebuilt(StoryDossier d, StoryEntry listed) {
        String story = d.entry().id();
        writes.lock();
        try {
            if (!dossiers.containsKey(story)) {
                prepare.accept(d);
                docs.putAll(d.articles());
                dossiers.put(story, d);
                terms.put(story, Terms.of(d.entry().headline(), List.copyOf(d.articles().values())));
                if (!d.entry().equals(listed)) {
                    provisional.remove(story);
                    refreshViews();
                }
            }
            provisional.remove(story);
            unbuilt.remove(story);
        } finally {
            writes.unlock();
        }
    }

    /** The story's dossier, rebuilding it now when a restore left it for later. */
    private StoryDossier built(String story) {
        StoryDossier d = dossiers.get(story);
        FutureTask<Void> task;
        if (d == null && (task = unbuilt.get(story)) != null) {
            task.run(); // returns at once when another thread runs it
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the brief of story " + story + " was rebuilt", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("rebuilding the brief of story " + story, e.getCause());
            }
            d = dossiers.get(story);
        }
        return d;
    }

    /**
     * The listings from every story's current entry: a rebuilt brief's, or the restored one's until then. A story
     * merged into another is not listed: its articles are listed in the story it went into.
     */
    private void refreshViews() {
        Merges m = merges;
        List<StoryEntry> entries = new ArrayList<>(provisional.size() + dossiers.size());
        dossiers.values().forEach(d -> {
            if (!m.merged(d.entry().id())) {
                entries.add(d.entry());
            }
        });
        provisional.forEach((id, e) -> {
            if (!dossiers.containsKey(id) && !m.merged(id)) {
                entries.add(e);
            }
        });
        views = Views.of(entries);
    }

    /** Replays an article into its stored story, after the stored merges its arrival made. */
    private void replay(AnnotatedArticle d, String story, Map<String, List<StoryMerge>> mergesAt,
                        Map<String, List<AnnotatedArticle>> byStory, List<String> mismatches) {
        List<StoryMerge> before = mergesAt.remove(d.id());
        if (before != null) {
            before.forEach(m -> replay(m, mismatches));
        }
        String warmed = clusters.replay(d, story);
        if (!warmed.equals(story)) {
            mismatches.add(d.id() + ": stored in " + story + ", replayed into " + warmed);
        }
        arrival.put(d.id(), ++arrivals);
        byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(d);
    }

    private void replay(StoryMerge m, List<String> mismatches) {
        if (!clusters.replay(m)) {
            mismatches.add("merge of " + m.from() + " into " + m.into() + " at " + m.atArticle()
                    + ": not replayed into the clustering state (a story is not held, or the clusterer cannot)");
        }
    }

    /**
     * The articles a story shows under {@code m}: its own members, with those of a submission not yet published
     * ({@code newMembers}, {@code newArrival}) in place of the kept ones.
     */
    private List<String> shown(String story, Merges m, Map<String, List<String>> newMembers,
                               Map<String, Long> newArrival) {
        return m.shown(story, s -> newMembers.containsKey(s) ? newMembers.get(s) : members.getOrDefault(s,
                List.of()), id -> newArrival.containsKey(id) ? newArrival.get(id) : arrival.getOrDefault(id,
                Long.MAX_VALUE));
    }

    /**
     * What a restore took back.
     *
     * @param merges     stored story merges taken back
     * @param mismatches articles the clusterer's index could not be warmed with in their stored story (they are
     *                   still served in it; a new article like them may start a story of its own instead of joining),
     *                   and stored merges it could not replay (still shown as merged)
     * @param problems   what went wrong while taking them back (briefs are rebuilt later and report elsewhere)
     */
    public record Restored(int articles, int stories, int merges, List<String> mismatches, List<String> problems) {
        public Restored {
            mismatches = List.copyOf(mismatches);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Clusters the new articles in publication order, rebuilds the brief of every story they touched (and of every
     * story the clusterer merged another into meanwhile), hands all of it to the journal, and only then makes it
     * visible: a failed journal leaves readers' view untouched.
     */
    private Submission keep(List<AnnotatedArticle> annotated, List<String> known, List<String> problems) {
        writes.lock();
        try {
            List<AnnotatedArticle> ordered = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (AnnotatedArticle d : annotated) {
                if (docs.containsKey(d.id()) || !seen.add(d.id())) {
                    known.add(d.id()); // a parallel submission kept it first
                } else {
                    ordered.add(d);
                }
            }
            // the clusterer reads a stream in publication order; within one submission, honour it
            ordered.sort(Comparator.comparing(AnnotatedArticle::anchor,
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(AnnotatedArticle::id));
            Map<String, AnnotatedArticle> local = new HashMap<>();
            Map<String, StoryAssignment> newAssignments = new LinkedHashMap<>();
            Map<String, List<String>> newMembers = new LinkedHashMap<>();
            Map<String, Long> newArrival = new HashMap<>();
            List<StoryMerge> newMerges = new ArrayList<>();
            long arrived = arrivals;
            for (AnnotatedArticle d : ordered) {
                StoryAssignment a = clusters.assign(d);
                newMerges.addAll(clusters.newMerges());
                local.put(d.id(), d);
                newAssignments.put(d.id(), a);
                newArrival.put(d.id(), ++arrived);
                newMembers.computeIfAbsent(a.story(), k -> new ArrayList<>(members.getOrDefault(k, List.of())))
                        .add(d.id());
            }
            Merges after = merges.plus(newMerges);
            List<StoryDossier> rebriefed = new ArrayList<>();
            for (String story : changedStories(newMembers.keySet(), newMerges, after)) {
                List<String> ids = shown(story, after, newMembers, newArrival);
                StoryDossier kept = dossiers.get(story);
                if (kept != null && !newMembers.containsKey(story)
                        && List.copyOf(kept.articles().keySet()).equals(ids)) {
                    // its articles are the same: only where it went, or what it took in, changed
                    rebriefed.add(kept.withMerges(after.into(story), after.from(story)));
                    continue;
                }
                List<AnnotatedArticle> storyDocs = ids.stream()
                        .map(id -> local.containsKey(id) ? local.get(id) : docs.get(id)).toList();
                List<StoryAssignment> storyAssignments = ids.stream()
                        .map(id -> newAssignments.containsKey(id) ? newAssignments.get(id) : assignments.get(id))
                        .toList();
                rebriefed.add(dossier(story, storyDocs, storyAssignments, problems::add)
                        .withMerges(after.into(story), after.from(story)));
            }
            Map<String, AnnotatedArticle> resolved = new HashMap<>();
            rebriefed.forEach(d -> resolved.putAll(d.articles()));
            journal.kept(ordered.stream().map(d -> resolved.getOrDefault(d.id(), d)).toList(),
                    List.copyOf(newAssignments.values()), List.copyOf(newMerges), rebriefed);

            rebriefed.forEach(prepare);
            for (StoryDossier d : rebriefed) {
                docs.putAll(d.articles());
                dossiers.put(d.entry().id(), d);
                terms.put(d.entry().id(), Terms.of(d.entry().headline(), List.copyOf(d.articles().values())));
            }
            newAssignments.forEach((id, a) -> {
                assignments.put(id, a);
                storyOfArticle.put(id, a.story());
            });
            arrival.putAll(newArrival);
            arrivals = arrived;
            newMembers.forEach((story, ids) -> members.put(story, List.copyOf(ids)));
            merges = after;
            refreshViews();
            return new Submission(List.copyOf(newAssignments.keySet()), known, List.copyOf(newMembers.keySet()),
                    problems);
        } finally {
            writes.unlock();
        }
    }

    /**
     * The stories whose dossier a write changes: those given new members, the story each is shown in now, and both
     * sides of every merge (the merged story is marked with where it went; the one it went into shows its articles).
     */
    private static Set<String> changedStories(Set<String> withNewMembers, List<StoryMerge> newMerges, Merges after) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String story : withNewMembers) {
            out.add(story);
            out.add(after.live(story));
        }
        for (StoryMerge m : newMerges) {
            out.add(m.from());
            out.add(m.into());
            out.add(after.live(m.into()));
        }
        return out;
    }

    private StoryDossier dossier(String storyId, List<AnnotatedArticle> storyDocs,
                                 List<StoryAssignment> storyAssignments, Consumer<String> problems) {
        List<AnnotatedArticle> resolved;
        try {
            // one name per person across the story, as a batch run gives across its input
            resolved = pipeline.stages().resolver().resolve(storyDocs);
        } catch (RuntimeException e) {
            problems.accept("story " + storyId + ": entity resolution failed: " + e);
            resolved = storyDocs;
        }
        Brief brief;
        try {
            brief = pipeline.stages().briefs().build(storyId, resolved, storyAssignments);
        } catch (RuntimeException e) {
            problems.accept("story " + storyId + ": brief failed: " + e);
            brief = new Brief(Story.of(storyId, resolved), null, List.of(), List.of(), List.of(), List.of());
        }
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        resolved.forEach(d -> byId.put(d.id(), d));
        return new StoryDossier(entry(brief, resolved), brief, byId);
    }

    private static StoryEntry entry(Brief brief, List<AnnotatedArticle> docs) {
        return entry(brief.story(), brief.headline(), docs);
    }

    private static StoryEntry entry(Story s, String headline, List<AnnotatedArticle> docs) {
        Set<LocalDate> days = new java.util.TreeSet<>(Comparator.reverseOrder());
        docs.stream().map(AnnotatedArticle::anchor).filter(java.util.Objects::nonNull).forEach(days::add);
        if (headline == null || headline.isBlank()) {
            headline = docs.stream().map(d -> d.article().title()).filter(t -> t != null && !t.isBlank())
                    .findFirst().orElse(s.id());
        }
        return new StoryEntry(s.id(), headline, s.articles().size(), s.outlets(), s.first(), s.last(),
                List.copyOf(days));
    }

    private static String describe(Problem p) {
        return p.article() + ": " + p.stage() + " failed: " + p.message();
    }

    @Override
    public StoryPage stories(LocalDate day, String after, int limit) {
        Views v = views;
        List<StoryEntry> list = day == null ? v.all() : v.byDay().getOrDefault(day, List.of());
        return Cursor.page(list, after, limit);
    }

    /** Stories holding every word of the query in their headline, titles or text: no snippets in memory. */
    @Override
    public SearchPage search(String query, int limit, int offset) {
        List<String> words = Terms.words(query);
        if (words.isEmpty()) {
            return new SearchPage(List.of(), offset, null);
        }
        record Hit(StoryEntry entry, int score) {
        }
        List<Hit> hits = new ArrayList<>();
        for (StoryEntry e : views.all()) {
            Set<String> t = terms.get(e.id());
            if (t != null && t.containsAll(words)) {
                Set<String> head = Set.copyOf(Terms.words(e.headline()));
                int score = (int) words.stream().filter(head::contains).count();
                hits.add(new Hit(e, score));
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> -h.score()).thenComparing(Hit::entry, StoryEntry.ORDER));
        List<SearchPage.Found> page = hits.stream().skip(offset).limit(limit)
                .map(h -> new SearchPage.Found(h.entry(), null, null, List.of())).toList();
        return new SearchPage(page, offset, offset + limit < hits.size() ? offset + limit : null);
    }

    @Override
    public List<LocalDate> days() {
        return views.days();
    }

    @Override
    public Optional<StoryDossier> story(String id) {
        return Optional.ofNullable(built(id));
    }

    @Override
    public void beforePublish(Consumer<StoryDossier> prepare) {
        this.prepare = java.util.Objects.requireNonNull(prepare, "prepare");
    }

    @Override
    public Optional<AnnotatedArticle> article(String id) {
        String story = storyOfArticle.get(id);
        if (story != null) {
            built(merges.live(story)); // its names are resolved across the story when the brief is made
        }
        return Optional.ofNullable(docs.get(id));
    }

    /** The original the clustering stream found this article to copy, as its assignment holds it. */
    @Override
    public Optional<String> duplicateOf(String articleId) {
        StoryAssignment a = assignments.get(articleId);
        return a == null ? Optional.empty() : Optional.ofNullable(a.duplicateOf());
    }

    /** The story the article is shown in: the one it was assigned to, or where that story was merged. */
    @Override
    public Optional<String> storyOf(String articleId) {
        String story = storyOfArticle.get(articleId);
        return story == null ? Optional.empty() : Optional.of(merges.live(story));
    }

    /**
     * What the clusterer's index holds: the number of live stories in it and its merges, in order. A restart must
     * leave it as the stream before the restart built it, or new articles would be clustered differently.
     */
    ClusteringState clustering() {
        writes.lock();
        try {
            return new ClusteringState(clusters.index.size(), clusters.index.merges());
        } finally {
            writes.unlock();
        }
    }

    record ClusteringState(int stories, List<StoryMerge> merges) {
        ClusteringState {
            merges = List.copyOf(merges);
        }
    }

    @Override
    public long version() {
        return views.version();
    }

    @Override
    public Stats stats() {
        return new Stats(docs.size(), views.all().size(), unbuilt.size());
    }

    /** The listings, rebuilt whole after each write so a reader always sees one consistent version. */
    private record Views(List<StoryEntry> all, Map<LocalDate, List<StoryEntry>> byDay, List<LocalDate> days,
                         long version) {
        static final Views EMPTY = new Views(List.of(), Map.of(), List.of(), 0);
        private static final java.util.concurrent.atomic.AtomicLong VERSIONS = new java.util.concurrent.atomic
                .AtomicLong();

        static Views of(List<StoryEntry> entries) {
            List<StoryEntry> all = new ArrayList<>(entries);
            all.sort(StoryEntry.ORDER);
            Map<LocalDate, List<StoryEntry>> byDay = new TreeMap<>(Comparator.reverseOrder());
            for (StoryEntry e : all) {
                for (LocalDate d : e.days()) {
                    byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(e);
                }
            }
            Map<LocalDate, List<StoryEntry>> frozen = new HashMap<>();
            byDay.forEach((d, l) -> frozen.put(d, List.copyOf(l)));
            return new Views(List.copyOf(all), Map.copyOf(frozen), List.copyOf(byDay.keySet()),
                    VERSIONS.incrementAndGet());
        }
    }

    /** The clusterer and its index, with the summary type captured once. */
    private static final class Clusters<S extends StoryIndex.Summary> {
        private final StoryClusterer<S> clusterer;
        private final StoryIndex<S> index;

        /** Per-article work done ahead for a replay, by article id; cleared as it is used. */
        private final Map<String, Object> prepared = new HashMap<>();
        /** How many of the index's merges were handed out already. */
        private int mergesSeen;

        Clusters(StoryClusterer<S> clusterer) {
            this.clusterer = clusterer;
            this.index = clusterer.newIndex();
        }

        /**
         * Does the per-article work of a clusterer that separates it (features, the MiniLM embedding, signatures)
         * for {@code docs} on every core, so the replay that follows, one article at a time, only records: the
         * embeddings were most of a restart. Other clusterers need nothing ahead.
         */
        void prepareAhead(List<AnnotatedArticle> docs) {
            if (clusterer instanceof PreparingClusterer<S, ?> p) {
                prepareAll(p, docs);
            }
        }

        private <F> void prepareAll(PreparingClusterer<S, F> p, List<AnnotatedArticle> docs) {
            List<F> out = docs.parallelStream().map(p::prepare).toList();
            for (int i = 0; i < docs.size(); i++) {
                prepared.put(docs.get(i).id(), out.get(i));
            }
        }

        void forgetPrepared() {
            prepared.clear();
        }

        StoryAssignment assign(AnnotatedArticle doc) {
            return clusterer.assign(doc, index);
        }

        /** The merges the index recorded since the last call: those of the assignment just made. */
        List<StoryMerge> newMerges() {
            List<StoryMerge> all = index.merges();
            if (all.size() == mergesSeen) {
                return List.of();
            }
            List<StoryMerge> out = List.copyOf(all.subList(mergesSeen, all.size()));
            mergesSeen = all.size();
            return out;
        }

        /**
         * Applies a merge made before (read back from a store) to the index, as the clusterer made it then. Only
         * crosscheck's clusterer merges stories, so only it can; behind near-duplicate detection its stories are the
         * inner part of the index, since copies never merge stories. {@code false} when it cannot, or when either
         * story has left the index since.
         */
        boolean replay(StoryMerge merge) {
            StoryClusterer<?> merging = clusterer instanceof DedupingClusterer<?> d ? d.clusterer() : clusterer;
            StoryIndex<?> stories = index instanceof DedupedStoryIndex<?> d ? d.stories() : index;
            boolean done = merging instanceof OnlineStoryClusterer online && stories instanceof MemoryStoryIndex held
                    && online.replay(merge, held);
            mergesSeen = index.merges().size();
            return done;
        }

        /**
         * Records an article in the index as a member of a story decided before (the stored assignment is the truth:
         * re-deciding could move an article and so change a story id that clients hold), and returns the story the
         * index now files it under, which is {@code storyId} for the crosscheck clusterers.
         */
        String replay(AnnotatedArticle doc, String storyId) {
            Object ahead = prepared.remove(doc.id());
            if (ahead != null && clusterer instanceof PreparingClusterer<S, ?> p) {
                return replayPrepared(p, doc, ahead, storyId);
            }
            return clusterer.replay(doc, storyId, index).story();
        }

        @SuppressWarnings("unchecked") // ahead came from this clusterer's prepare
        private <F> String replayPrepared(PreparingClusterer<S, F> p, AnnotatedArticle doc, Object ahead,
                                          String storyId) {
            return p.replay(doc, (F) ahead, storyId, index).story();
        }
    }
}
