/**
 * Near-duplicate detection: wire copies, syndicated reprints and lightly edited re-posts of an earlier article.
 * {@link org.crosscheck.dedup.Shingles} turns a body text into hashed word shingles that ignore case, punctuation and
 * paragraphing; {@link org.crosscheck.dedup.MinHasher} summarises them in a fixed-seed MinHash
 * {@link org.crosscheck.dedup.Signature}; {@link org.crosscheck.dedup.NearDuplicates} is the stateless stage that
 * finds candidates by LSH banding and verifies them by estimated Jaccard or containment; and
 * {@link org.crosscheck.dedup.MemoryDuplicateIndex} holds the signatures of a stream with bounded memory behind
 * {@link org.crosscheck.api.state.DuplicateIndex}.
 */
package org.crosscheck.dedup;
