/**
 * Claims and the brief of a story: {@link org.crosscheck.claims.SentenceClaimExtractor} reads checkable statements,
 * one per clause when a sentence states several facts, each citing its own clause,
 * {@link org.crosscheck.claims.StoryClaimAligner} aligns them across articles and gives each group its standing
 * (corroborated, disputed, superseded, single-source), and {@link org.crosscheck.claims.StoryBriefBuilder} writes the
 * brief with its timeline, quotes and sourcing profiles. {@link org.crosscheck.claims.Lexicon} holds the general
 * English these stages share.
 *
 * <p>A story's claims are kept as a {@link org.crosscheck.claims.StoryClaims} state (per article, the claims'
 * features: words, names, figures, the predicate a denial denies and an optional sentence embedding; per article
 * pair, what their claims share) and its brief as a {@link org.crosscheck.claims.BriefState}. Both grow by pure
 * functions from a state and one new article to the next state, so one article joining a story costs its own
 * comparisons only, and the result is the same as building the story at once, in any order of arrival.
 */
package org.crosscheck.claims;
