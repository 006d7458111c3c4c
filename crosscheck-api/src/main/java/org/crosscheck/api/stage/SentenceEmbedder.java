package org.crosscheck.api.stage;

/**
 * Maps a short text (a title, a lead, a sentence) to a fixed-length vector whose cosine similarity tracks closeness
 * of meaning. Implementations are deterministic, thread-safe and load their model once, lazily.
 */
public interface SentenceEmbedder {

    /** Length of every vector {@link #embed} returns. */
    int dimension();

    /** The L2-normalised embedding of {@code text}, so the dot product of two results is their cosine. */
    float[] embed(String text);

    /** Cosine of two vectors from {@link #embed} (their dot product, as both are normalised). */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of length " + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
