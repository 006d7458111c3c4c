package org.crosscheck.stories;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Stream-wide state beyond the stories themselves: document frequencies learnt from the articles seen so far, and
 * near-duplicate signatures. It lives in the index, not in the clusterer, so the clusterer stays a stateless
 * function and the whole state of a stream moves, snapshots or shards as one object. An index that does not offer
 * it still works with {@link OnlineStoryClusterer}, with flat term weights and no duplicate detection.
 */
public interface CorpusMemory {

    /** Articles observed so far. */
    int documentCount();

    /** Observed articles that contained {@code feature}. */
    int documentFrequency(String feature);

    /** The earliest-seen article still held whose signature estimates a Jaccard of at least {@code min}. */
    Optional<DuplicateMatch> nearDuplicate(long[] signature, double min);

    /**
     * Records an assigned article: its distinct features count towards document frequencies, its signature (when
     * not {@code null}) becomes findable by {@link #nearDuplicate}.
     */
    void observe(String article, String story, LocalDate date, Collection<String> features, long[] signature);
}
