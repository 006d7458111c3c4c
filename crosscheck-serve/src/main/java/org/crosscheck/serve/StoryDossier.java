package org.crosscheck.serve;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Brief;

/**
 * A story's brief with the annotated articles its spans point into: everything a renderer needs.
 *
 * @param articles   the story's articles by id, in the story's order: its own members and, when other stories were
 *                   merged into it, theirs, in the order they were clustered
 * @param mergedInto the story this one was merged into (the clusterer found the two to be one), or {@code null}
 *                   while it is a story of its own; a merged story keeps the brief it had when it was merged
 * @param mergedFrom the stories merged into this one, in the order they were merged
 */
public record StoryDossier(StoryEntry entry, Brief brief, Map<String, AnnotatedArticle> articles, String mergedInto,
                           List<String> mergedFrom) {
    public StoryDossier {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(brief, "brief");
        articles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(articles));
        mergedFrom = List.copyOf(mergedFrom);
    }

    /** A story no other was merged into, and that was not merged. */
    public StoryDossier(StoryEntry entry, Brief brief, Map<String, AnnotatedArticle> articles) {
        this(entry, brief, articles, null, List.of());
    }

    /** This dossier with what the story's merges are now. */
    StoryDossier withMerges(String into, List<String> from) {
        return Objects.equals(into, mergedInto) && from.equals(mergedFrom) ? this
                : new StoryDossier(entry, brief, articles, into, from);
    }
}
