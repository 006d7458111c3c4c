package org.crosscheck.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's other ways of running the model compare like with like: same texts, same cut, same pooling. */
class PaddedRunsTest {

    private static final OnnxModel MODEL = OnnxModel.load();
    private static final List<String> TEXTS = List.of(
            "Dockworkers walk out and shut the Port of Valmora as talks over pay and pensions collapse.",
            "Strike shuts port",
            "The Ministry of Transport approved the closure late on Saturday, officials in Valmora said.");

    @Test
    void oneTextPerRunGivesTheShippedVectorExactly() {
        for (String text : TEXTS) {
            List<long[]> ids = List.of(MODEL.ids(text, 96));
            float[] shipped = MODEL.meanPooled(text, 96);
            assertThat(PaddedRuns.meanPooled(MODEL, ids, true)[0]).containsExactly(shipped);
            assertThat(PaddedRuns.meanPooled(MODEL, ids, false)[0]).containsExactly(shipped);
        }
    }

    @Test
    void paddingIsLeftOutOfTheMean() {
        float[][] batch = PaddedRuns.meanPooled(MODEL, PaddedRuns.ids(MODEL, TEXTS, 96), true);
        for (int i = 0; i < TEXTS.size(); i++) {
            // close, not equal: the activations are quantised with one scale for the whole batch
            assertThat(EmbeddingBenchmark.cosine(batch[i], MODEL.meanPooled(TEXTS.get(i), 96))).isGreaterThan(0.97);
        }
    }

    @Test
    void sortingByLengthKeepsTheOrderOfTheTexts() {
        float[][] sorted = PaddedRuns.sortedByLength(MODEL, TEXTS, 96, TEXTS.size());
        float[][] asGiven = PaddedRuns.meanPooled(MODEL, PaddedRuns.ids(MODEL, TEXTS, 96), true);
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(sorted[i]).containsExactly(asGiven[i]);
        }
    }
}
