package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.state.StoryMerge;

/**
 * The stories of a run.
 *
 * @param assignments one per article, in input order
 * @param stories     the stories, largest first, ties by first date then id
 * @param merges      stories found to be one during the run, in stream order; assignments made before a merge keep
 *                    the story they named
 */
public record Clustering(List<StoryAssignment> assignments, List<Story> stories, List<StoryMerge> merges) {
    public Clustering {
        assignments = List.copyOf(assignments);
        stories = List.copyOf(stories);
        merges = List.copyOf(merges);
    }
}
