package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Quantity;

/** Finds numbers with their units, qualifiers and what they count. Years, dates and times are not quantities. */
@FunctionalInterface
public interface QuantityExtractor {
    List<Quantity> extract(AnnotatedArticle doc);
}
