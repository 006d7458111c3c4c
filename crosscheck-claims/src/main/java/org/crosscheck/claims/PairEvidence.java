package org.crosscheck.claims;

import java.util.List;
import org.crosscheck.api.stage.SentenceEmbedder;

/**
 * What every claim of a later article (rows) shares with every claim of an earlier one (columns), row-major: the
 * content keys and entities both name, and the cosine of their embeddings. Depends on the two articles only, so
 * it is computed once, when the later article joins the story; how much a shared word weighs depends on the whole
 * story and is applied when the story's groups are read (see {@link ClaimScores}). Never changed after construction.
 *
 * @param words    per cell the ids of the shared content keys in the story's word vocabulary, ascending,
 *                 {@code null} when none
 * @param entities per cell the ids of the shared entities in the story's entity vocabulary, ascending,
 *                 {@code null} when none
 * @param cosines  per cell the embeddings' cosine, NaN without embeddings
 */
public record PairEvidence(int rows, int cols, int[][] words, int[][] entities, float[] cosines) {

    /**
     * The evidence of a new article against an earlier one of the same story.
     *
     * @param words    the new article's word index
     * @param entities the new article's entity index
     * @param earlier  the earlier article's claims, with their vocabulary ids
     */
    static PairEvidence of(List<ClaimFeatures> later, Postings words, Postings entities, StoryClaims.Entry earlier) {
        List<ClaimFeatures> cols = earlier.claims().features();
        int rows = later.size();
        float[] cosines = new float[rows * cols.size()];
        for (int i = 0; i < rows; i++) {
            float[] a = later.get(i).vector();
            for (int j = 0; j < cols.size(); j++) {
                float[] b = cols.get(j).vector();
                cosines[i * cols.size() + j] = a != null && b != null ? (float) SentenceEmbedder.cosine(a, b)
                        : Float.NaN;
            }
        }
        return new PairEvidence(rows, cols.size(), words.shared(earlier.words()),
                entities.shared(earlier.entities()), cosines);
    }
}
