package org.crosscheck.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.crosscheck.api.Story;
import org.crosscheck.api.state.StoryIndex;

/**
 * What the clusterer remembers of a story: the sum of its members' unit term and entity vectors (a centroid up to
 * scale, which is all a cosine needs), its date range and its members, and the embeddings of its latest few members
 * (what a long story is about now, where its whole centroid reads like its topic). Immutable; joining an article
 * yields a new profile that replaces the old one in the index.
 *
 * @param terms    summed unit term vectors of the members, cut to the heaviest terms
 * @param entities summed unit entity vectors of the members, cut likewise
 * @param first    earliest member date, or {@code null} when no member had one
 * @param last     latest member date, or {@code null}
 * @param articles member ids in order of arrival
 * @param outlets  distinct member outlets in order of arrival
 * @param embedding summed title-and-lead embeddings of the members (a centroid up to scale), or {@code null} when
 *                  none was embedded; never modified once the profile is made
 * @param recent    the embeddings of the latest members that had one, oldest first, at most as many as the
 *                  clusterer keeps ({@link ClusterConfig#recentMembers()}); never modified
 */
public record StoryProfile(String storyId, SparseVector terms, SparseVector entities, LocalDate first,
                           LocalDate last, List<String> articles, List<String> outlets, float[] embedding,
                           List<float[]> recent)
        implements StoryIndex.Summary {

    /** Candidate keys a story is filed under: enough to be found, few enough to keep postings short. */
    static final int KEY_TERMS = 30;
    static final int KEY_ENTITIES = 15;
    private static final int MAX_ENTITIES = 150;

    public StoryProfile {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(entities, "entities");
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        recent = List.copyOf(recent);
    }

    /** A story started by one article. */
    static StoryProfile start(String storyId, ArticleFeatures a, SparseVector unitTerms, SparseVector unitEntities,
                              int maxRecent) {
        // one copy serves as both: neither is ever modified
        float[] embedding = a.embedding() == null ? null : a.embedding().clone();
        return new StoryProfile(storyId, unitTerms, unitEntities, a.date(), a.date(), List.of(a.id()),
                a.outlet() == null ? List.of() : List.of(a.outlet()), embedding,
                latest(List.of(), embedding == null ? List.of() : List.of(embedding), maxRecent));
    }

    /**
     * This story with one more member; the centroid keeps at most {@code maxTerms} terms, the recent embeddings the
     * latest {@code maxRecent}.
     */
    StoryProfile add(ArticleFeatures a, SparseVector unitTerms, SparseVector unitEntities, int maxTerms,
                     int maxRecent) {
        List<String> ids = new ArrayList<>(articles);
        ids.add(a.id());
        List<String> outs = new ArrayList<>(outlets);
        if (a.outlet() != null && !outs.contains(a.outlet())) {
            outs.add(a.outlet());
        }
        return new StoryProfile(storyId, terms.plus(unitTerms).top(maxTerms),
                entities.plus(unitEntities).top(MAX_ENTITIES), min(first, a.date()), max(last, a.date()), ids, outs,
                sum(embedding, a.embedding()),
                latest(recent, a.embedding() == null ? List.of() : List.of(a.embedding().clone()), maxRecent));
    }

    /**
     * This story and a newer one found to be the same, as one story under this story's id: centroids summed (terms
     * capped at {@code maxTerms}), date ranges joined, the newer story's members after this one's.
     */
    StoryProfile merge(StoryProfile newer, int maxTerms, int maxRecent) {
        List<String> ids = new ArrayList<>(articles);
        ids.addAll(newer.articles);
        List<String> outs = new ArrayList<>(outlets);
        for (String o : newer.outlets) {
            if (!outs.contains(o)) {
                outs.add(o);
            }
        }
        return new StoryProfile(storyId, terms.plus(newer.terms).top(maxTerms),
                entities.plus(newer.entities).top(MAX_ENTITIES), min(first, newer.first), max(last, newer.last), ids,
                outs, sum(embedding, newer.embedding), latest(recent, newer.recent, maxRecent));
    }

    /** The last {@code max} of {@code older} followed by {@code newer}. */
    private static List<float[]> latest(List<float[]> older, List<float[]> newer, int max) {
        int n = older.size() + newer.size();
        if (n <= max) {
            if (newer.isEmpty()) {
                return older;
            }
            List<float[]> out = new ArrayList<>(older);
            out.addAll(newer);
            return out;
        }
        List<float[]> out = new ArrayList<>(max);
        for (int i = n - max; i < n; i++) {
            out.add(i < older.size() ? older.get(i) : newer.get(i - older.size()));
        }
        return out;
    }

    /**
     * Cosine of a unit vector with the centroid of the recent members' embeddings; NaN when there are none. A long
     * story's whole centroid drifts toward its topic; its latest members say what it is about now.
     */
    double recentCosine(float[] unit) {
        if (unit == null || recent.isEmpty()) {
            return Double.NaN;
        }
        double dot = 0;
        double norm = 0;
        float[] sum = new float[unit.length];
        for (float[] r : recent) {
            if (r.length == unit.length) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += r[i];
                }
            }
        }
        for (int i = 0; i < sum.length; i++) {
            dot += unit[i] * sum[i];
            norm += sum[i] * sum[i];
        }
        return norm == 0 ? Double.NaN : dot / Math.sqrt(norm);
    }

    /** Days from first to last date this story would span with a member dated {@code date}; 0 with no dates. */
    long spanWith(LocalDate date) {
        LocalDate lo = min(first, date);
        return lo == null ? 0 : max(last, date).toEpochDay() - lo.toEpochDay();
    }

    /** Cosine of this story's embedding centroid with another story's; NaN when either has none. */
    double embeddingCosine(StoryProfile other) {
        if (embedding == null || other.embedding == null || embedding.length != other.embedding.length) {
            return Double.NaN;
        }
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int i = 0; i < embedding.length; i++) {
            dot += embedding[i] * other.embedding[i];
            a += embedding[i] * embedding[i];
            b += other.embedding[i] * other.embedding[i];
        }
        return a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
    }

    /**
     * Days between this story's date range and another's, 0 when they overlap or either has no date (the caller
     * decides what an unknown gap costs).
     */
    long gapDays(StoryProfile other) {
        if (first == null || other.first == null) {
            return 0;
        }
        return Math.max(0, Math.max(other.first.toEpochDay() - last.toEpochDay(),
                first.toEpochDay() - other.last.toEpochDay()));
    }

    /** Cosine of a unit vector with this story's embedding centroid; 0 when either is missing or zero. */
    double embeddingCosine(float[] unit) {
        if (unit == null || embedding == null || unit.length != embedding.length) {
            return 0;
        }
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < unit.length; i++) {
            dot += unit[i] * embedding[i];
            norm += embedding[i] * embedding[i];
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    private static float[] sum(float[] a, float[] b) {
        if (a == null) {
            return b == null ? null : b.clone();
        }
        if (b == null || b.length != a.length) {
            return a;
        }
        float[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    /** The keys this story is found under: its heaviest terms and entities. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(KEY_TERMS + KEY_ENTITIES);
        for (String t : terms.topKeys(KEY_TERMS)) {
            keys.add(Features.TERM + t);
        }
        for (String e : entities.topKeys(KEY_ENTITIES)) {
            keys.add(Features.ENTITY + e);
        }
        return keys;
    }

    /**
     * Days between {@code date} and this story's date range, 0 inside it; 0 when either side has no date. Measuring
     * to the range rather than to the last date keeps late-arriving earlier reports with their story.
     */
    long gapDays(LocalDate date) {
        if (date == null || first == null) {
            return 0;
        }
        if (date.isBefore(first)) {
            return first.toEpochDay() - date.toEpochDay();
        }
        if (date.isAfter(last)) {
            return date.toEpochDay() - last.toEpochDay();
        }
        return 0;
    }

    /** The API view of this story. */
    public Story toStory() {
        return new Story(storyId, articles, outlets, first, last);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
