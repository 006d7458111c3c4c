package org.crosscheck.serve;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.api.state.StoryIndex;
import org.crosscheck.stories.CorpusMemory;
import org.crosscheck.stories.DuplicateMatch;
import org.crosscheck.stories.MemoryStoryIndex;
import org.crosscheck.stories.OnlineStoryClusterer;
import org.crosscheck.stories.StoryProfile;

/**
 * A view of a {@link MemoryStoryIndex} that steers {@link OnlineStoryClusterer} into a story already decided, so a
 * restarted server can warm its index with the stored articles without deciding their stories again: the stored
 * assignment is the truth, and re-deciding could move an article (the index it was first decided against no longer
 * exists in that exact form) and so change a story id that clients hold.
 *
 * <p>How: while a target story is set, the clusterer is shown no candidates and, when the target is already in the
 * index, a near-duplicate in it, which it always joins; when the target is not in the index yet, it starts a story,
 * whose id is the target's exactly when this article is the one that started the target. Every other effect of
 * assigning (the story's profile, document frequencies, duplicate signatures) happens as in a real assignment, so
 * the warmed index is what new articles are clustered against. The caller checks the returned story id and counts
 * a mismatch.
 *
 * <p>This leans on the clusterer's documented rule that a near-duplicate joins its original's story. The proper
 * home is a {@code replay(doc, storyId, index)} method in crosscheck-stories; until it exists, this keeps the
 * steering in one small class.
 */
final class ReplayIndex implements StoryIndex<StoryProfile>, CorpusMemory {

    private final MemoryStoryIndex index;
    private String target;

    ReplayIndex(MemoryStoryIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The story the next assignment must land in, or {@code null} to stop steering. */
    void target(String storyId) {
        this.target = storyId;
    }

    @Override
    public List<StoryProfile> candidates(List<String> keys, int limit) {
        return List.of(); // nothing to weigh: the story is decided
    }

    @Override
    public Optional<StoryProfile> get(String storyId) {
        return index.get(storyId);
    }

    @Override
    public void put(StoryProfile summary) {
        index.put(summary);
    }

    @Override
    public int size() {
        return index.size();
    }

    @Override
    public int documentCount() {
        return index.documentCount();
    }

    @Override
    public int documentFrequency(String feature) {
        return index.documentFrequency(feature);
    }

    @Override
    public Optional<DuplicateMatch> nearDuplicate(long[] signature, double min) {
        if (target == null) {
            return index.nearDuplicate(signature, min);
        }
        return index.get(target).map(s -> new DuplicateMatch(s.articles().isEmpty() ? target
                : s.articles().get(s.articles().size() - 1), target, 1.0));
    }

    @Override
    public void observe(String article, String story, LocalDate date, Collection<String> features,
                        long[] signature) {
        index.observe(article, story, date, features, signature);
    }
}
