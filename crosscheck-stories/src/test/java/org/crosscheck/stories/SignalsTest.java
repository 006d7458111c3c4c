package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The building blocks: sparse vectors, the stemmer and the stop list. */
class SignalsTest {

    @Test
    void sparseVectorsAreOrderIndependentAndCosineIsBounded() {
        SparseVector a = SparseVector.of(Map.of("bridge", 2.0, "river", 1.0, "mayor", 0.0));
        SparseVector b = SparseVector.of(Map.of("river", 1.0, "bridge", 2.0));
        assertThat(a).isEqualTo(b);
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.cosine(b)).isCloseTo(1.0, within(1e-12));
        assertThat(a.cosine(SparseVector.of(Map.of("strike", 1.0)))).isZero();
        assertThat(a.cosine(SparseVector.EMPTY)).isZero();
        SparseVector sum = a.plus(SparseVector.of(Map.of("strike", 3.0, "river", 1.0)));
        assertThat(sum.get("river")).isEqualTo(2.0);
        assertThat(sum.get("strike")).isEqualTo(3.0);
        assertThat(sum.topKeys(2)).containsExactly("strike", "bridge");
        assertThat(sum.top(1).get("strike")).isEqualTo(3.0);
        assertThat(sum.top(1).size()).isEqualTo(1);
        assertThat(sum.normalized().norm()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void stemmerJoinsInflectionsButKeepsShortWords() {
        assertThat(Stemmer.stem("protests")).isEqualTo(Stemmer.stem("protest"));
        assertThat(Stemmer.stem("protesters")).isEqualTo(Stemmer.stem("protest"));
        assertThat(Stemmer.stem("voted")).isEqualTo(Stemmer.stem("vote"));
        assertThat(Stemmer.stem("votes")).isEqualTo(Stemmer.stem("vote"));
        assertThat(Stemmer.stem("running")).isEqualTo("run");
        assertThat(Stemmer.stem("policies")).isEqualTo(Stemmer.stem("policy"));
        assertThat(Stemmer.stem("bus")).isEqualTo("bus");
        assertThat(Stemmer.stem("water")).isEqualTo("water");
    }

    @Test
    void stopListCoversFunctionAndReportingWords() {
        assertThat(StopWords.contains("the")).isTrue();
        assertThat(StopWords.contains("said")).isTrue();
        assertThat(StopWords.contains("tuesday")).isTrue();
        assertThat(StopWords.contains("bridge")).isFalse();
    }
}
