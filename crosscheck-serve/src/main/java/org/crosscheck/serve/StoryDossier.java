package org.crosscheck.serve;

import java.util.Map;
import java.util.Objects;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Brief;

/**
 * A story's brief with the annotated articles its spans point into: everything a renderer needs.
 *
 * @param articles the story's articles by id, in the story's order
 */
public record StoryDossier(StoryEntry entry, Brief brief, Map<String, AnnotatedArticle> articles) {
    public StoryDossier {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(brief, "brief");
        articles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(articles));
    }
}
