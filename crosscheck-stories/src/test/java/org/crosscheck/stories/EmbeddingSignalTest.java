package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.stories.Fixtures.DAY;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.stage.SentenceEmbedder;
import org.junit.jupiter.api.Test;

/** The embedding signal, on a stand-in embedder whose notion of meaning the test controls. */
class EmbeddingSignalTest {

    /** Texts that mention any flood word mean "flood"; all others mean something orthogonal. */
    private static final class TopicEmbedder implements SentenceEmbedder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            String t = text.toLowerCase(Locale.ROOT);
            boolean flood = t.contains("flood") || t.contains("inundat") || t.contains("deluge");
            return flood ? new float[] {1, 0, 0} : new float[] {0, 1, 0};
        }
    }

    // the same fictional event in words that share almost nothing but the town's name
    private static final AnnotatedArticle FIRST = Fixtures.doc("flood-a", "Northwind Courier", DAY,
            "Floodwater swamps lower Quarrow", "Floodwater swamped the lower streets of Quarrow overnight as the "
                    + "Senn burst its banks. Residents waded to shelters.");
    private static final AnnotatedArticle SECOND = Fixtures.doc("flood-b", "Daily Lantern", DAY,
            "Deluge leaves Quarrow homes under water", "Homes in Quarrow stood under a metre of water on "
                    + "Wednesday after torrential rain; families were evacuated by boat.");

    @Test
    void paraphrasesOfOneEventJoinWhenTheEmbeddingsAgree() {
        ClusterConfig config = ClusterConfig.defaults().toBuilder().embedding(0.8, 0.3).joinThreshold(0.3).build();
        StoryStream.Result with = new StoryStream<>(new OnlineStoryClusterer(config, new TopicEmbedder()))
                .run(List.of(FIRST, SECOND));
        StoryStream.Result without = new StoryStream<>(
                new OnlineStoryClusterer(config.toBuilder().embedding(0, 0.3).build()))
                .run(List.of(FIRST, SECOND));
        assertThat(with.stories()).hasSize(1);
        assertThat(without.stories()).hasSize(2);
    }

    @Test
    void differentMeaningsLowerTheScoreOfOtherwiseSimilarText() {
        ClusterConfig config = ClusterConfig.defaults().toBuilder().embedding(0.5, 0.3).build();
        OnlineStoryClusterer c = new OnlineStoryClusterer(config, new TopicEmbedder());
        MemoryStoryIndex index = c.newIndex();
        c.assign(FIRST, index);
        double same = c.assign(Fixtures.doc("flood-c", "Meridian Post", DAY, "Quarrow floods again",
                "Floodwater swamped Quarrow."), index).score();
        MemoryStoryIndex other = c.newIndex();
        c.assign(FIRST, other);
        double different = c.assign(Fixtures.doc("fair-c", "Meridian Post", DAY, "Quarrow fair opens",
                "The Quarrow fair opened by the Senn."), other).score();
        assertThat(same).isGreaterThan(different);
    }

    @Test
    void prepareIsAPureFunctionOfTheArticle() {
        OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.withEmbeddings(), new TopicEmbedder());
        ArticleFeatures a = c.prepare(FIRST);
        ArticleFeatures b = c.prepare(FIRST);
        assertThat(b.embedding()).containsExactly(a.embedding());
        assertThat(b.terms()).isEqualTo(a.terms());
        assertThat(b.entities()).isEqualTo(a.entities());
    }

    @Test
    void aZeroWeightNeverCallsTheModel() {
        TopicEmbedder model = new TopicEmbedder();
        OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.defaults(), model);
        new StoryStream<>(c).run(List.of(FIRST, SECOND));
        assertThat(model.calls.get()).isZero();
        assertThat(c.prepare(FIRST).embedding()).isNull();
    }

    @Test
    void blankTextIsNotEmbedded() {
        TopicEmbedder model = new TopicEmbedder();
        OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.withEmbeddings(), model);
        assertThat(c.prepare(Fixtures.doc("blank", "X", DAY, " ", "  \n ")).embedding()).isNull();
        assertThat(model.calls.get()).isZero();
    }

    @Test
    void theStoryCentroidIsTheSumOfItsMembersEmbeddings() {
        OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.withEmbeddings(), new TopicEmbedder());
        MemoryStoryIndex index = c.newIndex();
        c.assign(FIRST, index);
        c.assign(SECOND, index);
        StoryProfile s = index.get(OnlineStoryClusterer.storyIdFor("flood-a")).orElseThrow();
        assertThat(s.articles()).containsExactly("flood-a", "flood-b");
        assertThat(s.embedding()).containsExactly(2f, 0f, 0f);
        assertThat(s.embeddingCosine(new float[] {1, 0, 0})).isEqualTo(1.0);
        assertThat(s.embeddingCosine(new float[] {0, 1, 0})).isEqualTo(0.0);
    }

    @Test
    void titleAndLeadIsCutAtAWordNearTheLimit() {
        String lead = FeatureExtractor.titleAndLead(FIRST, 3, 40);
        assertThat(lead).isEqualTo("Floodwater swamps lower Quarrow.");
        assertThat(FeatureExtractor.titleAndLead(FIRST, 1, 400)).isEqualTo("Floodwater swamps lower Quarrow. "
                + "Floodwater swamped the lower streets of Quarrow overnight as the Senn burst its banks.");
    }

    @Test
    void configRejectsBadEmbeddingValues() {
        assertThatThrownBy(() -> ClusterConfig.defaults().toBuilder().embedding(1.5, 0.3).build())
                .hasMessageContaining("embeddingWeight");
        assertThatThrownBy(() -> ClusterConfig.defaults().toBuilder().embedding(0.5, 1).build())
                .hasMessageContaining("embeddingFloor");
        assertThatThrownBy(() -> ClusterConfig.defaults().toBuilder().embeddingChars(0).build())
                .hasMessageContaining("embeddingChars");
        assertThatThrownBy(() -> OnlineStoryClusterer.withEmbeddings(null)).hasMessageContaining("embedder");
    }
}
