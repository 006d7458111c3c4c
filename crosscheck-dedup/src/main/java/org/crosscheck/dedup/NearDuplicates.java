package org.crosscheck.dedup;

import java.util.Objects;
import java.util.Optional;
import org.crosscheck.api.state.DuplicateIndex;

/**
 * The near-duplicate stage: signs a body text, looks its LSH buckets up in a {@link DuplicateIndex} and verifies each
 * candidate by estimated Jaccard (a copy with light edits) or containment (a copy that cut part of the original).
 *
 * <p>Stateless: the index passed in is the only state, so one instance serves every thread and stream, and signing,
 * the costly part, runs in parallel ahead of the lookups, which must go in stream order. The first article in stream
 * order that carries a text is its original; every later copy points at it, never at another copy, because held copies
 * remember their original.
 */
public final class NearDuplicates {

    private final DedupConfig config;
    private final MinHasher hasher;

    public NearDuplicates() {
        this(DedupConfig.defaults());
    }

    public NearDuplicates(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.hasher = new MinHasher(config.bands(), config.rows());
    }

    public DedupConfig config() {
        return config;
    }

    /** A fresh index bounded by the configured capacity. */
    public MemoryDuplicateIndex newIndex() {
        return new MemoryDuplicateIndex(config.capacity());
    }

    /** The signature of a body text; the headline is left out, since re-posts change it first. */
    public Signature sign(String text) {
        return hasher.sign(Shingles.of(text, config.shingle()));
    }

    /**
     * The held article this text copies, if any: of the candidates that pass, the most similar, ties to the most
     * recently held.
     */
    public Optional<DuplicateMatch> find(Signature sig, DuplicateIndex index) {
        if (sig.shingles() < config.minShingles()) {
            return Optional.empty();
        }
        DuplicateMatch best = null;
        for (DuplicateIndex.Entry e : index.candidates(sig.bands())) {
            if (e.shingles() < config.minShingles()) {
                continue;
            }
            double j = Signature.jaccard(sig.values(), e.signature());
            double c = Signature.containment(j, sig.shingles(), e.shingles());
            if (isCopy(j, c, sig.shingles(), e.shingles()) && (best == null || Math.max(j, c) > best.score())) {
                best = new DuplicateMatch(e.original(), e.article(), e.story(), j, c);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a pair with these estimates and sizes is a copy under this configuration. */
    public boolean isCopy(double jaccard, double containment, int shinglesA, int shinglesB) {
        if (Math.min(shinglesA, shinglesB) < config.minShingles()) {
            return false;
        }
        if (jaccard >= config.jaccard()) {
            return true;
        }
        int small = Math.min(shinglesA, shinglesB);
        int large = Math.max(shinglesA, shinglesB);
        return containment >= config.containment() && small >= config.minContainmentShingles()
                && small >= config.minSizeRatio() * large;
    }

    /**
     * Holds an article so later copies find it. {@code match} is what {@link #find} answered for it (or
     * {@code null}); a copy is held under its original, so a copy of the copy still points at the first one.
     */
    public void remember(String article, Signature sig, DuplicateMatch match, String story, DuplicateIndex index) {
        if (sig.isEmpty()) {
            return;
        }
        String original = match == null ? article : match.original();
        index.put(new DuplicateIndex.Entry(article, original, story, sig.values(), sig.shingles()), sig.bands());
    }

    /** {@link #find} then {@link #remember}, for a caller that does not cluster. */
    public Optional<DuplicateMatch> observe(String article, Signature sig, DuplicateIndex index) {
        Optional<DuplicateMatch> m = find(sig, index);
        remember(article, sig, m.orElse(null), null, index);
        return m;
    }
}
