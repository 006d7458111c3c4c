package org.crosscheck.store;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.api.Span;

/**
 * One article found by a full-text search.
 *
 * @param score   relevance: higher is better, comparable only within one result list
 * @param snippet plain text from the article around the matches (untrusted: escape it before showing it in HTML)
 * @param matches where the query's terms are in {@code snippet}, for highlighting
 */
public record SearchHit(String id, String title, String outlet, LocalDate published, String story, double score,
                        String snippet, List<Span> matches) {
    public SearchHit {
        matches = List.copyOf(matches);
    }
}
