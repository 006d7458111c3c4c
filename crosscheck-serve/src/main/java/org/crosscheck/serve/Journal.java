package org.crosscheck.serve;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.state.StoryMerge;

/**
 * Where a {@link MemoryLibrary} writes what it is about to keep, so that it outlives the process. Called under the
 * library's write lock before anything becomes visible to readers: when it throws, the submission fails and readers
 * never see what could not be made durable.
 */
@FunctionalInterface
public interface Journal {

    /** Keeps nothing: the library lives in memory only. */
    Journal NONE = (docs, assignments, merges, stories) -> { };

    /**
     * @param docs        the new articles, annotated, in the order they were clustered
     * @param assignments their stories, one per article, same order
     * @param merges      the stories the clusterer found to be one while assigning them, in the order it merged
     *                    them: the assignments after a merge name the story merged into, so they belong together
     * @param stories     every story they touched, with its rebuilt brief (a story merged away keeps its brief)
     */
    void kept(List<AnnotatedArticle> docs, List<StoryAssignment> assignments, List<StoryMerge> merges,
              List<StoryDossier> stories);
}
