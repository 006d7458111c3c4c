package org.crosscheck.eval;

/**
 * Counts of a precision/recall measurement. Precision and recall are counted separately because a predicted item
 * and a gold item do not always pair one to one (two predicted spans inside one gold span).
 *
 * @param predictedCorrect predicted items that match some gold item
 * @param predicted        all predicted items
 * @param goldFound        gold items matched by some predicted item
 * @param gold             all gold items
 */
public record Score(int predictedCorrect, int predicted, int goldFound, int gold) {

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) predictedCorrect / predicted;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) goldFound / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f", precision(), predictedCorrect, predicted,
                recall(), goldFound, gold, f1());
    }
}
