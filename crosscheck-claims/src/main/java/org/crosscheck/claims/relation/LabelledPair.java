package org.crosscheck.claims.relation;

import java.util.Objects;

/**
 * A pair with its known relation, for training and validation; {@code group} is what must never be split between a
 * training and a validation fold (a topic: its pairs share names and wording that a model could learn by heart).
 */
public record LabelledPair(RelationPair pair, ClaimRelation relation, String group) {
    public LabelledPair {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(relation, "relation");
        group = group == null ? "" : group;
    }
}
