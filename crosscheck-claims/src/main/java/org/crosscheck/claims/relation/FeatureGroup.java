package org.crosscheck.claims.relation;

/**
 * The groups of features {@link RelationFeatures} can compute; a model records the groups it was trained on, so an
 * ablation is a model trained on fewer groups.
 */
public enum FeatureGroup {
    /** The element-wise product and absolute difference of the two claims' sentence embeddings. */
    EMBEDDINGS,
    /** Cosines between the claims and between each claim and both titles. */
    SIMILARITIES,
    /** Shared words, names and figures; conflicting figures; lengths. */
    LEXICAL,
    /** Negation, contrast, hedges, attribution, dispute and support cues on each side. */
    CUES
}
