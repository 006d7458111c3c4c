package org.crosscheck.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

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

    /**
     * The per-article work of a {@link PreparingClusterer} done ahead, on all cores (it is a pure function of each
     * article, so the result is the same as doing it in the loop); {@code null} for other clusterers.
     */
    private Object[] prepare(List<AnnotatedArticle> docs) {
        if (!(clusterer instanceof PreparingClusterer<?, ?> preparing)) {
            return null;
        }
        Object[] out = new Object[docs.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = preparing.prepare(docs.get(i)));
        return out;
    }

    @SuppressWarnings("unchecked") // prepared[i] came from this clusterer's own prepare
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
        Object[] prepared = prepare(docs);
        for (Integer i : order) {
            AnnotatedArticle doc = docs.get(i);
            StoryAssignment a = prepared == null ? clusterer.assign(doc, index)
                    : assignPrepared(doc, prepared[i], index);
            byInput[i] = a;
            members.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(doc);
        }
        List<Story> out = new ArrayList<>(members.size());
        members.forEach((id, list) -> out.add(Story.of(id, list)));
        return new Result(Arrays.asList(byInput), out, index.merges());
    }
}
