package org.crosscheck.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.stage.SentenceEmbedder;
import org.crosscheck.api.stage.PreparingClusterer;
import org.crosscheck.api.state.StoryIndex;
import org.crosscheck.api.state.StoryMerge;
import org.crosscheck.embed.MiniLmEmbedder;

/**
 * Single-pass story clustering: each article joins the most similar live story when the similarity clears a
 * threshold, and starts a new story otherwise. Similarity is a weighted sum of the cosine of TF-IDF term vectors
 * and the cosine of entity vectors, times an exponential decay on the days between the article and the story's
 * date range, because the same topic weeks apart is usually a different story. When either side has no date the
 * gap is unknown and counts as one half-life, so undated text needs stronger evidence rather than none. With a
 * {@link SentenceEmbedder}, the cosine of the title-and-lead embedding with the story's embedding centroid is one more
 * weighted term: it recognises the same event told in other words, where terms and names only overlap in part.
 * With a span limit ({@link ClusterConfig#spanDays()}), an article that would stretch a story's date range past it
 * joins that story only with the evidence that continues an idle story, not on similarity alone, so a story cannot
 * drift for months along a chain of same-topic reports; with embeddings, that evidence includes reading like the
 * story's latest members ({@link ClusterConfig#recentMembers()}), as its whole centroid reads like its topic.
 *
 * <p>Work per article is split in two: {@link #prepare} (features and embedding, the costly part, a pure function of
 * the article that may run on any number of threads) and {@link #assign(ArticleFeatures, StoryIndex)} (one article
 * at a time, in publication order, against the index). Candidates come from the index's inverted lists with capped
 * postings and a capped count, so the cost of one assignment does not grow with the number of stories held.
 * {@link #replay(AnnotatedArticle, String, StoryIndex)} records an article into a story decided earlier with the
 * same effects on the index, without deciding: how a restarted service warms its index from its store.
 *
 * <p>With a merge threshold ({@link ClusterConfig#mergeThreshold()}), an article that fits two live stories which
 * also fit each other merges the newer into the older, recorded in the index as a
 * {@link org.crosscheck.api.state.StoryMerge}: one event that the stream first told as two stories continues as
 * one. Assignments already made are not rewritten, and {@link #replay(StoryMerge, MemoryStoryIndex)} applies a
 * recorded merge when an index is warmed from a store.
 *
 * <p>Stateless: all state is in the index (stories, document frequencies, merges), so one instance
 * serves any number of streams and threads. Decisions depend only on the articles already in the index and are
 * reproducible: vectors are sorted, and ties go to the smaller story id.
 */
public final class OnlineStoryClusterer implements PreparingClusterer<StoryProfile, ArticleFeatures> {

    private static final int ARTICLE_KEY_TERMS = 15;
    private static final int ARTICLE_KEY_ENTITIES = 10;

    private final ClusterConfig config;
    /** null when the configuration gives embeddings no weight, so the model is never loaded for nothing */
    private final SentenceEmbedder embedder;

    /** Terms, entities and time only, with the defaults. */
    public OnlineStoryClusterer() {
        this(ClusterConfig.defaults());
    }

    /** Terms, entities and time only. */
    public OnlineStoryClusterer(ClusterConfig config) {
        this(config, null);
    }

    /**
     * With sentence embeddings as a further signal, weighted by {@link ClusterConfig#embeddingWeight()}; a
     * {@code null} embedder or a zero weight leaves them out.
     */
    public OnlineStoryClusterer(ClusterConfig config, SentenceEmbedder embedder) {
        this.config = Objects.requireNonNull(config, "config");
        // MiniLM's cost grows with the word pieces it reads: it reads only as many as the configuration asks for
        SentenceEmbedder reading = embedder instanceof MiniLmEmbedder m
                ? m.withMaxWordPieces(Math.min(config.embeddingWordPieces(), MiniLmEmbedder.MAX_WORD_PIECES))
                : embedder;
        this.embedder = config.embeddingWeight() > 0 ? reading : null;
    }

    /** The defaults tuned for embeddings ({@link ClusterConfig#withEmbeddings()}) on {@code embedder}. */
    public static OnlineStoryClusterer withEmbeddings(SentenceEmbedder embedder) {
        return new OnlineStoryClusterer(ClusterConfig.withEmbeddings(), Objects.requireNonNull(embedder, "embedder"));
    }

    public ClusterConfig config() {
        return config;
    }

    /** This clusterer, on the same embedder, configured by {@code other}. */
    public OnlineStoryClusterer withConfig(ClusterConfig other) {
        return new OnlineStoryClusterer(other, embedder);
    }

    @Override
    public MemoryStoryIndex newIndex() {
        return new MemoryStoryIndex(config.windowDays(), config.maxStories());
    }

    @Override
    public StoryAssignment assign(AnnotatedArticle doc, StoryIndex<StoryProfile> index) {
        Objects.requireNonNull(doc, "doc");
        return assign(prepare(doc), index);
    }

    /**
     * What {@link #assign(ArticleFeatures, StoryIndex)} needs of an article: a pure function of the article alone,
     * safe to run on several threads ahead of assignment.
     */
    public ArticleFeatures prepare(AnnotatedArticle doc) {
        Objects.requireNonNull(doc, "doc");
        ArticleFeatures f = FeatureExtractor.extract(doc, config.leadSentences());
        if (embedder == null) {
            return f;
        }
        String lead = FeatureExtractor.titleAndLead(doc, config.embeddingSentences(), config.embeddingChars());
        float[] v = lead.isBlank() ? null : embedder.embed(lead);
        return new ArticleFeatures(f.id(), f.outlet(), f.date(), f.terms(), f.entities(), v);
    }

    /** Assigns a prepared article; call in publication order, one article at a time per index. */
    @Override
    public StoryAssignment assign(AnnotatedArticle doc, ArticleFeatures prepared, StoryIndex<StoryProfile> index) {
        return assign(prepared, index);
    }

    public StoryAssignment assign(ArticleFeatures f, StoryIndex<StoryProfile> index) {
        Objects.requireNonNull(f, "features");
        Objects.requireNonNull(index, "index");
        CorpusMemory memory = index instanceof CorpusMemory m ? m : null;
        SparseVector terms = weigh(f.terms(), Features.TERM, memory).normalized();
        SparseVector entities = weigh(f.entities(), Features.ENTITY, memory).normalized();
        SparseVector.Probe termProbe = terms.probe();
        SparseVector.Probe entityProbe = entities.probe();

        StoryProfile best = null;
        double bestScore = -1;
        StoryProfile second = null;
        double secondScore = -1;
        StoryProfile continued = null;
        double continuedScore = -1;
        for (StoryProfile s : index.candidates(keys(terms, entities), config.maxCandidates())) {
            double termCosine = termProbe.cosine(s.terms());
            double entityCosine = entities.isEmpty() || s.entities().isEmpty() ? -1 : entityProbe.cosine(s.entities());
            double embeddingCosine = f.embedding() == null || s.embedding() == null ? Double.NaN
                    : s.embeddingCosine(f.embedding());
            double raw = combined(termCosine, entityCosine, embeddingCosine);
            double score = decayed(raw, f, s);

            // continuation reads words and names, which a developing story keeps; a paraphrase-level embedding
            // match is asked for on top, as a same-topic story with the same cast reads differently
            double sparse = embedder == null ? raw : combined(termCosine, entityCosine, Double.NaN);
            boolean longStory = overstretches(f, s);
            boolean continues = f.date() != null && s.first() != null && sparse >= config.continueThreshold()
                    && s.gapDays(f.date()) <= config.windowDays()
                    && entities.sharedKeys(s.entities()) >= config.continueEntities()
                    && (Double.isNaN(embeddingCosine) || embeddingCosine >= config.continueEmbedding()
                            && (!longStory || readsLikeLatest(f, s)));
            if (continues
                    && (raw > continuedScore || raw == continuedScore && s.storyId().compareTo(continued.storyId()) < 0)) {
                continued = s;
                continuedScore = raw;
            }
            if (!continues && longStory) {
                continue;
            }
            if (score > bestScore || score == bestScore && s.storyId().compareTo(best.storyId()) < 0) {
                second = best;
                secondScore = bestScore;
                best = s;
                bestScore = score;
            } else if (score > secondScore || score == secondScore && s.storyId().compareTo(second.storyId()) < 0) {
                second = s;
                secondScore = score;
            }
        }

        StoryProfile joined;
        double score;
        if (best != null && bestScore >= config.joinThreshold()) {
            joined = best;
            score = bestScore;
            if (second != null && secondScore >= config.mergeThreshold() && config.mergeThreshold() > 0
                    && index instanceof MemoryStoryIndex merging) {
                joined = merged(f, best, second, merging);
            }
        } else if (continued != null) {
            joined = continued;
            score = continuedScore;
        } else {
            joined = index.get(storyIdFor(f.id())).orElse(null);
            score = 1.0;
        }
        String story = joined == null ? storyIdFor(f.id()) : joined.storyId();
        record(f, terms, entities, joined, story, index, memory);
        return new StoryAssignment(f.id(), story, joined == null, score, null);
    }

    /**
     * Whether joining would stretch the story's date range past {@link ClusterConfig#spanDays()}: such an article
     * needs the evidence that continues an idle story, not similarity alone. A story's gap to an article is measured
     * to its date range, so a story that takes a same-topic report every day never decays; and its centroid, summed
     * over many joiners, reads like their topic rather than their event. In a dense stream such a story walks from
     * one event to the next for months (in BASIL mixed into the AllSides corpus, every false merge came through a
     * chain of corpus articles in a story that had run for three to seventeen months), while the reports of one
     * event fall within days of each other. Taking such an article only when no other story fits, as a
     * continuation, split more BASIL events in that mix (recall 0.930 against 0.956). Stories of fewer than
     * {@link ClusterConfig#spanArticles()} articles are exempt.
     */
    private boolean overstretches(ArticleFeatures f, StoryProfile s) {
        return config.spanDays() > 0 && s.articles().size() >= config.spanArticles()
                && s.spanWith(f.date()) > config.spanDays();
    }

    /**
     * Whether the article's embedding reaches {@link ClusterConfig#continueEmbedding()} against the centroid of the
     * story's latest {@link ClusterConfig#recentMembers()} members too, asked of a story that has run past
     * {@link ClusterConfig#spanDays()}. Summed over months, such a story's centroid reads like its topic, so a new
     * event on that topic with the same cast reaches it; the story's latest reports say what it is about now, and
     * the next report of a developing story reads like them. True when no recent members are kept.
     */
    private boolean readsLikeLatest(ArticleFeatures f, StoryProfile s) {
        double recent = s.recentCosine(f.embedding());
        return Double.isNaN(recent) || recent >= config.continueEmbedding();
    }

    /**
     * Records an article into a story decided earlier, without deciding anything: the same effects on the index as
     * the assignment that first put it there (the story's profile grows by the article, or starts with it when the
     * story is not in the index; document frequencies are recorded), so an index
     * warmed by replaying a stored stream in publication order is the index that stream built, and the story ids
     * clients hold stay valid. The story need not have been started by this article; if it is not in the hot index
     * (never seen, or evicted), it starts again from this article under {@code storyId}.
     *
     * <p>Call in publication order, one article at a time per index, as with {@link #assign}; replayed and live
     * articles may be mixed freely on one index. The score reported is 1.0: nothing was compared.
     */
    @Override
    public StoryAssignment replay(AnnotatedArticle doc, String storyId, StoryIndex<StoryProfile> index) {
        return replay(prepare(Objects.requireNonNull(doc, "doc")), storyId, index);
    }

    /** {@link #replay(AnnotatedArticle, String, StoryIndex)} of an article already prepared. */
    @Override
    public StoryAssignment replay(AnnotatedArticle doc, ArticleFeatures prepared, String storyId,
                                  StoryIndex<StoryProfile> index) {
        return replay(prepared, storyId, index);
    }

    /** {@link #replay(AnnotatedArticle, String, StoryIndex)} of an article already prepared. */
    public StoryAssignment replay(ArticleFeatures f, String storyId, StoryIndex<StoryProfile> index) {
        Objects.requireNonNull(f, "features");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(index, "index");
        CorpusMemory memory = index instanceof CorpusMemory m ? m : null;
        SparseVector terms = weigh(f.terms(), Features.TERM, memory).normalized();
        SparseVector entities = weigh(f.entities(), Features.ENTITY, memory).normalized();
        StoryProfile joined = index.get(storyId).orElse(null);
        record(f, terms, entities, joined, storyId, index, memory);
        return new StoryAssignment(f.id(), storyId, joined == null, 1.0, null);
    }

    /**
     * The story the article joins when it fits two live stories, both at least at the merge threshold: the two
     * merged, the newer into the older, when they are also that similar to each other (time decay included), so
     * one event reported under two story ids becomes one from here on; otherwise {@code best} unchanged. Asking
     * the stories to match each other, not only the article, keeps an article that mentions two events (a summit
     * and the protest outside it) from gluing them together: a false merge costs more than a missed one.
     */
    private StoryProfile merged(ArticleFeatures f, StoryProfile best, StoryProfile second, MemoryStoryIndex index) {
        double pair = storySimilarity(best, second);
        if (pair < config.mergeThreshold()) {
            return best;
        }
        boolean bestIsOlder = older(best, second);
        StoryProfile into = bestIsOlder ? best : second;
        StoryProfile from = bestIsOlder ? second : best;
        StoryMerge merge = new StoryMerge(from.storyId(), into.storyId(), f.id(), pair);
        StoryProfile both = into.merge(from, config.centroidTerms(), config.recentMembers());
        index.merge(merge, both);
        return both;
    }

    /**
     * Applies a merge decided earlier, without deciding: what {@link #assign} did to the index when it merged the
     * two stories, so replaying a stored stream with its merges, each just before the article it names, rebuilds
     * the index that stream built. Nothing happens when either story is no longer in the index (evicted since).
     *
     * @return whether the two stories were in the index and are now one
     */
    public boolean replay(StoryMerge merge, MemoryStoryIndex index) {
        Objects.requireNonNull(merge, "merge");
        Objects.requireNonNull(index, "index");
        Optional<StoryProfile> into = index.get(merge.into());
        Optional<StoryProfile> from = index.get(merge.from());
        if (into.isEmpty() || from.isEmpty()) {
            return false;
        }
        index.merge(merge, into.get().merge(from.get(), config.centroidTerms(), config.recentMembers()));
        return true;
    }

    /** How alike two stories are, as {@link #decayed} sees an article and a story, over the gap between them. */
    double storySimilarity(StoryProfile a, StoryProfile b) {
        double sim = combined(a.terms().cosine(b.terms()),
                a.entities().isEmpty() || b.entities().isEmpty() ? -1 : a.entities().cosine(b.entities()),
                a.embeddingCosine(b));
        return decay(sim, a.first() == null || b.first() == null, a.gapDays(b));
    }

    /** Whether {@code a} is the older story: the earlier first date (undated last), then the smaller id. */
    private static boolean older(StoryProfile a, StoryProfile b) {
        if (a.first() != null && b.first() != null && !a.first().equals(b.first())) {
            return a.first().isBefore(b.first());
        }
        if (a.first() == null != (b.first() == null)) {
            return a.first() != null;
        }
        return a.storyId().compareTo(b.storyId()) < 0;
    }

    /** The one place an article changes the index: its story's profile, then the corpus statistics. */
    private void record(ArticleFeatures f, SparseVector terms, SparseVector entities, StoryProfile joined,
                        String storyId, StoryIndex<StoryProfile> index, CorpusMemory memory) {
        StoryProfile updated = joined == null ? StoryProfile.start(storyId, f, terms, entities, config.recentMembers())
                : joined.add(f, terms, entities, config.centroidTerms(), config.recentMembers());
        index.put(updated);
        if (memory != null) {
            memory.observe(f.terms(), f.entities());
        }
    }

    /**
     * How well an article fits a story, in [0, 1]. The entity cosine only counts when both sides have entities, so a
     * text without names is judged on its words instead of being penalised for the absence.
     */
    double decayed(double sim, ArticleFeatures f, StoryProfile s) {
        return decay(sim, f.date() == null || s.first() == null, s.gapDays(f.date()));
    }

    private double decay(double sim, boolean undated, long gapDays) {
        if (undated) {
            // an unknown gap could be months: ask for the evidence a one-half-life gap would need
            return sim * 0.5;
        }
        double gap = Math.max(0, gapDays - config.graceDays());
        return gap == 0 ? sim : sim * Math.pow(0.5, gap / config.halfLifeDays());
    }

    /**
     * What the article and the story share, before any account of time: a weighted mean of the cosines, over the
     * signals both sides have.
     */
    double contentSimilarity(SparseVector terms, SparseVector entities, float[] embedding, StoryProfile s) {
        return combined(terms.cosine(s.terms()),
                entities.isEmpty() || s.entities().isEmpty() ? -1 : entities.cosine(s.entities()),
                embedding == null || s.embedding() == null ? Double.NaN : s.embeddingCosine(embedding));
    }

    /**
     * The weighted mean of the cosines both sides have: an entity cosine below 0 means one side has no names, an
     * embedding cosine of NaN that one side has no embedding.
     */
    private double combined(double termCosine, double entityCosine, double embeddingCosine) {
        double sum = config.termWeight() * termCosine;
        double weight = config.termWeight();
        if (entityCosine >= 0) {
            sum += config.entityWeight() * entityCosine;
            weight += config.entityWeight();
        }
        if (!Double.isNaN(embeddingCosine) && config.embeddingWeight() > 0) {
            double floor = config.embeddingFloor();
            double v = Math.max(0, (embeddingCosine - floor) / (1 - floor));
            sum += config.embeddingWeight() * Math.min(1, v);
            weight += config.embeddingWeight();
        }
        return sum / weight;
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
        int[] df = n > 0 ? memory.documentFrequencies(prefix, counts) : null;
        double[] w = new double[counts.size()];
        for (int i = 0; i < w.length; i++) {
            double idf = df == null ? 1.0 : Math.log((n + 1.0) / (df[i] + 1.0)) + 1.0;
            w[i] = (1 + Math.log(counts.value(i))) * idf;
        }
        return counts.reweighted(w);
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
}
