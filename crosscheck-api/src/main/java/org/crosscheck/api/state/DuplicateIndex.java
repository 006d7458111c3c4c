package org.crosscheck.api.state;

import java.util.List;
import java.util.Objects;

/**
 * The near-duplicate signatures of the articles seen so far, found again by locality-sensitive bucket keys. It is the
 * only state of duplicate detection, so the detector stays a stateless function and a stream operator can supply its
 * own keyed implementation. Implementations keep memory bounded by evicting the oldest entries.
 */
public interface DuplicateIndex {

    /**
     * One held article.
     *
     * @param article   its id
     * @param original  the first article in stream order that carries this text: the article's own id when it is the
     *                  first copy, so that a later copy always points at the first one and never at another copy
     * @param story     the story the article was put in, or {@code null} when the caller does not cluster
     * @param signature its MinHash values; shared, not copied, and never changed once held
     * @param shingles  how many distinct shingles the signature summarises (to estimate containment)
     */
    record Entry(String article, String original, String story, int[] signature, int shingles) {
        public Entry {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(original, "original of " + article);
            Objects.requireNonNull(signature, "signature of " + article);
        }

        public boolean isOriginal() {
            return original.equals(article);
        }
    }

    /** Held entries filed under at least one of {@code keys}, each once, the most recently put first. */
    List<Entry> candidates(long[] keys);

    /** Holds an entry under its bucket keys; may evict the oldest entries to stay within the bound. */
    void put(Entry entry, long[] keys);

    /** Entries currently held. */
    int size();
}
