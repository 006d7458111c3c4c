package org.crosscheck.store;

import java.util.Objects;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;

/**
 * One annotated article and, when it has been clustered, the story it joined: what {@link Store#ingest} writes in
 * one transaction.
 *
 * @param assignment the clusterer's decision for this article, or {@code null} before clustering
 */
public record Ingest(AnnotatedArticle doc, StoryAssignment assignment) {
    public Ingest {
        Objects.requireNonNull(doc, "doc");
        if (assignment != null && !assignment.article().equals(doc.id())) {
            throw new IllegalArgumentException("assignment for article " + assignment.article()
                    + " given with article " + doc.id());
        }
    }
}
