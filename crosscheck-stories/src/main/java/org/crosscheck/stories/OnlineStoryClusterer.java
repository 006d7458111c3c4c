package org.crosscheck.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.stage.StoryClusterer;
import org.crosscheck.api.state.StoryIndex;

/**
 * Single-pass story clustering: each article joins the most similar live story when the similarity clears a
 * threshold, and starts a new story otherwise. Similarity is a weighted sum of the cosine of TF-IDF term vectors
 * and the cosine of entity vectors, times an exponential decay on the days between the article and the story's
 * date range, because the same topic weeks apart is usually a different story. When either side has no date the
 * gap is unknown and counts as one half-life, so undated text needs stronger evidence rather than none. A further signal (a sentence
 * embedding, say) fits in {@link #similarity} as one more weighted cosine.
 *
 * <p>Stateless: all state is in the index (stories, document frequencies, duplicate signatures), so one instance
 * serves any number of streams and threads. Decisions depend only on the articles already in the index and are
 * reproducible: vectors are sorted, and ties go to the smaller story id.
 */
public final class OnlineStoryClusterer implements StoryClusterer<StoryProfile> {

    private static final int ARTICLE_KEY_TERMS = 15;
    private static final int ARTICLE_KEY_ENTITIES = 10;

    private final ClusterConfig config;

    public OnlineStoryClusterer() {
        this(ClusterConfig.defaults());
    }

    public OnlineStoryClusterer(ClusterConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public ClusterConfig config() {
        return config;
    }

    @Override
    public MemoryStoryIndex newIndex() {
        return new MemoryStoryIndex(config.windowDays(), config.maxStories());
    }

    @Override
    public StoryAssignment assign(AnnotatedArticle doc, StoryIndex<StoryProfile> index) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(index, "index");
        CorpusMemory memory = index instanceof CorpusMemory m ? m : null;
        ArticleFeatures f = FeatureExtractor.extract(doc, config.leadSentences());
        SparseVector terms = weigh(f.terms(), Features.TERM, memory).normalized();
        SparseVector entities = weigh(f.entities(), Features.ENTITY, memory).normalized();

        Optional<DuplicateMatch> dup = memory == null ? Optional.empty()
                : memory.nearDuplicate(f.signature(), config.duplicateJaccard());
        StoryProfile dupStory = dup.flatMap(d -> index.get(d.story())).orElse(null);

        StoryProfile best = null;
        double bestScore = -1;
        StoryProfile continued = null;
        double continuedScore = -1;
        for (StoryProfile s : index.candidates(keys(terms, entities), config.maxCandidates())) {
            double score = similarity(terms, entities, f, s);
            if (score > bestScore || score == bestScore && s.storyId().compareTo(best.storyId()) < 0) {
                best = s;
                bestScore = score;
            }
            double raw = contentSimilarity(terms, entities, s);

            if (f.date() != null && s.first() != null && raw >= config.continueThreshold()
                    && s.gapDays(f.date()) <= config.windowDays()
                    && entities.sharedKeys(s.entities()) >= config.continueEntities()
                    && (raw > continuedScore || raw == continuedScore && s.storyId().compareTo(continued.storyId()) < 0)) {
                continued = s;
                continuedScore = raw;
            }
        }

        String duplicateOf = null;
        StoryProfile joined;
        double score;
        if (dupStory != null) {
            duplicateOf = dup.get().article();
            joined = dupStory;
            score = Math.max(similarity(terms, entities, f, dupStory), dup.get().jaccard());
        } else if (best != null && bestScore >= config.joinThreshold()) {
            joined = best;
            score = bestScore;
        } else if (continued != null) {
            joined = continued;
            score = continuedScore;
        } else {
            joined = index.get(storyIdFor(doc.id())).orElse(null);
            score = 1.0;
        }

        StoryProfile updated;
        boolean isNew = joined == null;
        if (isNew) {
            updated = StoryProfile.start(storyIdFor(doc.id()), f, terms, entities);
        } else {
            updated = joined.add(f, terms, entities, config.centroidTerms());
        }
        index.put(updated);
        if (memory != null) {
            memory.observe(doc.id(), updated.storyId(), f.date(), featureNames(f), f.signature());
        }
        return new StoryAssignment(doc.id(), updated.storyId(), isNew, score, duplicateOf);
    }

    /**
     * How well an article fits a story, in [0, 1]. The entity cosine only counts when both sides have entities, so a
     * text without names is judged on its words instead of being penalised for the absence.
     */
    double similarity(SparseVector terms, SparseVector entities, ArticleFeatures f, StoryProfile s) {
        double sim = contentSimilarity(terms, entities, s);
        if (f.date() == null || s.first() == null) {
            // an unknown gap could be months: ask for the evidence a one-half-life gap would need
            return sim * 0.5;
        }
        double gap = Math.max(0, s.gapDays(f.date()) - config.graceDays());
        return gap == 0 ? sim : sim * Math.pow(0.5, gap / config.halfLifeDays());
    }

    /** What the article and the story share, before any account of time. */
    private double contentSimilarity(SparseVector terms, SparseVector entities, StoryProfile s) {
        double t = terms.cosine(s.terms());
        if (entities.isEmpty() || s.entities().isEmpty()) {
            return t;
        }
        double e = entities.cosine(s.entities());
        return (config.termWeight() * t + config.entityWeight() * e) / (config.termWeight() + config.entityWeight());
    }

    /** The deterministic id of a story started by an article: stable across runs, machines and orders. */
    public static String storyIdFor(String articleId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Log-scaled counts times a smoothed IDF from the stream so far. Without corpus memory, or before any article
     * was seen, IDF is flat and the static stop list carries the weighting.
     */
    private static SparseVector weigh(SparseVector counts, String prefix, CorpusMemory memory) {
        int n = memory == null ? 0 : memory.documentCount();
        Map<String, Double> w = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            double idf = 1.0;
            if (n > 0) {
                int df = memory.documentFrequency(prefix + counts.key(i));
                idf = Math.log((n + 1.0) / (df + 1.0)) + 1.0;
            }
            w.put(counts.key(i), (1 + Math.log(counts.value(i))) * idf);
        }
        return SparseVector.of(w);
    }

    private static List<String> keys(SparseVector terms, SparseVector entities) {
        List<String> keys = new ArrayList<>();
        for (String t : terms.topKeys(ARTICLE_KEY_TERMS)) {
            keys.add(Features.TERM + t);
        }
        for (String e : entities.topKeys(ARTICLE_KEY_ENTITIES)) {
            keys.add(Features.ENTITY + e);
        }
        return keys;
    }

    private static List<String> featureNames(ArticleFeatures f) {
        List<String> names = new ArrayList<>(f.terms().size() + f.entities().size());
        for (int i = 0; i < f.terms().size(); i++) {
            names.add(Features.TERM + f.terms().key(i));
        }
        for (int i = 0; i < f.entities().size(); i++) {
            names.add(Features.ENTITY + f.entities().key(i));
        }
        return names;
    }
}
