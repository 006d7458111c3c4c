package org.crosscheck.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.api.Article;
import org.crosscheck.api.state.DuplicateIndex;

/**
 * Measures the detector on unlabelled and generated data ({@code crosscheck eval duplicates} and the IT tier):
 * <ul>
 *   <li>on a corpus, every flagged pair is checked against the exact shingle sets of both full texts: a pair whose
 *       exact Jaccard and containment would not pass the detector's own thresholds is a false positive of the
 *       estimate (the corpus has no labels, so whether a pair that passes is a real copy is judged by eye on the
 *       printed samples);</li>
 *   <li>edited copies of corpus articles are put later in the stream, and recall is the share marked
 *       {@code duplicate_of} their original (or the original's own first copy);</li>
 *   <li>on a set of different articles about one event (BASIL), any flag between two of them is a false
 *       duplicate.</li>
 * </ul>
 */
public final class DuplicateEvaluation {

    /**
     * One article the detector marked as a copy.
     *
     * @param matched          the held article it matched
     * @param original         what it is marked a duplicate of
     * @param estimatedJaccard the signature estimate the decision used
     * @param jaccard          exact Jaccard of the two shingle sets
     * @param containment      exact share of the smaller shingle set in the larger
     * @param verified         whether the exact figures pass the detector's thresholds too
     */
    public record Flag(Article article, Article matched, String original, double estimatedJaccard, double jaccard,
                       double containment, boolean verified) {
    }

    /** What one pass over a stream found: every flag, and every article's original (itself when not a copy). */
    public record Run(int articles, List<Flag> flags, Map<String, String> originals, long signNanos, long indexNanos) {
        public Run {
            flags = List.copyOf(flags);
            originals = Map.copyOf(originals);
        }

        public long unverified() {
            return flags.stream().filter(f -> !f.verified()).count();
        }
    }

    /** Recall on edited copies: per edit, how many copies were found, and how many of those point at the right one. */
    public record Recall(Map<Edit, int[]> counts) {
        public int copies(Edit e) {
            return counts.get(e)[0];
        }

        public int found(Edit e) {
            return counts.get(e)[1];
        }

        public int right(Edit e) {
            return counts.get(e)[2];
        }

        public double rate(Edit e) {
            return copies(e) == 0 ? 0 : right(e) / (double) copies(e);
        }
    }

    /** Flags between different articles of one labelled group (an event told by several outlets). */
    public record SameGroup(int articles, int pairs, int flaggedInGroup, int flaggedAcrossGroups) {
        public double rate() {
            return pairs == 0 ? 0 : flaggedInGroup / (double) pairs;
        }
    }

    private final NearDuplicates dedup;

    public DuplicateEvaluation(NearDuplicates dedup) {
        this.dedup = Objects.requireNonNull(dedup, "dedup");
    }

    /** Publication date (undated last), then id: the order the cluster stream sees. */
    public static List<Article> streamOrder(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Article::id));
        return sorted;
    }

    /** Runs the detector over the articles in stream order, signing in parallel and looking up in order. */
    public Run run(List<Article> articles) {
        List<Article> ordered = streamOrder(articles);
        long t0 = System.nanoTime();
        List<Signature> sigs = ordered.parallelStream().map(a -> dedup.sign(a.text())).toList();
        long t1 = System.nanoTime();
        DuplicateIndex index = dedup.newIndex();
        List<Optional<DuplicateMatch>> matches = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            matches.add(dedup.observe(ordered.get(i).id(), sigs.get(i), index));
        }
        long t2 = System.nanoTime();
        Map<String, Article> byId = new HashMap<>();
        ordered.forEach(a -> byId.put(a.id(), a));
        Map<String, String> originals = new HashMap<>();
        List<Flag> flags = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Article a = ordered.get(i);
            Optional<DuplicateMatch> m = matches.get(i);
            originals.put(a.id(), m.map(DuplicateMatch::original).orElse(a.id()));
            if (m.isPresent()) {
                flags.add(verify(a, byId.get(m.get().matched()), m.get()));
            }
        }
        return new Run(ordered.size(), flags, originals, t1 - t0, t2 - t1);
    }

    private Flag verify(Article a, Article matched, DuplicateMatch m) {
        long[] x = Shingles.of(a.text(), dedup.config().shingle());
        long[] y = Shingles.of(matched.text(), dedup.config().shingle());
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        int shared = intersection(x, y);
        int union = x.length + y.length - shared;
        double j = union == 0 ? 0 : shared / (double) union;
        double c = Math.min(x.length, y.length) == 0 ? 0 : shared / (double) Math.min(x.length, y.length);
        return new Flag(a, matched, m.original(), m.jaccard(), j, c, dedup.isCopy(j, c, x.length, y.length));
    }

    static int intersection(long[] sortedA, long[] sortedB) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < sortedA.length && j < sortedB.length) {
            if (sortedA[i] < sortedB[j]) {
                i++;
            } else if (sortedA[i] > sortedB[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /**
     * Puts one copy per edit of {@code samples} editable articles (chosen by a seeded shuffle) into the stream after
     * their originals, and counts those marked duplicate_of the original's first copy.
     */
    public Recall recall(List<Article> corpus, int samples, long seed) {
        List<Article> pool = new ArrayList<>(corpus.stream().filter(EditedCopies::editable).toList());
        pool.sort(Comparator.comparingLong((Article a) -> Mix.mix(seed ^ a.id().hashCode())).thenComparing(Article::id));
        List<Article> originals = pool.subList(0, Math.min(samples, pool.size()));
        List<Article> stream = new ArrayList<>(corpus);
        Map<String, String> copyOf = new HashMap<>();
        Map<String, Edit> editOf = new HashMap<>();
        for (Article o : originals) {
            for (Edit e : Edit.values()) {
                Article c = EditedCopies.copy(o, e, Mix.mix(seed ^ o.id().hashCode() * 31L + e.ordinal()));
                stream.add(c);
                copyOf.put(c.id(), o.id());
                editOf.put(c.id(), e);
            }
        }
        Run run = run(stream);
        Map<Edit, int[]> counts = new EnumMap<>(Edit.class);
        for (Edit e : Edit.values()) {
            counts.put(e, new int[3]);
        }
        copyOf.forEach((copy, original) -> {
            int[] c = counts.get(editOf.get(copy));
            c[0]++;
            String marked = run.originals().get(copy);
            if (!marked.equals(copy)) {
                c[1]++;
                if (marked.equals(run.originals().get(original))) {
                    c[2]++;
                }
            }
        });
        return new Recall(counts);
    }

    /**
     * Flags among articles that report one event at different outlets: {@code group} maps every article id to its
     * event; every pair inside a group is a pair that must not be flagged.
     */
    public SameGroup sameGroup(List<Article> articles, Map<String, String> group) {
        Run run = run(articles);
        Map<String, Integer> sizes = new HashMap<>();
        articles.forEach(a -> sizes.merge(group.get(a.id()), 1, Integer::sum));
        int pairs = sizes.values().stream().mapToInt(n -> n * (n - 1) / 2).sum();
        int in = 0;
        int across = 0;
        for (Flag f : run.flags()) {
            if (Objects.equals(group.get(f.article().id()), group.get(f.matched().id()))) {
                in++;
            } else {
                across++;
            }
        }
        return new SameGroup(articles.size(), pairs, in, across);
    }
}
