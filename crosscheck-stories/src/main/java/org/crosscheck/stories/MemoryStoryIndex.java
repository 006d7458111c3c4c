package org.crosscheck.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.crosscheck.api.state.StoryMerge;

/**
 * The in-memory story index: story profiles, an inverted index from keys (top terms, entities) to the stories filed
 * under them, and document frequencies. Memory stays bounded on an endless stream because stories idle for longer
 * than the window are evicted along with their postings, and a hard cap on the number of stories covers streams that
 * carry no dates at all.
 *
 * <p>Time is the stream's: the newest article date seen so far. A story is idle since its last member's date; a
 * story none of whose members has a date is idle since the stream time at which it last grew, as an undated
 * article is taken to be current when it arrives (stories that grew before the stream showed any date count from
 * the first date it shows). So undated articles leave the hot index a window after the stream has moved on, like
 * dated ones, instead of staying until the hard cap pushes them out.
 *
 * <p>Every method is synchronized, so sharing an index between threads never corrupts it; a clusterer's
 * read-then-put on one index is still one logical step that callers run for one article at a time.
 */
public final class MemoryStoryIndex implements org.crosscheck.api.state.StoryIndex<StoryProfile>, CorpusMemory {

    /** Above this many distinct features, those seen only once are forgotten (they carry the same IDF as unseen). */
    private static final int MAX_VOCABULARY = 2_000_000;

    /** Postings longer than this are too common to select candidates by. */
    static final int MAX_POSTING = 2_000;

    private final int windowDays;
    private final int maxStories;

    private final Map<String, StoryProfile> stories = new HashMap<>();
    private final Map<String, List<String>> keysOf = new HashMap<>();
    private final Map<String, Set<String>> postings = new HashMap<>();
    /** (idle-since day, story id), oldest first: the eviction order by time; MIN for "before the first date". */
    private final TreeSet<Dated> byDate = new TreeSet<>();
    /** touch sequence to story id, oldest first: the eviction order by capacity. */
    private final TreeMap<Long, String> byTouch = new TreeMap<>();
    private final Map<String, Long> touchOf = new HashMap<>();
    private long touches;
    private LocalDate newest;
    /** The day each story went idle, as filed in {@link #byDate}. */
    private final Map<String, Long> idleOf = new HashMap<>();
    /** The first date the stream showed: the day from which stories that grew before it count as idle. */
    private long firstDay = Long.MIN_VALUE;

    /** Every merge so far: one small record each, and merges are rare (at most one per article). */
    private final List<StoryMerge> merges = new ArrayList<>();

    /**
     * Document frequencies by namespace, keyed by the feature's name without its prefix: the clusterer looks up the
     * keys of an article's vectors as they are, where one map of prefixed names would have it build a string per
     * lookup. {@code otherDf} holds names outside both namespaces, which {@link #observe(Collection)} accepts.
     */
    private final Map<String, Integer> termDf = new HashMap<>();
    private final Map<String, Integer> entityDf = new HashMap<>();
    private final Map<String, Integer> otherDf = new HashMap<>();
    private int documents;

    private record Dated(long day, String story) implements Comparable<Dated> {
        private static final Comparator<Dated> ORDER =
                Comparator.comparingLong(Dated::day).thenComparing(Dated::story);

        @Override
        public int compareTo(Dated o) {
            return ORDER.compare(this, o);
        }
    }

    public MemoryStoryIndex(int windowDays, int maxStories) {
        if (windowDays <= 0 || maxStories <= 0) {
            throw new IllegalArgumentException("windowDays and maxStories must be positive, got " + windowDays
                    + " and " + maxStories);
        }
        this.windowDays = windowDays;
        this.maxStories = maxStories;
    }

    /**
     * Candidates ranked by how many of the keys they are filed under, ties by story id. A key filed under more than
     * {@link #MAX_POSTING} stories is skipped: it distinguishes nothing and would make lookup cost grow with the
     * index.
     */
    @Override
    public synchronized List<StoryProfile> candidates(List<String> keys, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Map<String, Integer> hits = new HashMap<>();
        for (String k : new HashSet<>(keys)) {
            Set<String> ids = postings.get(k);
            if (ids != null && ids.size() <= MAX_POSTING) {
                for (String id : ids) {
                    hits.merge(id, 1, Integer::sum);
                }
            }
        }
        Comparator<Map.Entry<String, Integer>> better = Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        // keep the best `limit` in a heap whose head is the worst kept
        PriorityQueue<Map.Entry<String, Integer>> top = new PriorityQueue<>(limit + 1, better.reversed());
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            top.add(e);
            if (top.size() > limit) {
                top.poll();
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(top);
        ranked.sort(better);
        List<StoryProfile> out = new ArrayList<>(ranked.size());
        for (Map.Entry<String, Integer> e : ranked) {
            out.add(stories.get(e.getKey()));
        }
        return out;
    }

    @Override
    public synchronized Optional<StoryProfile> get(String storyId) {
        return Optional.ofNullable(stories.get(storyId));
    }

    @Override
    public synchronized void put(StoryProfile s) {
        Objects.requireNonNull(s, "summary");
        StoryProfile old = stories.put(s.storyId(), s);
        if (old != null) {
            unfile(old);
        }
        List<String> keys = s.keys();
        keysOf.put(s.storyId(), keys);
        for (String k : keys) {
            postings.computeIfAbsent(k, x -> new HashSet<>()).add(s.storyId());
        }
        long idle = idleSince(s);
        byDate.add(new Dated(idle, s.storyId()));
        idleOf.put(s.storyId(), idle);
        long t = touches++;
        byTouch.put(t, s.storyId());
        touchOf.put(s.storyId(), t);
        if (s.last() != null && (newest == null || s.last().isAfter(newest))) {
            if (newest == null) {
                firstDay = s.last().toEpochDay();
            }
            newest = s.last();
        }
        evict();
    }

    /**
     * Records that story {@code merge.from()} is one with {@code merge.into()}: {@code from} leaves the index (its
     * postings with it) and {@code merged}, the summary of both under {@code into}'s id, takes {@code into}'s place.
     */
    synchronized void merge(StoryMerge merge, StoryProfile merged) {
        if (!merged.storyId().equals(merge.into())) {
            throw new IllegalArgumentException("merged summary " + merged.storyId() + " is not " + merge.into());
        }
        remove(merge.from());
        merges.add(merge);
        put(merged);
    }

    @Override
    public synchronized List<StoryMerge> merges() {
        return List.copyOf(merges);
    }

    @Override
    public synchronized int size() {
        return stories.size();
    }

    @Override
    public synchronized int documentCount() {
        return documents;
    }

    @Override
    public synchronized int documentFrequency(String feature) {
        String namespace = namespaceOf(feature);
        return namespace == null ? otherDf.getOrDefault(feature, 0)
                : dfOf(namespace).getOrDefault(feature.substring(namespace.length()), 0);
    }

    @Override
    public synchronized int[] documentFrequencies(String namespace, SparseVector features) {
        Map<String, Integer> counts = dfOf(namespace);
        if (counts == null) {
            return CorpusMemory.super.documentFrequencies(namespace, features);
        }
        int[] out = new int[features.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = counts.getOrDefault(features.key(i), 0);
        }
        return out;
    }

    @Override
    public synchronized void observe(Collection<String> features) {
        documents++;
        for (String f : new HashSet<>(features)) {
            String namespace = namespaceOf(f);
            Map<String, Integer> counts = namespace == null ? otherDf : dfOf(namespace);
            counts.merge(namespace == null ? f : f.substring(namespace.length()), 1, Integer::sum);
        }
        forgetRare();
    }

    @Override
    public synchronized void observe(SparseVector terms, SparseVector entities) {
        documents++;
        for (int i = 0; i < terms.size(); i++) {
            termDf.merge(terms.key(i), 1, Integer::sum);
        }
        for (int i = 0; i < entities.size(); i++) {
            entityDf.merge(entities.key(i), 1, Integer::sum);
        }
        forgetRare();
    }

    /** The namespace a feature's name starts with, {@code null} when neither. */
    private static String namespaceOf(String feature) {
        return feature.startsWith(Features.TERM) ? Features.TERM
                : feature.startsWith(Features.ENTITY) ? Features.ENTITY : null;
    }

    /** The counts of one namespace, {@code null} for a namespace this index does not keep apart. */
    private Map<String, Integer> dfOf(String namespace) {
        return switch (namespace) {
            case Features.TERM -> termDf;
            case Features.ENTITY -> entityDf;
            default -> null;
        };
    }

    private void forgetRare() {
        if (termDf.size() + entityDf.size() + otherDf.size() > MAX_VOCABULARY) {
            termDf.values().removeIf(c -> c <= 1);
            entityDf.values().removeIf(c -> c <= 1);
            otherDf.values().removeIf(c -> c <= 1);
        }
    }

    private void evict() {
        if (newest != null) {
            long oldest = newest.toEpochDay() - windowDays;
            while (!byDate.isEmpty() && Math.max(byDate.first().day(), firstDay) < oldest) {
                remove(byDate.first().story());
            }
        }
        while (stories.size() > maxStories) {
            remove(byTouch.firstEntry().getValue());
        }
    }

    private void remove(String storyId) {
        StoryProfile s = stories.remove(storyId);
        if (s == null) {
            return;
        }
        unfile(s);
    }

    /** Takes a story's old entry out of postings and eviction orders (its profile entry is handled by callers). */
    private void unfile(StoryProfile old) {
        List<String> keys = keysOf.remove(old.storyId());
        if (keys != null) {
            for (String k : keys) {
                Set<String> ids = postings.get(k);
                if (ids != null) {
                    ids.remove(old.storyId());
                    if (ids.isEmpty()) {
                        postings.remove(k);
                    }
                }
            }
        }
        Long idle = idleOf.remove(old.storyId());
        if (idle != null) {
            byDate.remove(new Dated(idle, old.storyId()));
        }
        Long t = touchOf.remove(old.storyId());
        if (t != null) {
            byTouch.remove(t);
        }
    }

    /** The story's last date, or for a story without dates the stream time now (MIN before any date was seen). */
    private long idleSince(StoryProfile s) {
        if (s.last() != null) {
            return s.last().toEpochDay();
        }
        return newest == null ? Long.MIN_VALUE : newest.toEpochDay();
    }
}
