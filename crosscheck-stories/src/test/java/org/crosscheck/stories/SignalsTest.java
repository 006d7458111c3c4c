package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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

    /**
     * The heaviest features and the probe's cosine, both written for speed, against their plain definitions on
     * random vectors with many tied weights and shared keys: the same choice, order and bits.
     */
    @Test
    void heaviestFeaturesAndProbeCosineMatchTheirDefinitions() {
        Random random = new Random(11);
        for (int n = 0; n < 2_000; n++) {
            SparseVector a = randomVector(random);
            SparseVector b = randomVector(random);
            int k = random.nextInt(a.size() + 3);
            List<Integer> byWeight = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                byWeight.add(i);
            }
            byWeight.sort(Comparator.<Integer>comparingDouble(i -> -a.value(i)).thenComparingInt(i -> i));
            List<String> want = byWeight.subList(0, Math.min(k, a.size())).stream().map(a::key).toList();
            assertThat(a.topKeys(k)).isEqualTo(want);
            Map<String, Double> kept = new HashMap<>();
            want.forEach(key -> kept.put(key, a.get(key)));
            assertThat(a.top(k)).isEqualTo(SparseVector.of(kept));
            assertThat(Double.doubleToLongBits(a.probe().cosine(b))).isEqualTo(Double.doubleToLongBits(a.cosine(b)));
        }
    }

    private static SparseVector randomVector(Random random) {
        Map<String, Double> w = new HashMap<>();
        int size = random.nextInt(60);
        for (int i = 0; i < size; i++) {
            w.put("k" + random.nextInt(80), (double) (1 + random.nextInt(4)) / (1 + random.nextInt(3)));
        }
        return SparseVector.of(w);
    }
}
