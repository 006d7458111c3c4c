package org.crosscheck.dedup;

/**
 * An article found to copy an earlier one.
 *
 * @param original    the first copy in stream order: what the article is a duplicate of
 * @param matched     the held article it matched (the original itself, or an earlier copy of it)
 * @param story       the story {@code matched} was put in, or {@code null} when the caller does not cluster
 * @param jaccard     estimated shingle Jaccard with {@code matched}
 * @param containment estimated share of the shorter text's shingles found in the longer
 */
public record DuplicateMatch(String original, String matched, String story, double jaccard, double containment) {

    /** The stronger of the two measures, as a similarity score in [0, 1]. */
    public double score() {
        return Math.max(jaccard, containment);
    }
}
