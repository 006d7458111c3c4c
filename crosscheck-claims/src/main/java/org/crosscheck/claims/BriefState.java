package org.crosscheck.claims;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Claim;

/**
 * What the brief of one story is built from, kept between updates: its annotated articles in order of arrival, the
 * article each copies (if any), each article's reporting claims, and the story's claim state. Immutable;
 * {@link StoryBriefBuilder#add} returns the next state, so this is what a keyed streaming operator keeps per story.
 *
 * @param claims the claim state when the aligner is a {@link StoryClaimAligner}, else {@code null} (claims are then
 *               aligned afresh for every brief)
 */
public record BriefState(String storyId, List<AnnotatedArticle> docs, Map<String, String> duplicateOf,
                         Map<String, List<Claim>> claimsByArticle, StoryClaims claims) {
    public BriefState {
        Objects.requireNonNull(storyId, "storyId");
        docs = List.copyOf(docs);
        duplicateOf = Map.copyOf(duplicateOf);
        claimsByArticle = Map.copyOf(claimsByArticle);
    }
}
