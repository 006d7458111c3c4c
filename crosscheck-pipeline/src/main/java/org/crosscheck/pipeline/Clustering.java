package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;

/**
 * The stories of a run.
 *
 * @param assignments one per article, in input order
 * @param stories     the stories, largest first, ties by first date then id
 */
public record Clustering(List<StoryAssignment> assignments, List<Story> stories) {
    public Clustering {
        assignments = List.copyOf(assignments);
        stories = List.copyOf(stories);
    }
}
