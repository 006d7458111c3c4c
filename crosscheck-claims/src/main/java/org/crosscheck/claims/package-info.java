/**
 * Claims and the brief of a story: {@link org.crosscheck.claims.SentenceClaimExtractor} reads checkable statements,
 * {@link org.crosscheck.claims.StoryClaimAligner} aligns them across articles and gives each group its standing
 * (corroborated, disputed, superseded, single-source), and {@link org.crosscheck.claims.StoryBriefBuilder} writes the
 * brief with its timeline, quotes and sourcing profiles. {@link org.crosscheck.claims.Lexicon} holds the general
 * English these stages share.
 */
package org.crosscheck.claims;
