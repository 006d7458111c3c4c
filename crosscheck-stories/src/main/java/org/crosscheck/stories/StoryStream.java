package org.crosscheck.stories;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.stage.PreparingClusterer;
import org.crosscheck.api.stage.StoryClusterer;
import org.crosscheck.api.state.StoryIndex;
import org.crosscheck.api.state.StoryMerge;

/**
 * Runs a clusterer over a finite batch as if it were a stream: articles go in publication order (undated ones
 * last; articles of one date by id, so the result does not depend on the order inputs were given in), so no
 * article's story depends on a later one, while results come back in input order, which is what
 * {@code crosscheck cluster} prints.
 *
 * @param <S> the clusterer's story summary
 */
public final class StoryStream<S extends StoryIndex.Summary> {

    /**
     * Assignments in input order, the stories in order of their first article's arrival, and the merges of stories
     * found to be one, in the order they happened. Assignments are never rewritten by a later merge: an article's
     * story does not depend on articles published after it, so the members a merged story had before its merge stay
     * under its own id, and {@code merges} says where it went.
     */
    public record Result(List<StoryAssignment> assignments, List<Story> stories, List<StoryMerge> merges) {
        public Result {
            assignments = List.copyOf(assignments);
            stories = List.copyOf(stories);
            merges = List.copyOf(merges);
        }
    }

    private final StoryClusterer<S> clusterer;

    public StoryStream(StoryClusterer<S> clusterer) {
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    }

    /** A stream over the default {@link OnlineStoryClusterer}. */
    public static StoryStream<StoryProfile> withDefaults() {
        return new StoryStream<>(new OnlineStoryClusterer());
    }

    /** Articles prepared ahead of the one being assigned: enough to keep every core busy, few enough to hold. */
    private static final int AHEAD = 512;

    @SuppressWarnings("unchecked") // prepared came from this clusterer's own prepare
    private StoryAssignment assignPrepared(AnnotatedArticle doc, Object prepared, StoryIndex<S> index) {
        return ((PreparingClusterer<S, Object>) clusterer).assign(doc, prepared, index);
    }

    public Result run(List<AnnotatedArticle> docs) {
        Integer[] order = new Integer[docs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> docs.get(i).anchor(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(i -> docs.get(i).id())
                .thenComparingInt(i -> i));

        StoryIndex<S> index = clusterer.newIndex();
        StoryAssignment[] byInput = new StoryAssignment[docs.size()];
        // members are collected from the assignments, which outlive the index's eviction
        Map<String, List<AnnotatedArticle>> members = new LinkedHashMap<>();
        if (clusterer instanceof PreparingClusterer<?, ?> preparing && docs.size() > 1) {
            assignPreparedAhead(preparing, docs, order, index, byInput, members);
        } else {
            for (Integer i : order) {
                record(i, clusterer.assign(docs.get(i), index), docs, byInput, members);
            }
        }
        List<Story> out = new ArrayList<>(members.size());
        members.forEach((id, list) -> out.add(Story.of(id, list)));
        return new Result(Arrays.asList(byInput), out, index.merges());
    }

    /**
     * The per-article work of a {@link PreparingClusterer} on one thread per core, in stream order and up to
     * {@link #AHEAD} articles ahead, while this thread assigns each prepared article in turn: assignment overlaps
     * preparation instead of waiting for the whole batch to be prepared, so its time is no longer a serial part of
     * the run. Preparation is a pure function of each article, so the result is the same as doing it in the loop.
     */
    private void assignPreparedAhead(PreparingClusterer<?, ?> preparing, List<AnnotatedArticle> docs, Integer[] order,
                                     StoryIndex<S> index, StoryAssignment[] byInput,
                                     Map<String, List<AnnotatedArticle>> members) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                Thread.ofPlatform().daemon().name("story-prepare-", 0).factory());
        try {
            Deque<Future<?>> ahead = new ArrayDeque<>();
            int submitted = 0;
            for (int n = 0; n < order.length; n++) {
                while (submitted < order.length && submitted < n + AHEAD) {
                    AnnotatedArticle doc = docs.get(order[submitted++]);
                    ahead.add(pool.submit(() -> preparing.prepare(doc)));
                }
                int i = order[n];
                record(i, assignPrepared(docs.get(i), done(ahead.poll()), index), docs, byInput, members);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The prepared article, with a failure of its preparation thrown as it was thrown. */
    private static Object done(Future<?> prepared) {
        try {
            return prepared.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("preparing an article failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing articles", e);
        }
    }

    private static void record(int i, StoryAssignment a, List<AnnotatedArticle> docs, StoryAssignment[] byInput,
                               Map<String, List<AnnotatedArticle>> members) {
        byInput[i] = a;
        members.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(docs.get(i));
    }
}
