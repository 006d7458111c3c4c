package org.crosscheck.stories;

import java.time.LocalDate;

/**
 * What an article offers for story matching, before any corpus weighting: zone-weighted counts of stemmed terms
 * and numbers, counts of entity names, and a near-duplicate signature. Kept apart from the weighted vectors so the
 * same extraction serves any weighting (fixed, online IDF, or an embedding added beside it).
 *
 * @param terms     term and number counts, title and lead occurrences counted above body ones
 * @param entities  canonical entity names (lowercased), or capitalised words when the article has no entities
 * @param signature MinHash signature of the normalised text, or {@code null} when the text has no words
 */
record ArticleFeatures(String id, String outlet, LocalDate date, SparseVector terms, SparseVector entities,
                       long[] signature) {
}
