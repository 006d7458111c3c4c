package org.crosscheck.claims.relation;

/**
 * How {@link SoftmaxTrainer} fits a model.
 *
 * @param l2               the L2 penalty on the weights (not the biases), per training pair
 * @param iterations       full-batch Adam steps; training is deterministic, no sampling is involved
 * @param learningRate     Adam's step size
 * @param classWeightPower 0 weighs every pair alike; 1 weighs each relation inversely to its frequency, so that each
 *                         relation counts as much in the loss; in between, a compromise. Weighting matters because
 *                         the rarest relation (weaken) is the one a brief most needs, and its share differs between
 *                         collections
 */
public record TrainingOptions(double l2, int iterations, double learningRate, double classWeightPower) {
    public TrainingOptions {
        if (!(l2 >= 0) || iterations < 1 || !(learningRate > 0) || !(classWeightPower >= 0 && classWeightPower <= 1)) {
            throw new IllegalArgumentException("bad training options: l2 " + l2 + ", iterations " + iterations
                    + ", learning rate " + learningRate + ", class weight power " + classWeightPower);
        }
    }

    /** The options the shipped model was trained with. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(0.5, 300, 0.05, 0.5);
    }
}
