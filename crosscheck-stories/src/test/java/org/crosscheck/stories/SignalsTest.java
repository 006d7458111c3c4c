package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The building blocks: sparse vectors, MinHash, the stemmer and the stop list. */
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
    void minHashEstimatesJaccardOfFiveGrams() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            words.add("w" + i);
        }
        List<String> copy = new ArrayList<>(words);
        copy.set(150, "changed");
        List<String> other = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            other.add("v" + i);
        }
        long[] s = MinHash.signature(words);
        assertThat(MinHash.jaccard(s, MinHash.signature(words))).isEqualTo(1.0);
        assertThat(MinHash.jaccard(s, MinHash.signature(copy))).isGreaterThanOrEqualTo(0.8);
        assertThat(MinHash.jaccard(s, MinHash.signature(other))).isLessThan(0.2);
        assertThat(MinHash.signature(List.of())).isNull();
        assertThat(MinHash.signature(List.of("one", "two"))).hasSize(MinHash.SIZE);
        assertThat(Arrays.equals(MinHash.signature(words), s)).as("fixed seeds").isTrue();
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
