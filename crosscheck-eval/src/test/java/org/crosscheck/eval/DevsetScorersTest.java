package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DevsetScorersTest {

    private static final Devset GOLD = new Devset(List.of(new Devset.Doc("a", "a", "s", "x", "0",
            List.of(new Devset.Entity(new Devset.Range(0, 5), "PERSON", "Joe Biden"),
                    new Devset.Entity(new Devset.Range(10, 15), "PERSON", "Joe Biden"),
                    new Devset.Entity(new Devset.Range(20, 26), "LOCATION", "Kyiv")),
            List.of(new Devset.Range(30, 35)),
            List.of(new Devset.Figure(new Devset.Range(40, 50), 3000, "troops", "more than")),
            List.of(new Devset.Range(60, 64)))));

    @Test
    void mentionsExactLenientAndCanonical() {
        MentionScorer.Report r = MentionScorer.score(GOLD, List.of(
                new MentionScorer.Mention("a", 0, 5, "PERSON", "Biden"),
                new MentionScorer.Mention("a", 10, 15, "PERSON", "Joe"),
                new MentionScorer.Mention("a", 20, 24, "LOCATION", "Kyiv"),
                new MentionScorer.Mention("a", 31, 33, "MISC", "ignored"),
                new MentionScorer.Mention("a", 50, 53, "ORGANIZATION", "wrong")));
        assertThat(r.exact()).isEqualTo(new Score(2, 4, 2, 3));
        assertThat(r.lenient()).isEqualTo(new Score(3, 4, 3, 3));
        assertThat(r.canonical().recall()).isEqualTo(0.5);
        assertThat(r.canonical().precision()).isEqualTo(1.0);
        assertThat(r.exactByType().get("LOCATION")).isEqualTo(new Score(0, 1, 0, 1));
    }

    @Test
    void quantitiesByOverlapWithValueUnitQualifier() {
        QuantityScorer.Report r = QuantityScorer.score(GOLD, List.of(
                new QuantityScorer.Predicted("a", 45, 50, 3000, "troops", "exact"),
                new QuantityScorer.Predicted("a", 60, 62, 97, "votes", "exact"),
                new QuantityScorer.Predicted("a", 70, 72, 5, "days", "exact")));
        assertThat(r.lenient()).isEqualTo(new Score(1, 2, 1, 1));
        assertThat(r.exact()).isEqualTo(new Score(0, 2, 0, 1));
        assertThat(r.valueAccuracy()).isEqualTo(1.0);
        assertThat(r.qualifierAccuracy()).isEqualTo(0.0);
        assertThat(r.allAccuracy()).isEqualTo(0.0);
    }
}
