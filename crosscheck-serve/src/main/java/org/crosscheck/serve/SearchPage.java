package org.crosscheck.serve;

import java.util.List;
import java.util.Objects;
import org.crosscheck.api.Span;

/**
 * One page of search results: stories, each with the best-matching article's snippet. Ranked results have no stable
 * key, so they page by offset (into the store's ranked article hits; a story may show up again on a later page when
 * several of its articles match).
 *
 * @param offset     where this page starts
 * @param nextOffset where the next page starts, or {@code null} when this is the last
 */
public record SearchPage(List<Found> results, int offset, Integer nextOffset) {
    public SearchPage {
        results = List.copyOf(results);
    }

    /**
     * A story found, and why.
     *
     * @param article the matching article, or {@code null} when the search does not say
     * @param snippet plain text around the matches, untrusted (escape it for HTML), or {@code null}
     * @param matches where the query's terms are in {@code snippet}
     */
    public record Found(StoryEntry story, String article, String snippet, List<Span> matches) {
        public Found {
            Objects.requireNonNull(story, "story");
            matches = List.copyOf(matches);
        }
    }
}
