package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.ClaimGroup;
import org.junit.jupiter.api.Test;

/**
 * The inverted index and the sparse clustering give exactly what comparing every claim pair gives: the shared words
 * and names of every cell equal a plain intersection of the two claims' sets, the pairs the aligner visits are
 * exactly those with a similarity above zero, and the groups read from a state whose evidence was built pair by
 * pair are the groups of the indexed state. On the fictional stories of the tests, the project's example story and
 * the seed story repeated to 15 articles (when the shared data is present).
 */
class PairIndexIT {

    private final SentenceClaimExtractor extractor = new SentenceClaimExtractor();
    private final StoryClaimAligner aligner = new StoryClaimAligner();

    @Test
    void indexedEvidenceEqualsEveryPairIntersected() throws IOException {
        for (List<AnnotatedArticle> story : stories()) {
            StoryClaims state = state(story);
            StoryClaims reference = allPairs(state);
            for (int later = 0; later < state.entries().size(); later++) {
                for (int earlier = 0; earlier < later; earlier++) {
                    PairEvidence got = state.entries().get(later).against().get(earlier);
                    PairEvidence want = reference.entries().get(later).against().get(earlier);
                    String where = story.get(later).id() + " against " + story.get(earlier).id();
                    assertThat(Arrays.deepEquals(got.words(), want.words())).as("words " + where).isTrue();
                    assertThat(Arrays.deepEquals(got.entities(), want.entities())).as("names " + where).isTrue();
                }
            }
            assertThat(aligner.groups(state)).isEqualTo(aligner.groups(reference));
        }
    }

    @Test
    void theAlignerVisitsExactlyThePairsWithASimilarity() throws IOException {
        for (List<AnnotatedArticle> story : stories()) {
            ClaimScores sim = new ClaimScores(state(story));
            int n = sim.size();
            Set<Long> visited = new HashSet<>();
            sim.forEachSharingPair((a, b, s) -> {
                assertThat(visited.add(Math.min(a, b) * (long) n + Math.max(a, b))).as("pair %d %d visited once", a, b)
                        .isTrue();
                assertThat(s).as("pair %d %d", a, b).isEqualTo(sim.similarity(a, b));
            });
            int positive = 0;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    boolean similar = sim.similarity(a, b) > 0;
                    positive += similar ? 1 : 0;
                    assertThat(visited.contains(a * (long) n + b)).as("pair %d %d", a, b).isEqualTo(similar);
                }
            }
            assertThat(positive).as("claim pairs that share a word").isPositive();
        }
    }

    @Test
    void indexedGroupsDoNotDependOnTheOrderOfArrival() throws IOException {
        for (List<AnnotatedArticle> story : stories()) {
            List<ClaimGroup> inOrder = aligner.groups(state(story));
            List<AnnotatedArticle> shuffled = new ArrayList<>(story);
            Collections.shuffle(shuffled, new Random(7));
            assertThat(aligner.groups(state(shuffled))).isEqualTo(inOrder);
        }
    }

    private List<List<AnnotatedArticle>> stories() throws IOException {
        List<List<AnnotatedArticle>> out = new ArrayList<>();
        out.add(VeldraStory.all());
        out.add(ExampleStoryBriefIT.examples());
        List<AnnotatedArticle> seeds = SeedBriefIT.seedDocs();
        if (!seeds.isEmpty()) {
            out.add(repeated(seeds, 15));
        }
        return out;
    }

    /** The articles again under new ids, outlets and dates (a day later per round), until there are {@code n}. */
    private static List<AnnotatedArticle> repeated(List<AnnotatedArticle> docs, int n) {
        List<AnnotatedArticle> out = new ArrayList<>();
        for (int round = 0; out.size() < n; round++) {
            for (AnnotatedArticle d : docs) {
                if (out.size() < n) {
                    Article a = d.article();
                    out.add(d.withArticle(new Article(a.id() + "-r" + round, a.outlet() + " " + round,
                            a.published() == null ? null : a.published().plusDays(round), a.url(), a.title(),
                            a.language(), a.text(), a.origin())));
                }
            }
        }
        return out;
    }

    private StoryClaims state(List<AnnotatedArticle> docs) {
        StoryClaims state = StoryClaims.empty("s");
        for (AnnotatedArticle d : docs) {
            state = state.with(aligner.prepare(SourceProfiles.context(d, null), extractor.extract(d)));
        }
        return state;
    }

    /** The same state with every cell's evidence computed by intersecting the two claims' sets. */
    private static StoryClaims allPairs(StoryClaims state) {
        List<StoryClaims.Entry> entries = new ArrayList<>();
        for (int later = 0; later < state.entries().size(); later++) {
            StoryClaims.Entry e = state.entries().get(later);
            List<PairEvidence> against = new ArrayList<>();
            for (int earlier = 0; earlier < later; earlier++) {
                against.add(intersected(e, state.entries().get(earlier), state));
            }
            entries.add(new StoryClaims.Entry(e.claims(), e.words(), e.entities(), against));
        }
        return new StoryClaims(state.storyId(), entries, state.positions(), state.wordArticles(),
                state.entityArticles(), state.wordIds(), state.entityIds());
    }

    private static PairEvidence intersected(StoryClaims.Entry later, StoryClaims.Entry earlier, StoryClaims state) {
        List<ClaimFeatures> rows = later.claims().features();
        List<ClaimFeatures> cols = earlier.claims().features();
        int[][] words = new int[rows.size() * cols.size()][];
        int[][] names = new int[rows.size() * cols.size()][];
        float[] cosines = new float[rows.size() * cols.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                int cell = i * cols.size() + j;
                words[cell] = common(rows.get(i).keys(), cols.get(j).keys(), state.wordIds());
                names[cell] = common(rows.get(i).entities(), cols.get(j).entities(), state.entityIds());
                cosines[cell] = Float.NaN;
            }
        }
        return new PairEvidence(rows.size(), cols.size(), words, names, cosines);
    }

    private static int[] common(Set<String> a, Set<String> b, Map<String, Integer> ids) {
        int[] out = a.stream().filter(b::contains).mapToInt(ids::get).sorted().toArray();
        return out.length == 0 ? null : out;
    }
}
