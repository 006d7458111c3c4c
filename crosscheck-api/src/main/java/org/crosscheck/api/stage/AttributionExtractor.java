package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;

/**
 * Finds who reported information is credited to ("according to two U.S. officials", "CNN reported", "citing
 * unnamed sources"), with the kind of source and the span of what it supports.
 */
@FunctionalInterface
public interface AttributionExtractor {
    List<Attribution> extract(AnnotatedArticle doc);
}
