package org.crosscheck.api.state;

import java.util.List;
import java.util.Optional;

/**
 * The stories a clusterer can still join: their summaries and a candidate lookup. Implementations keep memory
 * bounded by evicting stories idle for longer than their window.
 *
 * @param <S> the implementation's story summary
 */
public interface StoryIndex<S extends StoryIndex.Summary> {

    /** What every story summary exposes; implementations add what their similarity needs. */
    interface Summary {
        String storyId();
    }

    /** Stories that may match an article with these keys (entities, terms), at most {@code limit}. */
    List<S> candidates(List<String> keys, int limit);

    Optional<S> get(String storyId);

    /** Adds or replaces a story summary. */
    void put(S summary);

    /** Number of stories in the hot index. */
    int size();

    /**
     * The merges recorded in this index so far, in the order they happened. An index whose clusterer never merges
     * stories has none.
     */
    default List<StoryMerge> merges() {
        return List.of();
    }
}
