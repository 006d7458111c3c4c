package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Region;

/**
 * Marks the stretches of an article that are not reporting: Q&amp;A "interviews" with unverifiable speakers,
 * questions to the reader, opinion. Nothing inside such a region may count as evidence for a claim.
 */
@FunctionalInterface
public interface ContentClassifier {
    List<Region> classify(AnnotatedArticle doc);
}
