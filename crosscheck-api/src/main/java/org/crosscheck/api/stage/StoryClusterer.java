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
}
