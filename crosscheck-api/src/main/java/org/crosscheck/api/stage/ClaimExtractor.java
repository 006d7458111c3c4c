package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Claim;

/**
 * Reads the checkable statements of an annotated article. Sentences inside non-reporting regions, questions and
 * opinion yield no claims.
 */
@FunctionalInterface
public interface ClaimExtractor {
    List<Claim> extract(AnnotatedArticle doc);
}
