package org.crosscheck.claims.relation;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.embed.MiniLmEmbedder;
import org.junit.jupiter.api.Test;

/** The shipped model over the real sentence model, on fictional claims. */
class ClaimRelationClassifierIT {

    private static final ClaimRelationClassifier SHIPPED = ClaimRelationClassifier.shipped(MiniLmEmbedder.shared());

    private static final String CLAIM = "The Veldra city council approved a budget of 40 million euros for the new "
            + "tram line on Tuesday.";
    private static final String TITLE = "Veldra council backs tram budget";

    /** Claim B told again in other words, by an outlet whose title says the same. */
    private static final RelationPair RESTATED = new RelationPair("On Tuesday the council of Veldra voted through "
            + "40 million euros for the tram line.", CLAIM, "Veldra approves tram money", TITLE);

    @Test
    void aRestatementStrengthensMoreThanAnUnrelatedClaim() {
        RelationScore restated = SHIPPED.classify(RESTATED);
        RelationScore unrelated = SHIPPED.classify(new RelationPair("A heatwave is forecast for the southern coast "
                + "next week, with temperatures near 38 degrees.", CLAIM, "Heatwave warning for the coast", TITLE));
        assertThat(restated.relation()).isEqualTo(ClaimRelation.STRENGTHEN);
        assertThat(restated.strengthen()).isGreaterThan(unrelated.strengthen());
        assertThat(unrelated.relation()).isEqualTo(ClaimRelation.NEITHER);
    }

    @Test
    void aContradictionWeakensMoreThanARestatement() {
        RelationScore contradiction = SHIPPED.classify(new RelationPair("But opposition members denied that the "
                + "council approved any tram budget, and said the vote was never held.", CLAIM,
                "Opposition disputes Veldra tram vote", TITLE));
        assertThat(contradiction.relation()).isEqualTo(ClaimRelation.WEAKEN);
        assertThat(contradiction.weaken()).isGreaterThan(SHIPPED.classify(RESTATED).weaken());
    }

    @Test
    void theSamePairAlwaysGetsTheSameScore() {
        RelationPair p = RelationPair.of("Officials said the tram will open in 2028.", CLAIM);
        assertThat(SHIPPED.classify(p)).isEqualTo(SHIPPED.classify(p));
    }
}
