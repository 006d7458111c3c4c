package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.stage.SentenceEmbedder;
import org.crosscheck.api.state.SourceContext;
import org.junit.jupiter.api.Test;

/** Embeddings with words: a test double stands in for the sentence model, giving each sentence a chosen meaning. */
class EmbeddingAlignmentTest {

    /** Sentences mentioning a cue word get that cue's direction; all others a direction of their own. */
    private static final class CueEmbedder implements SentenceEmbedder {
        private final Map<String, Integer> cues;

        CueEmbedder(Map<String, Integer> cues) {
            this.cues = cues;
        }

        @Override
        public int dimension() {
            return 16;
        }

        @Override
        public float[] embed(String text) {
            float[] v = new float[16];
            for (Map.Entry<String, Integer> e : cues.entrySet()) {
                if (text.contains(e.getKey())) {
                    v[e.getValue()] = 1;
                    return v;
                }
            }
            v[8 + Math.floorMod(text.hashCode(), 8)] = 1;
            return v;
        }
    }

    private static List<ClaimGroup> align(StoryClaimAligner aligner, List<AnnotatedArticle> docs) {
        SentenceClaimExtractor extractor = new SentenceClaimExtractor();
        List<Claim> claims = new ArrayList<>();
        docs.forEach(d -> claims.addAll(extractor.extract(d)));
        List<SourceContext> contexts = docs.stream().map(d -> SourceProfiles.context(d, null)).toList();
        return aligner.align("s", claims, contexts);
    }

    /**
     * Two wordings of one fact that share one word besides their names, and two different facts about one depot. The
     * paraphrase says what shaped the decision, not what caused it: two causes with the same actors meet on words
     * alone (see {@link ClaimScores}).
     */
    private static List<AnnotatedArticle> story() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The timing of the Veldra decision appears shaped by the coming election of Ana Brisk.")
                .loc("Veldra", "Veldra").person("Ana Brisk", "Ana Brisk")
                .s("Veldra also opened a new rail depot near Kelmar.")
                .loc("Veldra", "Veldra").loc("Kelmar", "Kelmar").build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("The Veldra move is widely believed to be shaped by the transition to a government of Ana Brisk.")
                .loc("Veldra", "Veldra").person("Ana Brisk", "Ana Brisk")
                .s("Veldra closed the old rail depot near Kelmar after the floods.")
                .loc("Veldra", "Veldra").loc("Kelmar", "Kelmar").build();
        return List.of(a, b);
    }

    @Test
    void paraphrasesCloseInMeaningJoinOnlyWithEmbeddings() {
        SentenceEmbedder emb = new CueEmbedder(Map.of("timing", 0, "believed", 0));
        List<ClaimGroup> plain = align(new StoryClaimAligner(), story());
        List<ClaimGroup> embedded = align(new StoryClaimAligner(emb), story());
        assertThat(plain).noneMatch(g -> g.statement().contains("timing") && g.articles().size() == 2);
        ClaimGroup timing = embedded.stream().filter(g -> g.claims().stream()
                .anyMatch(c -> c.statement().contains("timing"))).findFirst().orElseThrow();
        assertThat(timing.articles()).containsExactlyInAnyOrder("a", "b");
        assertThat(timing.status()).isEqualTo(ClaimStatus.CORROBORATED);
    }

    @Test
    void embeddingsNeverJoinWhatWordsKeepApart() {
        SentenceEmbedder same = new CueEmbedder(Map.of("Veldra", 3));
        List<ClaimGroup> plain = align(new StoryClaimAligner(), story());
        List<ClaimGroup> embedded = align(new StoryClaimAligner(same), story());
        // every sentence looks alike to this embedder; only pairs sharing a content word may meet
        assertThat(embedded).noneMatch(g -> g.claims().stream().anyMatch(c -> c.statement().contains("opened"))
                && g.claims().stream().anyMatch(c -> c.statement().contains("shaped")));
        assertThat(embedded.size()).isGreaterThanOrEqualTo(plain.size() - 2);
    }
}
