package org.crosscheck.api.stage;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.state.StoryIndex;

/**
 * A story clusterer whose per-article work (features, embeddings, signatures) is a pure function of the article,
 * so a stream can do it ahead on every core (or in a stateless operator upstream of the keyed one) and keep only
 * the assignment itself in publication order.
 *
 * @param <S> the story summary the implementation keeps in the index
 * @param <F> what {@link #prepare} makes of one article
 */
public interface PreparingClusterer<S extends StoryIndex.Summary, F> extends StoryClusterer<S> {

    /** The article's per-article work; safe on any thread, in any order. */
    F prepare(AnnotatedArticle doc);

    /** The same assignment {@link #assign(AnnotatedArticle, StoryIndex)} makes, from {@code prepare(doc)}. */
    StoryAssignment assign(AnnotatedArticle doc, F prepared, StoryIndex<S> index);

    /**
     * The same as {@link #replay(AnnotatedArticle, String, StoryIndex)}, from {@code prepare(doc)}. The default
     * ignores the preparation.
     */
    default StoryAssignment replay(AnnotatedArticle doc, F prepared, String storyId, StoryIndex<S> index) {
        return replay(doc, storyId, index);
    }
}
