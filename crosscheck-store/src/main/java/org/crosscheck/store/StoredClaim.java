package org.crosscheck.store;

import java.util.List;
import org.crosscheck.api.ClaimStatus;

/**
 * One claim group of a story's latest brief, for queries across stories (which claims cite this article?).
 *
 * @param ordinal  its place in the brief
 * @param articles the articles behind it
 */
public record StoredClaim(String storyId, String id, int ordinal, String statement, ClaimStatus status,
                          String firstReported, String supersededBy, List<String> articles) {
    public StoredClaim {
        articles = List.copyOf(articles);
    }
}
