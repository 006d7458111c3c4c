package org.crosscheck.claims.relation;

import java.util.Locale;
import org.crosscheck.api.stage.SentenceEmbedder;

/** A test double for the sentence model: a normalised bag of hashed words, so shared words mean closeness. */
final class WordEmbedder implements SentenceEmbedder {

    private static final int DIMENSION = 64;

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[DIMENSION];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                v[Math.floorMod(w.hashCode(), DIMENSION)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < v.length && norm > 0; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
