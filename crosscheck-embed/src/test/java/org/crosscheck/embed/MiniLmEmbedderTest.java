package org.crosscheck.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.crosscheck.api.stage.SentenceEmbedder;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    private final SentenceEmbedder embedder = MiniLmEmbedder.shared();

    @Test
    void similarSentencesScoreHigherThanUnrelatedOnes() {
        float[] strike = embedder.embed("Dockworkers walk out and shut the Port of Valmora");
        float[] sameEvent = embedder.embed("Port of Valmora closed as harbour workers go on strike");
        float[] unrelated = embedder.embed("Recipe: a lemon cake with poppy seeds for a summer picnic");

        double related = SentenceEmbedder.cosine(strike, sameEvent);
        double apart = SentenceEmbedder.cosine(strike, unrelated);
        assertThat(related).isGreaterThan(apart + 0.3);
    }

    @Test
    void vectorsAreNormalisedAndOfTheStatedDimension() {
        float[] v = embedder.embed("The Ministry of Transport approved the closure late on Saturday.");
        assertThat(v).hasSize(embedder.dimension());
        assertThat(SentenceEmbedder.cosine(v, v)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void sameTextSameVectorAcrossInstances() {
        String text = "Union leader Dmytro Kovalchuk says 2,000 members are ready to strike.";
        assertThat(new MiniLmEmbedder().embed(text)).containsExactly(embedder.embed(text));
    }

    @Test
    void blankTextIsTheZeroVector() {
        assertThat(embedder.embed("  ")).containsOnly(0f).hasSize(MiniLmEmbedder.DIMENSION);
    }
}
