package org.crosscheck.api.stage;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.state.StoryIndex;

/**
 * Assigns one article, in publication order, to an existing story or a new one, and records it in the story index.
 * The index passed in is the only state, so the same code runs embedded or inside a keyed stream operator. It never
 * looks at articles published after the one it assigns, and is deterministic for the same input.
 *
 * @param <S> the story summary the implementation keeps in the index
 */
public interface StoryClusterer<S extends StoryIndex.Summary> {

    /** A fresh, empty index of the kind this clusterer reads. */
    StoryIndex<S> newIndex();

    StoryAssignment assign(AnnotatedArticle doc, StoryIndex<S> index);

    /**
     * Records {@code doc} in {@code index} as a member of {@code storyId}, a story decided earlier (by an earlier
     * run, and kept in a store), without deciding again: a restarted service warms its index from the store this
     * way, so the story ids its clients hold stay valid. The effects on the index are those of an assignment into
     * that story (the story's summary grows by the article, or starts with it under {@code storyId} when the index
     * does not hold that story; whatever corpus statistics the index keeps count the article). Call in publication
     * order, one article at a time per index, as with {@link #assign}; replayed and assigned articles may be mixed
     * on one index. An implementation that records without deciding returns an assignment naming {@code storyId}.
     *
     * <p>The default cannot record without deciding, so it assigns the article again and returns where that put
     * it, which matches {@code storyId} when the articles come in their original order and the clusterer has not
     * changed; callers compare the returned story with {@code storyId} to count the articles that moved.
     */
    default StoryAssignment replay(AnnotatedArticle doc, String storyId, StoryIndex<S> index) {
        return assign(doc, index);
    }
}
