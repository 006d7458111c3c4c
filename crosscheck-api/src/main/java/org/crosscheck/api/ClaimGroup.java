package org.crosscheck.api;

import java.util.List;
import java.util.Objects;

/**
 * Claims from one or more articles that state the same thing, with their standing across the story.
 *
 * @param id           deterministic: derived from the story and the member claims
 * @param statement    the statement as the brief shows it (the wording of its earliest independent source)
 * @param status       corroborated, disputed, single-source or superseded
 * @param claims       the member claims, in publication order
 * @param support      every span the group rests on
 * @param values       for claims about a number, every article's figure
 * @param supersededBy for a superseded group, the id of the group that overtook it; otherwise {@code null}
 * @param firstReported the article that reported it first
 */
public record ClaimGroup(String id, String statement, ClaimStatus status, List<Claim> claims, List<Evidence> support,
                         List<ClaimValue> values, String supersededBy, String firstReported) {
    public ClaimGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        claims = List.copyOf(claims);
        support = List.copyOf(support);
        values = List.copyOf(values);
        if (support.isEmpty()) {
            throw new IllegalArgumentException("claim group " + id + " cites no span");
        }
    }

    /** The distinct articles behind the group. */
    public List<String> articles() {
        return claims.stream().map(Claim::article).distinct().toList();
    }
}
