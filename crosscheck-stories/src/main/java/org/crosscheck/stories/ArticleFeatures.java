package org.crosscheck.stories;

import java.time.LocalDate;

/**
 * What an article offers for story matching, before any corpus weighting: zone-weighted counts of stemmed terms
 * and numbers, counts of entity names and a sentence embedding of its title and lead.
 * Kept apart from the weighted vectors so the same extraction serves any weighting, and so the costly part (the
 * embedding) runs on as many threads as there are cores while assignment stays one article at a time. Made by
 * {@link OnlineStoryClusterer#prepare}.
 *
 * @param terms     term and number counts, title and lead occurrences counted above body ones
 * @param entities  canonical entity names (lowercased), or capitalised words when the article has no entities
 * @param embedding L2-normalised embedding of title and lead, or {@code null} when the clusterer has no embedder
 */
public record ArticleFeatures(String id, String outlet, LocalDate date, SparseVector terms, SparseVector entities,
                              float[] embedding) {
}
