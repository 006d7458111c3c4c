package org.crosscheck.claims.relation;

/**
 * The classifier's decision and its class probabilities (summing to 1). The decision is the class of highest
 * probability after the model's decision offsets, so it can differ from the most probable class: the offsets are
 * chosen in cross-validation to balance the relations rather than to follow the most frequent one.
 */
public record RelationScore(ClaimRelation relation, double strengthen, double weaken, double neither) {

    /** The probability of one relation. */
    public double probability(ClaimRelation r) {
        return switch (r) {
            case STRENGTHEN -> strengthen;
            case WEAKEN -> weaken;
            case NEITHER -> neither;
        };
    }
}
