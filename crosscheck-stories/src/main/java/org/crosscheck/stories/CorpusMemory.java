package org.crosscheck.stories;

import java.util.Collection;

/**
 * Stream-wide state beyond the stories themselves: document frequencies learnt from the articles seen so far. It
 * lives in the index, not in the clusterer, so the clusterer stays a stateless function and the whole state of a
 * stream moves, snapshots or shards as one object. An index that does not offer it still works with
 * {@link OnlineStoryClusterer}, with flat term weights. Near-duplicates are not its business: the pipeline's
 * deduplication stage finds them before an article reaches the clusterer.
 */
public interface CorpusMemory {

    /** Articles observed so far. */
    int documentCount();

    /** Observed articles that contained {@code feature}. */
    int documentFrequency(String feature);

    /** Records an assigned article: its distinct features count towards document frequencies. */
    void observe(Collection<String> features);
}
