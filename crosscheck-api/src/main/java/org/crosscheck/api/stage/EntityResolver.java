package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;

/**
 * Gives every real-world entity one canonical name across a set of articles: transliterations (Zelensky, Zelenskiy,
 * Zelenskyy), surname-only mentions, titles and acronyms with their expansions. Returns the articles with their
 * entity mentions (and the speakers and sources that name them) renamed; the result does not depend on the order of
 * the input list.
 */
@FunctionalInterface
public interface EntityResolver {
    List<AnnotatedArticle> resolve(List<AnnotatedArticle> docs);
}
