package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Quote;

/**
 * Finds direct quotations and who said them. Reads the article's sentences and entity mentions, so it runs after
 * segmentation and entity recognition. Scare quotes around a name or a term are not quotations.
 */
@FunctionalInterface
public interface QuoteExtractor {
    List<Quote> extract(AnnotatedArticle doc);
}
