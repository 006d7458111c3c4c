package org.crosscheck.embed;

import org.crosscheck.api.stage.SentenceEmbedder;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 model (384 dimensions), run in process through ONNX
 * Runtime; the model is read from the langchain4j jar on the classpath, never downloaded.
 *
 * <p>Use {@link #shared()}: the model (about 23 MB, a second or two to load) is loaded lazily on the first
 * {@link #embed} call and at most once per JVM, whichever thread gets there first; every {@code MiniLmEmbedder}
 * (also those made with the public no-arg constructor) shares that one model. Thread-safe: ONNX Runtime sessions
 * may be run from several threads at once. Each call runs on the calling thread alone (no ONNX Runtime thread pool),
 * so throughput comes from calling from several threads, one per core. Texts are embedded one at a time, and there
 * is no batch method on purpose: the quantised model scales its activations per run, so a text embedded in a batch
 * gets a vector that depends on its batch-mates (mean cosine 0.993 with its own on 512 corpus leads), and batches of
 * 4 to 32 were slower on two cores besides (see {@link OnnxModel}).
 *
 * <p>Texts are cut to a budget of word pieces ([CLS] and [SEP] included): the model's window of
 * {@value #MAX_WORD_PIECES} by default, fewer with {@link #withMaxWordPieces}. The cost of a call grows with the word
 * pieces it reads (on this project's 2-core machine about 2.5 ms a call plus 0.1 ms a word piece), so a caller that
 * only needs the gist of a title and lead can buy speed by reading fewer of them.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /** Vector length of all-MiniLM-L6-v2. */
    public static final int DIMENSION = 384;

    /** The model's window: word pieces read at most, [CLS] and [SEP] included. */
    public static final int MAX_WORD_PIECES = OnnxModel.WINDOW;

    private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();

    /** Holder idiom: the JVM loads the model on first use, exactly once, without locks on the hot path. */
    private static final class Model {
        static final OnnxModel INSTANCE = OnnxModel.load();
    }

    private final int maxWordPieces;

    /** A handle on the JVM-wide model; cheap, as the model itself is shared. Prefer {@link #shared()}. */
    public MiniLmEmbedder() {
        this(MAX_WORD_PIECES);
    }

    private MiniLmEmbedder(int maxWordPieces) {
        this.maxWordPieces = maxWordPieces;
    }

    /** The JVM-wide instance. */
    public static MiniLmEmbedder shared() {
        return SHARED;
    }

    /**
     * A handle on the same model that reads at most {@code n} word pieces of a text ([CLS] and [SEP] included):
     * the opening of a longer text, at a cost that no longer grows past {@code n}.
     */
    public MiniLmEmbedder withMaxWordPieces(int n) {
        if (n < 3 || n > MAX_WORD_PIECES) {
            throw new IllegalArgumentException("word pieces must be in [3, " + MAX_WORD_PIECES + "], got " + n);
        }
        return n == maxWordPieces ? this : new MiniLmEmbedder(n);
    }

    /** Word pieces read at most, [CLS] and [SEP] included. */
    public int maxWordPieces() {
        return maxWordPieces;
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
        return normalised(Model.INSTANCE.meanPooled(text, maxWordPieces));
    }

    /** {@code vector} scaled to length 1; the zero vector stays zero. */
    static float[] normalised(float[] vector) {
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
