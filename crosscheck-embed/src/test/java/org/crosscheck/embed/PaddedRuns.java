package org.crosscheck.embed;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ways to run {@link OnnxModel} that the embedder does not use, kept for {@link EmbeddingBenchmark} to measure against
 * the shipped path: several texts per run, padded to the longest (attention mask 0 on the padding, which the mean
 * leaves out), and inputs and output in per-thread direct buffers that ONNX Runtime reads and writes in place, with
 * the mean taken on the output buffer instead of a {@code float[][][]} copy. With one text per run this gives the
 * shipped vectors bit for bit; with more, the vectors depend on the batch (see {@link OnnxModel}).
 */
final class PaddedRuns {

    private static final int HIDDEN = MiniLmEmbedder.DIMENSION;

    /** Per-thread direct buffers, grown on demand, so a run allocates no native memory of its own. */
    private static final class Buffers {
        LongBuffer ids = direct(0).asLongBuffer();
        LongBuffer mask = direct(0).asLongBuffer();
        LongBuffer types = direct(0).asLongBuffer();
        FloatBuffer out = direct(0).asFloatBuffer();

        void ensure(int cells) {
            if (ids.capacity() < cells) {
                ids = direct(cells * 8L).asLongBuffer();
                mask = direct(cells * 8L).asLongBuffer();
                types = direct(cells * 8L).asLongBuffer();
                out = direct(cells * 4L * HIDDEN).asFloatBuffer();
            }
        }

        private static ByteBuffer direct(long bytes) {
            return ByteBuffer.allocateDirect(Math.toIntExact(bytes)).order(ByteOrder.nativeOrder());
        }
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private PaddedRuns() {
    }

    /** Word-piece ids of each text, cut as the embedder cuts them. */
    static List<long[]> ids(OnnxModel model, List<String> texts, int maxWordPieces) {
        List<long[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(model.ids(t, maxWordPieces));
        }
        return out;
    }

    /**
     * Mean-pooled vectors (not normalised) of {@code batch} in one run; {@code pinned} has ONNX Runtime write its
     * output into a direct buffer of this thread, otherwise the output is copied out of the run's own tensor.
     */
    static float[][] meanPooled(OnnxModel model, List<long[]> batch, boolean pinned) {
        int n = batch.size();
        int width = batch.stream().mapToInt(r -> r.length).max().orElse(0);
        int cells = n * width;
        Buffers b = BUFFERS.get();
        b.ensure(cells);
        LongBuffer ids = b.ids.slice(0, cells);
        LongBuffer mask = b.mask.slice(0, cells);
        for (int i = 0; i < n; i++) {
            long[] row = batch.get(i);
            for (int p = 0; p < width; p++) {
                ids.put(i * width + p, p < row.length ? row[p] : 0);
                mask.put(i * width + p, p < row.length ? 1 : 0);
            }
        }
        long[] shape = {n, width};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(model.env(), ids, shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(model.env(), mask, shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(model.env(), b.types.slice(0, cells), shape)) {
            Map<String, OnnxTensor> inputs = model.inputs(idTensor, maskTensor, typeTensor);
            OrtSession session = model.session();
            if (pinned) {
                FloatBuffer out = b.out.slice(0, cells * HIDDEN);
                try (OnnxTensor outTensor = OnnxTensor.createTensor(model.env(), out, new long[] {n, width, HIDDEN})) {
                    // the result holds only the pinned output, which stays open until outTensor closes
                    session.run(inputs, Map.of(session.getOutputNames().iterator().next(), outTensor)).close();
                    return pooled(out, batch, width);
                }
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return pooled(((OnnxTensor) result.get(0)).getFloatBuffer(), batch, width);
            }
        } catch (OrtException ex) {
            throw OnnxModel.failed(ex);
        }
    }

    /**
     * {@code texts} tokenized, ordered by length so that a batch pads little, run {@code batch} at a time and put
     * back in their order.
     */
    static float[][] sortedByLength(OnnxModel model, List<String> texts, int maxWordPieces, int batch) {
        List<long[]> ids = ids(model, texts, maxWordPieces);
        Integer[] order = new Integer[ids.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> ids.get(i).length));
        float[][] out = new float[ids.size()][];
        for (int from = 0; from < order.length; from += batch) {
            int to = Math.min(order.length, from + batch);
            List<long[]> part = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                part.add(ids.get(order[i]));
            }
            float[][] got = meanPooled(model, part, true);
            for (int i = from; i < to; i++) {
                out[order[i]] = got[i - from];
            }
        }
        return out;
    }

    /**
     * The mean over each text's own word pieces (the padding after them left out), summed in the order
     * {@link OnnxModel#meanPooled} uses, so one text per run gives its vector exactly.
     */
    private static float[][] pooled(FloatBuffer out, List<long[]> batch, int width) {
        float[][] means = new float[batch.size()][];
        for (int i = 0; i < means.length; i++) {
            int len = batch.get(i).length;
            float[] mean = new float[HIDDEN];
            for (int p = 0; p < len; p++) {
                int at = (i * width + p) * HIDDEN;
                for (int j = 0; j < HIDDEN; j++) {
                    mean[j] += out.get(at + j);
                }
            }
            for (int j = 0; j < HIDDEN; j++) {
                mean[j] /= len;
            }
            means[i] = mean;
        }
        return means;
    }
}
