package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Brief;
import org.crosscheck.api.StoryAssignment;

/** Writes the brief of one story from its annotated articles and how they were clustered. */
@FunctionalInterface
public interface BriefBuilder {
    Brief build(String storyId, List<AnnotatedArticle> docs, List<StoryAssignment> assignments);
}
