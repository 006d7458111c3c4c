package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crosscheck.api.Claim;
import org.crosscheck.api.stage.SentenceEmbedder;
import org.crosscheck.api.state.SourceContext;

/**
 * One article's part of a story's claims: how it is sourced and the features of its claims. Depends on that article
 * alone (embedding its sentences is the costly part), so it is computed once when the article arrives, wherever
 * the article is annotated, and then joins any story state.
 */
public record ArticleClaims(SourceContext source, List<ClaimFeatures> features) {

    public ArticleClaims {
        Objects.requireNonNull(source, "source");
        features = List.copyOf(features);
        for (ClaimFeatures f : features) {
            if (!f.claim().article().equals(source.article())) {
                throw new IllegalArgumentException("claim " + f.claim().id() + " of article " + f.claim().article()
                        + " given as a claim of article " + source.article());
            }
        }
    }

    /**
     * The claims of one article with their features.
     *
     * @param embedder the sentence embedder, or {@code null} to compare claims by words and names only
     */
    public static ArticleClaims of(SourceContext source, List<Claim> claims, SentenceEmbedder embedder) {
        List<Claim> own = new ArrayList<>();
        for (Claim c : StoryClaimAligner.ordered(claims)) {
            if (c.article().equals(source.article())) {
                own.add(c);
            }
        }
        return new ArticleClaims(source, ClaimFeatures.of(own, embedder));
    }

    public String article() {
        return source.article();
    }

    public List<Claim> claims() {
        return features.stream().map(ClaimFeatures::claim).toList();
    }
}
