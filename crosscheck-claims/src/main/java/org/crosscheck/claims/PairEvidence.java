package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.stage.SentenceEmbedder;

/**
 * What every claim of a later article (rows) shares with every claim of an earlier one (columns), row-major: the
 * content keys and entities both name, and the cosine of their embeddings. Depends on the two articles only, so
 * it is computed once, when the later article joins the story; how much a shared word weighs depends on the whole
 * story and is applied when the story's groups are read (see {@link ClaimScores}). Never changed after construction.
 *
 * @param words    per cell the ids of the shared content keys in the story's word vocabulary, {@code null} when none
 * @param entities per cell the ids of the shared entities in the story's entity vocabulary, {@code null} when none
 * @param cosines  per cell the embeddings' cosine, NaN without embeddings
 */
public record PairEvidence(int rows, int cols, int[][] words, int[][] entities, float[] cosines) {

    private static final int[] NONE = null;

    static PairEvidence of(List<ClaimFeatures> later, List<ClaimFeatures> earlier, Map<String, Integer> wordIds,
                           Map<String, Integer> entityIds) {
        int rows = later.size();
        int cols = earlier.size();
        int[][] words = new int[rows * cols][];
        int[][] entities = new int[rows * cols][];
        float[] cosines = new float[rows * cols];
        List<String> buf = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ClaimFeatures a = later.get(i);
            for (int j = 0; j < cols; j++) {
                ClaimFeatures b = earlier.get(j);
                int cell = i * cols + j;
                words[cell] = shared(a.keys(), b.keys(), buf, wordIds);
                entities[cell] = shared(a.entities(), b.entities(), buf, entityIds);
                cosines[cell] = a.vector() != null && b.vector() != null
                        ? (float) SentenceEmbedder.cosine(a.vector(), b.vector()) : Float.NaN;
            }
        }
        return new PairEvidence(rows, cols, words, entities, cosines);
    }

    private static int[] shared(java.util.Set<String> a, java.util.Set<String> b, List<String> buf,
                                Map<String, Integer> ids) {
        java.util.Set<String> small = a.size() <= b.size() ? a : b;
        java.util.Set<String> large = small == a ? b : a;
        buf.clear();
        for (String k : small) {
            if (large.contains(k)) {
                buf.add(k);
            }
        }
        if (buf.isEmpty()) {
            return NONE;
        }
        int[] out = new int[buf.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(buf.get(i));
        }
        return out;
    }
}
