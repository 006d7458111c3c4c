package org.crosscheck.stories;

import org.crosscheck.eval.BCubed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.embed.MiniLmEmbedder;
import org.junit.jupiter.api.Test;

/**
 * The BASIL events hidden among the 37,554 AllSides articles: they must still find each other (scored on the BASIL
 * articles only), and the cost per article must not grow with the number of stories held. Slow, so it runs only
 * with {@code -Dcrosscheck.big=true}.
 */
class MixedCorpusIT {

    @Test
    void basilAmongAllSides() {
        assumeTrue(Boolean.getBoolean("crosscheck.big"), "set -Dcrosscheck.big=true to run");
        List<DevSets.Labelled> basil = DevSets.read(DevSets.require("stories/basil-dev.jsonl.gz"), Integer.MAX_VALUE);
        List<DevSets.Labelled> all = new ArrayList<>(basil);
        all.addAll(DevSets.read(DevSets.require("corpus/allsides-37k.jsonl.gz"),
                Integer.getInteger("crosscheck.big.limit", Integer.MAX_VALUE)));

        BCubed.Result windowed = run("default window", ClusterConfig.defaults(), all);
        assertThat(windowed.f1()).isGreaterThanOrEqualTo(0.95);
        if (Boolean.getBoolean("crosscheck.big.unbounded")) {
            // no eviction: the index grows to every story, which shows how cost scales with its size
            BCubed.Result unbounded = run("no eviction",
                    ClusterConfig.defaults().toBuilder().windowDays(100_000).build(), all);
            assertThat(unbounded.f1()).isGreaterThanOrEqualTo(0.95);
        }
    }

    /**
     * The same mix with the embedding configuration, as {@code crosscheck eval clusters --distractors} runs it: the
     * clusterer whose span limit keeps long same-topic stories from chaining BASIL events together, and whose long
     * stories continue only with articles that read like their latest members, so precision stays above recall
     * (issue 5: a false merge is worse than a miss). Measured P 1.000 R 0.963 F1 0.981 on the clusterer alone.
     */
    @Test
    void basilAmongAllSidesWithEmbeddings() {
        assumeTrue(Boolean.getBoolean("crosscheck.big"), "set -Dcrosscheck.big=true to run");
        List<DevSets.Labelled> all = new ArrayList<>(
                DevSets.read(DevSets.require("stories/basil-dev.jsonl.gz"), Integer.MAX_VALUE));
        all.addAll(DevSets.read(DevSets.require("corpus/allsides-37k.jsonl.gz"),
                Integer.getInteger("crosscheck.big.limit", Integer.MAX_VALUE)));
        List<AnnotatedArticle> docs = all.stream().map(DevSets.Labelled::doc).toList();
        long t0 = System.nanoTime();
        StoryStream.Result r = new StoryStream<>(OnlineStoryClusterer.withEmbeddings(MiniLmEmbedder.shared()))
                .run(docs);
        BCubed.Result b = BCubed.score(r.assignments().stream().map(StoryAssignment::story).toList(),
                all.stream().map(DevSets.Labelled::story).toList());
        System.out.printf("[stories] BASIL in AllSides (embeddings): %d articles, %s on BASIL, %.0f articles/s%n",
                docs.size(), b, docs.size() / ((System.nanoTime() - t0) / 1e9));
        assertThat(b.f1()).isGreaterThanOrEqualTo(0.975);
        assertThat(b.precision()).isGreaterThan(b.recall());
    }

    private static BCubed.Result run(String name, ClusterConfig config, List<DevSets.Labelled> all) {
        // publication order, as StoryStream would; unlabelled distractors carry a null gold label
        List<DevSets.Labelled> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing((DevSets.Labelled l) -> l.doc().anchor(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        OnlineStoryClusterer c = new OnlineStoryClusterer(config);
        MemoryStoryIndex index = c.newIndex();
        List<String> predicted = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        System.out.printf("[stories] %s: start%n", name);
        long t0 = System.nanoTime();
        long tLast = t0;
        int[] marks = {2_000, 5_000, 10_000, 20_000, 30_000, sorted.size()};
        int m = 0;
        for (int i = 0; i < sorted.size(); i++) {
            AnnotatedArticle doc = sorted.get(i).doc();
            StoryAssignment a = c.assign(doc, index);
            predicted.add(a.story());
            gold.add(sorted.get(i).story());
            if (m < marks.length && i + 1 == marks[m]) {
                long now = System.nanoTime();
                int span = marks[m] - (m == 0 ? 0 : marks[m - 1]);
                System.out.printf("[stories] %s: %d articles, %d stories in index, %.3f ms/article over the last %d%n",
                        name, i + 1, index.size(), (now - tLast) / 1e6 / span, span);
                tLast = now;
                m++;
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        BCubed.Result b = BCubed.score(predicted, gold);
        System.out.printf("[stories] BASIL in AllSides (%s): %d articles, %s on BASIL, %.0f articles/s%n", name,
                sorted.size(), b, sorted.size() / secs);
        return b;
    }
}
