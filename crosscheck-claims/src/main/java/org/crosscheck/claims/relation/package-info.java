/**
 * How a claim of one outlet bears on a claim of another: {@link org.crosscheck.claims.relation.ClaimRelationClassifier}
 * says whether claim A strengthens claim B (supports the same view, adds to it, restates it), weakens it (contests
 * it, undermines it, takes the opposite view) or neither.
 *
 * <p>This is a wider question than alignment ({@link org.crosscheck.claims.StoryClaimAligner} asks whether two
 * sentences state the same fact): two outlets support one view with different facts far more often than they repeat
 * one. It is answered by a small multinomial logistic regression over sentence-embedding, similarity, word-overlap
 * and cue features ({@link org.crosscheck.claims.relation.RelationFeatures}), trained by
 * {@link org.crosscheck.claims.relation.SoftmaxTrainer} and shipped as derived numbers only (a text resource of
 * weights); {@link org.crosscheck.claims.relation.RelationCrossValidation} measures it with folds grouped by topic,
 * so that no topic is seen in training and validation at once.
 */
package org.crosscheck.claims.relation;
