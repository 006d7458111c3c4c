package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /**
     * {@link #documentFrequency} of each key of {@code features} under the name {@code namespace + key}, in key
     * order. The clusterer asks this for every feature of every article it assigns: an implementation that keeps
     * its counts by namespace answers without building a name per feature.
     */
    default int[] documentFrequencies(String namespace, SparseVector features) {
        int[] out = new int[features.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = documentFrequency(namespace + features.key(i));
        }
        return out;
    }

    /**
     * {@link #observe} of an article's term and entity keys under their namespaces ({@code t:} and {@code e:}), each
     * key once, as a vector holds it once.
     */
    default void observe(SparseVector terms, SparseVector entities) {
        List<String> names = new ArrayList<>(terms.size() + entities.size());
        for (int i = 0; i < terms.size(); i++) {
            names.add(Features.TERM + terms.key(i));
        }
        for (int i = 0; i < entities.size(); i++) {
            names.add(Features.ENTITY + entities.key(i));
        }
        observe(names);
    }
}
