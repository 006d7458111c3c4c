package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.Claim;

/**
 * How much two claims of one story say the same thing: shared canonical entities and shared content words, each
 * weighted by rarity across the story's articles, lifted by the cosine of their embeddings when both have one.
 * Entities and words every article uses (the story's protagonists) say little; the ones only some articles use say
 * which fact a sentence reports.
 *
 * <p>Why embeddings and words together: outlets word one fact differently ("the timing appears influenced by
 * Trump's election success" / "believed to be influenced by the transition to Trump's presidency"), which words
 * alone miss; but the sentences of one story are all close in embedding space, so the embedding alone would merge
 * different facts about the same cast. The embedding weighs in only on pairs that already share a content
 * word, and only upward; it never makes a match from names alone.
 *
 * <p>A read-only view of one {@link StoryClaims} state, built when its groups are read; safe to share between
 * threads.
 */
final class ClaimScores {

    /** Weight of entities against words when both claims name entities. */
    static final double ENTITY_WEIGHT = 0.4;
    /**
     * Word overlap at which shared names count in full; below it they count in proportion. Names say who a claim
     * is about, words say what it states: two sentences with the same cast and two story-wide words in common
     * ("the decision to allow Ukraine to strike inside Russia follows months of debate" / "Ukraine plans to deploy
     * the missiles to target bases deep within Russia") report different facts, and on the seed story such pairs
     * (word overlap 0.13, names 1.0) scored above true paraphrases with fewer shared names.
     */
    static final double WORDS_FOR_NAMES = 0.2;
    /** A claim pair sharing a single content word counts at this fraction of its similarity. */
    static final double SINGLE_WORD_FACTOR = 0.6;
    /** Share of the embedding in the similarity of two claims that both have one. */
    static final double EMBEDDING_WEIGHT = 0.5;
    /**
     * Cosine at which the embedding part starts to count: below it two sentences of one story are only about the
     * same topic.
     */
    static final double COSINE_FLOOR = 0.45;

    private final StoryClaims state;
    /** Rarity weights of words and entities by vocabulary id, for the evidence cells. */
    private final double[] wordWeightById;
    private final double[] entityWeightById;
    /** Number of entries; the evidence of entries (later, earlier) at {@code later * entries + earlier}. */
    private final int entries;
    private final PairEvidence[] evidence;
    /** Per entry and claim within it, the claim's global index, -1 for a repeated claim id. */
    private final int[][] globalOf;
    /** Claims by global index: entry, index within the entry, word norm, entity norm, figures. */
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] entryOf;
    private final int[] localOf;
    private final double[] wordNorm;
    private final double[] entityNorm;
    /** Per claim the number of its entities. */
    private final int[] entityCount;
    /** The word id of the cause class ({@link Lexicon#CAUSE}), -1 when no claim of the story states a cause. */
    private final int causeId;
    private final List<List<Figure>> figures = new ArrayList<>();

    ClaimScores(StoryClaims state) {
        this.state = state;
        List<StoryClaims.Entry> entries = state.entries();
        int n = Math.max(1, entries.size());
        this.wordWeightById = byId(weights(state.wordArticles(), n), state.wordIds());
        this.entityWeightById = byId(weights(state.entityArticles(), n), state.entityIds());
        this.entries = entries.size();
        this.evidence = new PairEvidence[this.entries * this.entries];
        int total = state.positions().size();
        entryOf = new int[total];
        localOf = new int[total];
        wordNorm = new double[total];
        entityNorm = new double[total];
        entityCount = new int[total];
        causeId = state.wordIds().getOrDefault(Lexicon.CAUSE, -1);
        globalOf = new int[this.entries][];
        int g = 0;
        for (int e = 0; e < this.entries; e++) {
            StoryClaims.Entry entry = entries.get(e);
            for (int earlier = 0; earlier < e; earlier++) {
                evidence[e * this.entries + earlier] = entry.against().get(earlier);
            }
            List<ClaimFeatures> fs = entry.claims().features();
            globalOf[e] = new int[fs.size()];
            for (int k = 0; k < fs.size(); k++) {
                ClaimFeatures f = fs.get(k);
                globalOf[e][k] = -1;
                if (index.putIfAbsent(f.claim().id(), g) != null || g >= total) {
                    continue;
                }
                globalOf[e][k] = g;
                entryOf[g] = e;
                localOf[g] = k;
                wordNorm[g] = sum(entry.words()[k], wordWeightById);
                entityNorm[g] = sum(entry.entities()[k], entityWeightById);
                entityCount[g] = entry.entities()[k].length;
                figures.add(f.figures());
                g++;
            }
        }
    }

    /** Receives a pair of claims by their indices, with their {@link #similarity}. */
    interface PairVisitor {
        void visit(int a, int b, double similarity);
    }

    /**
     * Every pair of claims of different articles that share a content word, by index, each pair once (the claim of
     * the later article first), with its similarity: the only pairs whose {@link #similarity} is above zero. Walks
     * the stored evidence cells, not the claim pairs' words.
     */
    void forEachSharingPair(PairVisitor visitor) {
        for (int later = 1; later < entries; later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                PairEvidence ev = evidence[later * entries + earlier];
                int[][] words = ev.words();
                for (int cell = 0; cell < words.length; cell++) {
                    if (words[cell] != null) {
                        int a = globalOf[later][cell / ev.cols()];
                        int b = globalOf[earlier][cell % ev.cols()];
                        if (a >= 0 && b >= 0) {
                            visitor.visit(a, b, similarity(a, b, ev, cell));
                        }
                    }
                }
            }
        }
    }

    /** The number of claims indexed; every index is below it. */
    int size() {
        return index.size();
    }

    /** The index of a claim of the state, or -1. */
    int index(Claim c) {
        Integer i = index.get(c.id());
        return i == null ? -1 : i;
    }

    /** The figures of a claim of the state (computed when its article arrived), else computed now. */
    List<Figure> figures(Claim c) {
        int i = index(c);
        return i < 0 ? Figure.of(c) : figures.get(i);
    }

    private static double[] byId(Map<String, Double> weight, Map<String, Integer> ids) {
        double[] out = new double[ids.size()];
        java.util.Arrays.fill(out, 1.0);
        ids.forEach((k, id) -> out[id] = weight.getOrDefault(k, 1.0));
        return out;
    }

    /** Rarity weight that never reaches zero: a word in every article still counts a little. */
    private static Map<String, Double> weights(Map<String, Integer> df, int n) {
        Map<String, Double> w = new HashMap<>(df.size() * 2);
        df.forEach((k, d) -> w.put(k, Math.log(1.0 + (double) n / d) + 0.15));
        return w;
    }

    private static double sum(int[] ids, double[] weight) {
        double t = 0;
        for (int id : ids) {
            t += weight[id];
        }
        return t;
    }

    ClaimFeatures features(Claim c) {
        return state.features(c);
    }

    /**
     * Two claims that share names but no content word report different facts about the same cast ("Rehn confirmed
     * the closure", "Rehn said 2,500 were on strike"); one shared word is weak evidence, two or more are a match.
     * 0 within one article.
     */
    double similarity(Claim a, Claim b) {
        return similarity(index(a), index(b));
    }

    double similarity(int a, int b) {
        PairEvidence ev = evidence(a, b);
        if (ev == null) {
            return 0;
        }
        return similarity(a, b, ev, cell(ev, a, b));
    }

    private double similarity(int a, int b, PairEvidence ev, int cell) {
        int[] words = ev.words()[cell];
        if (words == null) {
            return 0;
        }
        boolean relation = sameCause(a, b, ev, cell);
        double strength = words.length == 1 && !relation ? SINGLE_WORD_FACTOR : 1.0;
        return strength * blend(mixed(a, b, ev, cell, !relation), ev.cosines()[cell]);
    }

    /**
     * Whether two claims state a cause with the same actors: both say what prompted something ("was triggered
     * by", "in response to", "comes as") and every entity of the claim naming fewer is named by the other, two at
     * least. Outlets name what prompted an event each in their own words ("Ostmark's deployment of troops to
     * Tarsland", "concerns over Ostmark's alliance with Tarsland", "as Ostmark's troops bolster Tarsland's forces"),
     * so the actors of the cause say which fact it is; then the names count in full and the one shared word is
     * enough. Only causes: on BASIL, reading other shared predicate classes this way ("allowed", "voted") joined
     * different statements about one cast. {@link StoryClaimAligner#sameCause} is the same test on features.
     */
    private boolean sameCause(int a, int b, PairEvidence ev, int cell) {
        int[] shared = ev.entities()[cell];
        int fewer = Math.min(entityCount[a], entityCount[b]);
        return causeId >= 0 && shared != null && fewer >= 2 && shared.length >= fewer
                && java.util.Arrays.binarySearch(ev.words()[cell], causeId) >= 0;
    }

    /** {@link #similarity} without the embedding: words and names only. */
    double lexical(Claim a, Claim b) {
        int ia = index(a);
        int ib = index(b);
        PairEvidence ev = evidence(ia, ib);
        if (ev == null || ev.words()[cell(ev, ia, ib)] == null) {
            return 0;
        }
        int cell = cell(ev, ia, ib);
        return (ev.words()[cell].length == 1 ? SINGLE_WORD_FACTOR : 1.0) * mixed(ia, ib, ev, cell, true);
    }

    /**
     * How related two claims are, names included even without a shared word: for matching a denial with the
     * assertion that overtook it ("no plans to close the port" against "the ministry approved the closure"), which
     * share actors more than wording.
     */
    double related(Claim a, Claim b) {
        return related(index(a), index(b));
    }

    /** {@link #related(Claim, Claim)} by claim index; 0 within one article. */
    double related(int a, int b) {
        PairEvidence ev = evidence(a, b);
        return ev == null ? 0 : mixed(a, b, ev, cell(ev, a, b), false);
    }

    /** The indices of some claims of the state, in their order. */
    int[] indices(List<Claim> claims) {
        int[] out = new int[claims.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index(claims.get(i));
        }
        return out;
    }

    /** The evidence of two claims of different articles, or {@code null}. */
    private PairEvidence evidence(int a, int b) {
        if (a < 0 || b < 0 || entryOf[a] == entryOf[b]) {
            return null;
        }
        int later = Math.max(entryOf[a], entryOf[b]);
        int earlier = Math.min(entryOf[a], entryOf[b]);
        return evidence[later * entries + earlier];
    }

    private int cell(PairEvidence ev, int a, int b) {
        int later = entryOf[a] > entryOf[b] ? a : b;
        int earlier = later == a ? b : a;
        return localOf[later] * ev.cols() + localOf[earlier];
    }

    /**
     * Words and names together. With {@code namesNeedWords} the names count in full only when the words overlap by
     * {@link #WORDS_FOR_NAMES} (for telling whether two claims state one fact); without it they always count in
     * full (for {@link #related}, where a denial and the report that overtook it share their cast more than their
     * wording).
     */
    private double mixed(int a, int b, PairEvidence ev, int cell, boolean namesNeedWords) {
        double lex = overlap(ev.words()[cell], wordNorm[a], wordNorm[b], wordWeightById);
        if (entityNorm[a] == 0 || entityNorm[b] == 0) {
            return lex * (1 - ENTITY_WEIGHT / 2);
        }
        double ent = overlap(ev.entities()[cell], entityNorm[a], entityNorm[b], entityWeightById);
        double namesWeight = namesNeedWords ? Math.min(1, lex / WORDS_FOR_NAMES) : 1;
        return (1 - ENTITY_WEIGHT) * lex + ENTITY_WEIGHT * ent * namesWeight;
    }

    /**
     * Weighted Ochiai (cosine of binary weighted sets): unlike Jaccard it does not punish a long sentence for the
     * extra facts it carries beside the shared one.
     */
    private static double overlap(int[] shared, double normA, double normB, double[] weight) {
        if (shared == null || normA == 0 || normB == 0) {
            return 0;
        }
        double inter = 0;
        for (int k : shared) {
            inter += weight[k];
        }
        return inter / Math.sqrt(normA * normB);
    }

    /**
     * Words and names, lifted toward the embedding's cosine above its floor when that is higher: a paraphrase that
     * shares few words rises. The embedding never lowers a pair: measured on the seed story and ClaimDiff, MiniLM
     * gives sentences about different facts of one story cosines (0.55 to 0.65) as high as true paraphrases, so a
     * symmetric mix lost true corroborations there without removing more false ones than the words already do.
     */
    static double blend(double lexical, double cosine) {
        if (Double.isNaN(cosine)) {
            return lexical;
        }
        double semantic = Math.min(1, Math.max(0, (cosine - COSINE_FLOOR) / (1 - COSINE_FLOOR)));
        return lexical + EMBEDDING_WEIGHT * Math.max(0, semantic - lexical);
    }
}
