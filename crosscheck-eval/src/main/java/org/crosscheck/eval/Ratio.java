package org.crosscheck.eval;

/** A share of items that passed a check (unit accuracy among matched quantities, speakers among found quotes). */
public record Ratio(int correct, int total) {
    public double value() {
        return total == 0 ? 1.0 : (double) correct / total;
    }

    @Override
    public String toString() {
        return String.format("%.3f (%d/%d)", value(), correct, total);
    }
}
