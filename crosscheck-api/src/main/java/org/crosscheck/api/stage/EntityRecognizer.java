package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.EntityMention;

/**
 * Finds named-entity mentions in a segmented article. The {@code canonical} of each mention is the best name
 * within the article ("Biden" after "Joe Biden" gets "Joe Biden"); an {@link EntityResolver} settles names across
 * articles.
 */
@FunctionalInterface
public interface EntityRecognizer {
    List<EntityMention> recognize(AnnotatedArticle doc);
}
