package org.crosscheck.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One labelled pair of ClaimDiff (Ko et al. 2022): a claim from each of two outlets' articles on one topic, and how
 * the first relates to the second.
 *
 * @param date the publication date of article A (ClaimDiff gives no date for B), or {@code null}
 */
public record ClaimDiffPair(String pairId, String topic, LocalDate date, String claimA, String claimB,
                            String articleA, String articleB, ClaimDiffRelation relation) {
    public ClaimDiffPair {
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(claimA, "claim_a of " + pairId);
        Objects.requireNonNull(claimB, "claim_b of " + pairId);
        Objects.requireNonNull(relation, "relation of " + pairId);
    }
}
