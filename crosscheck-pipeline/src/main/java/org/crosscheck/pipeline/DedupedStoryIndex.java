package org.crosscheck.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.api.state.DuplicateIndex;
import org.crosscheck.api.state.StoryIndex;
import org.crosscheck.api.state.StoryMerge;

/**
 * The state of a deduplicating cluster stream: the clusterer's own story index, untouched, beside the near-duplicate
 * signatures. The story methods go straight to the inner index, so a clusterer that looks for extra capabilities on
 * its index (corpus statistics) finds them on {@link #stories()}.
 *
 * @param <S> the clusterer's story summary
 */
public final class DedupedStoryIndex<S extends StoryIndex.Summary> implements StoryIndex<S> {

    private final StoryIndex<S> stories;
    private final DuplicateIndex duplicates;

    public DedupedStoryIndex(StoryIndex<S> stories, DuplicateIndex duplicates) {
        this.stories = Objects.requireNonNull(stories, "stories");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
    }

    public StoryIndex<S> stories() {
        return stories;
    }

    public DuplicateIndex duplicates() {
        return duplicates;
    }

    @Override
    public List<S> candidates(List<String> keys, int limit) {
        return stories.candidates(keys, limit);
    }

    @Override
    public Optional<S> get(String storyId) {
        return stories.get(storyId);
    }

    @Override
    public void put(S summary) {
        stories.put(summary);
    }

    @Override
    public int size() {
        return stories.size();
    }

    /** The clusterer's merges: copies never start or merge stories of their own. */
    @Override
    public List<StoryMerge> merges() {
        return stories.merges();
    }
}
