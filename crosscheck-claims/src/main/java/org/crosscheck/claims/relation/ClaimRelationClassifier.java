package org.crosscheck.claims.relation;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.api.stage.SentenceEmbedder;

/**
 * Says how a claim of one outlet bears on a claim of another: strengthens, weakens or neither, with probabilities.
 * Stateless and thread-safe: the model is immutable and the embedder is thread-safe by contract.
 *
 * <p>The shipped model ({@value #RESOURCE}, next to this class) holds derived numbers only: feature means and
 * scales, weights and decision offsets. It is reproduced by {@link #train} on ClaimDiff's train split (the
 * {@code crosscheck eval claimdiff --write-model} command), with the options of {@link TrainingOptions#defaults()}
 * and {@link #SEED}.
 */
public final class ClaimRelationClassifier {

    /** The shipped model's resource name, relative to this class. */
    public static final String RESOURCE = "claim-relation.model";

    /** The ClaimDiff split the shipped model was trained on: its figures there are not held-out ones. */
    public static final String TRAINED_ON = "train";

    /** Folds used to choose the decision offsets when training, and by the evaluation. */
    public static final int FOLDS = 5;

    /**
     * The feature groups of the shipped model. Not {@link FeatureGroup#EMBEDDINGS}: the 768 element-wise embedding
     * features fit the training topics and lowered the figures of ClaimDiff's cross-validation grouped by topic
     * (macro F1 0.471 without them, 0.419 with them, 0.455 with them at a 20 times stronger penalty, 0.401 with them
     * alone); the embeddings still serve through the cosines of {@link FeatureGroup#SIMILARITIES}.
     */
    public static final Set<FeatureGroup> DEFAULT_GROUPS =
            Collections.unmodifiableSet(EnumSet.of(FeatureGroup.SIMILARITIES, FeatureGroup.LEXICAL, FeatureGroup.CUES));

    /** The seed of the fold assignment. */
    public static final long SEED = 20261122L;

    private final RelationFeatures features;
    private final SoftmaxModel model;

    public ClaimRelationClassifier(SentenceEmbedder embedder, SoftmaxModel model) {
        this.features = new RelationFeatures(embedder, model.groups());
        if (features.names().size() != model.dimension()) {
            throw new IllegalArgumentException("model of " + model.dimension() + " features, the embedder gives "
                    + features.names().size() + " for groups " + model.groups());
        }
        this.model = model;
    }

    /** The shipped model, over {@code embedder}, which must be the one it was trained with (MiniLM). */
    public static ClaimRelationClassifier shipped(SentenceEmbedder embedder) {
        return new ClaimRelationClassifier(embedder, shippedModel());
    }

    /** The shipped model's numbers. */
    public static SoftmaxModel shippedModel() {
        try (InputStream in = ClaimRelationClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the crosscheck-claims jar");
            }
            return SoftmaxModel.read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public SoftmaxModel model() {
        return model;
    }

    /** How {@code pair}'s claim A bears on its claim B. */
    public RelationScore classify(RelationPair pair) {
        double[] p = model.probabilities(features.of(pair));
        return new RelationScore(model.decide(p), p[0], p[1], p[2]);
    }

    /** The feature matrix of labelled pairs (one row per pair), for training or cross-validation. */
    public static double[][] featureMatrix(RelationFeatures features, List<LabelledPair> pairs) {
        return pairs.parallelStream().map(p -> features.of(p.pair())).toArray(double[][]::new);
    }

    /**
     * Trains a classifier on labelled pairs: decision offsets from a grouped cross-validation of {@link #FOLDS}
     * folds (seeded), then weights from all pairs.
     */
    public static ClaimRelationClassifier train(SentenceEmbedder embedder, List<LabelledPair> pairs,
                                                Set<FeatureGroup> groups, TrainingOptions options, long seed) {
        RelationFeatures f = new RelationFeatures(embedder, groups);
        return new ClaimRelationClassifier(embedder, train(featureMatrix(f, pairs), pairs, groups, options, seed));
    }

    /** {@link #train} on features computed already. */
    public static SoftmaxModel train(double[][] x, List<LabelledPair> pairs, Set<FeatureGroup> groups,
                                     TrainingOptions options, long seed) {
        ClaimRelation[] y = pairs.stream().map(LabelledPair::relation).toArray(ClaimRelation[]::new);
        int[] fold = RelationCrossValidation.folds(pairs.stream().map(LabelledPair::group).toList(), FOLDS, seed);
        boolean[] all = new boolean[x.length];
        java.util.Arrays.fill(all, true);
        double[] offsets = RelationCrossValidation.innerOffsets(x, y, fold, all, groups, options);
        return SoftmaxTrainer.train(x, y, groups, options).withOffsets(offsets);
    }
}
