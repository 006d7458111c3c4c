package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.stage.SentenceEmbedder;
import org.crosscheck.embed.MiniLmEmbedder;
import org.crosscheck.eval.BCubed;
import org.junit.jupiter.api.Test;

/**
 * A sweep over the clusterer's knobs on the BASIL and NeuS dev sets, embeddings computed once and cached, printing
 * B-cubed for each setting: how the defaults were chosen. Opt-in ({@code -Dcrosscheck.tune=true}); each knob takes a
 * comma-separated list, e.g. {@code -Dcrosscheck.tune.join=0.18,0.22}. It asserts only that the sweep ran. Entities
 * here are capitalised words (no annotation), so continuation figures differ from the pipeline's; the chosen setting
 * was then checked through the whole pipeline with {@code crosscheck eval clusters} and the seed story.
 */
class ClusterTuningIT {

    /** Embeds each distinct text once per JVM, so a sweep pays for the model once. */
    private static final class Cached implements SentenceEmbedder {
        private final Map<String, float[]> cache = new ConcurrentHashMap<>();

        @Override
        public int dimension() {
            return MiniLmEmbedder.DIMENSION;
        }

        @Override
        public float[] embed(String text) {
            return cache.computeIfAbsent(text, MiniLmEmbedder.shared()::embed);
        }
    }

    @Test
    void sweep() {
        assumeTrue(Boolean.getBoolean("crosscheck.tune"), "set -Dcrosscheck.tune=true to run");
        List<DevSets.Labelled> basil = DevSets.read(DevSets.require("stories/basil-dev.jsonl.gz"), Integer.MAX_VALUE);
        List<DevSets.Labelled> neus = DevSets.read(DevSets.require("stories/neus-dev.jsonl.gz"), Integer.MAX_VALUE);
        Cached cached = new Cached();
        List<org.crosscheck.api.AnnotatedArticle> seeds = Seeds.read();
        List<String> rows = new ArrayList<>();
        // the span limit matters only on long streams (see ClusterConfig#withEmbeddings): held at the default here
        int span = Integer.getInteger("crosscheck.tune.span", ClusterConfig.withEmbeddings().spanDays());
        for (double ew : doubles("ew", "0,0.7")) {
            for (double ef : doubles("ef", "0.3")) {
                for (double join : doubles("join", "0.22")) {
                    for (double cont : doubles("cont", "0.25")) {
                        for (double hl : doubles("hl", "1.5")) {
                            for (double tw : doubles("tw", "0.8")) {
                                for (double cent : doubles("cent", "6")) {
                                  for (double cemb : doubles("cemb", "0.6")) {
                                    ClusterConfig c = ClusterConfig.defaults().toBuilder().embedding(ew, ef)
                                            .joinThreshold(join).continueThreshold(cont).halfLifeDays(hl)
                                            .weights(tw, 1 - tw).continueEntities((int) cent)
                                            .continueEmbedding(cemb).spanDays(span)
                                            .spanArticles(ClusterConfig.withEmbeddings().spanArticles()).build();
                                    OnlineStoryClusterer k = new OnlineStoryClusterer(c, cached);
                                    BCubed.Result b = run(k, basil);
                                    BCubed.Result n = run(k, neus);
                                    long seedStories = seeds.isEmpty() ? -1 : new StoryStream<>(k).run(seeds)
                                            .stories().size();
                                    String row = String.format(
                                            "ew %.2f ef %.2f join %.3f cont %.2f hl %.1f tw %.2f ce %d cemb %.2f | BASIL %s | NeuS %s | seeds %d | min %.3f",
                                            ew, ef, join, cont, hl, tw, (int) cent, cemb, b, n, seedStories,
                                            Math.min(b.f1(), n.f1()));
                                    System.out.println("[tune] " + row);
                                    rows.add(row);
                                  }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(rows).isNotEmpty();
    }

    @Test
    void seedPairs() {
        assumeTrue(Boolean.getBoolean("crosscheck.tune"), "set -Dcrosscheck.tune=true to run");
        List<org.crosscheck.api.AnnotatedArticle> seeds = Seeds.read();
        ClusterConfig c = ClusterConfig.withEmbeddings();
        OnlineStoryClusterer k = new OnlineStoryClusterer(c, MiniLmEmbedder.shared());
        List<ArticleFeatures> fs = seeds.stream().map(k::prepare).toList();
        for (int i = 0; i < seeds.size(); i++) {
            System.out.println("[seed] " + seeds.get(i).id() + " lead: "
                    + FeatureExtractor.titleAndLead(seeds.get(i), c.embeddingSentences(), c.embeddingChars()));
        }
        for (int i = 0; i < fs.size(); i++) {
            for (int j = i + 1; j < fs.size(); j++) {
                ArticleFeatures a = fs.get(i);
                ArticleFeatures b = fs.get(j);
                MemoryStoryIndex idx = k.newIndex();
                k.assign(a, idx);
                StoryProfile s = idx.get(OnlineStoryClusterer.storyIdFor(a.id())).orElseThrow();
                SparseVector t = b.terms().normalized();
                SparseVector e = b.entities().normalized();
                System.out.printf("[seed] %s %s emb %.3f terms %.3f ents %.3f shared %d content %.3f%n", a.id(),
                        b.id(), SentenceEmbedder.cosine(a.embedding(), b.embedding()), t.cosine(s.terms()),
                        e.cosine(s.entities()), e.sharedKeys(s.entities()),
                        k.contentSimilarity(t, e, b.embedding(), s));
            }
        }
    }

    private static double[] doubles(String name, String dflt) {
        String[] parts = System.getProperty("crosscheck.tune." + name, dflt).split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].strip());
        }
        return out;
    }

    private static BCubed.Result run(OnlineStoryClusterer k, List<DevSets.Labelled> set) {
        List<org.crosscheck.api.AnnotatedArticle> docs = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (DevSets.Labelled l : set) {
            docs.add(l.doc());
            gold.add(l.story());
        }
        StoryStream.Result r = new StoryStream<>(k).run(docs);
        return BCubed.score(r.assignments().stream().map(StoryAssignment::story).toList(), gold);
    }
}
