package org.crosscheck.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.crosscheck.api.stage.SentenceEmbedder;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 model (384 dimensions), run in process through ONNX
 * Runtime by langchain4j; the model is read from the classpath, never downloaded.
 *
 * <p>Use {@link #shared()}: the model (about 23 MB, a second or two to load) is loaded lazily on the first
 * {@link #embed} call and at most once per JVM, whichever thread gets there first; every {@code MiniLmEmbedder}
 * (also those made with the public no-arg constructor) shares that one model. Thread-safe: ONNX Runtime sessions
 * may be run from several threads at once. Each call runs on the calling thread alone (no ONNX Runtime thread pool),
 * so throughput comes from calling from several threads, one per core. Texts are embedded one at a time: on two
 * cores that is faster than batching, which pads every text to the longest of the batch.
 *
 * <p>Long texts are cut by the model's tokenizer to its window (256 word pieces, longer texts are split and their
 * vectors averaged), so embed a title and lead, not a whole article.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /** Vector length of all-MiniLM-L6-v2. */
    public static final int DIMENSION = 384;

    private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();

    /** Holder idiom: the JVM loads the model on first use, exactly once, without locks on the hot path. */
    private static final class Model {
        static final EmbeddingModel INSTANCE = OnnxModel.load();
    }

    /** A handle on the JVM-wide model; cheap, as the model itself is shared. Prefer {@link #shared()}. */
    public MiniLmEmbedder() {
    }

    /** The JVM-wide instance. */
    public static MiniLmEmbedder shared() {
        return SHARED;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /**
     * The L2-normalised embedding of {@code text}. A blank text has no meaning to embed and gets the zero vector,
     * whose cosine with anything is 0.
     */
    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSION];
        }
        float[] vector = Model.INSTANCE.embed(text).content().vector();
        return normalised(vector);
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[vector.length];
        if (norm == 0) {
            return out;
        }
        for (int i = 0; i < vector.length; i++) {
            out[i] = (float) (vector[i] / norm);
        }
        return out;
    }
}
