package org.crosscheck.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void sameVectorsAsLangchain4jsEncoderWithinTheWindow() {
        String text = "Officials in Valmora said on Tuesday that the port would stay closed until the strike ends, "
                + "and the union said 2,000 members had voted to walk out.";
        float[] theirs = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(text).content().vector();
        float[] ours = embedder.embed(text);
        for (int i = 0; i < ours.length; i++) {
            assertThat(ours[i]).isCloseTo(theirs[i], within(1e-4f));
        }
    }

    @Test
    void aWordPieceBudgetReadsOnlyTheOpening() {
        MiniLmEmbedder capped = MiniLmEmbedder.shared().withMaxWordPieces(12);
        String opening = "The port of Valmora closed on Saturday as dockworkers walked out over pay";
        float[] a = capped.embed(opening + " and pensions, the union said.");
        float[] b = capped.embed(opening + ". A lemon cake recipe follows for the summer.");
        assertThat(a).containsExactly(b);
        assertThat(embedder.embed(opening + " and pensions, the union said."))
                .isNotEqualTo(embedder.embed(opening + ". A lemon cake recipe follows for the summer."));
        String shortText = "Dockworkers strike";
        assertThat(capped.embed(shortText)).containsExactly(embedder.embed(shortText));
    }

    @Test
    void twoThreadsGetTheVectorsOneThreadGets() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            texts.add("Report " + i + ": the port of Valmora stayed closed for a " + (i % 5 + 2)
                    + "th day as the union and the harbour authority met again" + ", and talks went on".repeat(i % 4));
        }
        MiniLmEmbedder lead = MiniLmEmbedder.shared().withMaxWordPieces(24);
        List<float[]> alone = texts.stream().map(lead::embed).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<float[]>> shared = new ArrayList<>();
            for (String t : texts) {
                shared.add(pool.submit(() -> lead.embed(t)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(shared.get(i).get()).as(texts.get(i)).containsExactly(alone.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
