package org.crosscheck.quantities;

import java.util.OptionalDouble;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.Quantity;

/**
 * The upper bound of a range quantity. {@link Quantity} keeps only the lower bound as its value; the upper bound is
 * written in the quantity's own text, so it is read back from there rather than carried on the side.
 */
public final class QuantityRanges {

    private QuantityRanges() {
    }

    /** The upper bound of "between 3,000 and 5,000 troops" (5,000); empty when {@code q} is not a range. */
    public static OptionalDouble upperBound(Quantity q) {
        if (q == null || q.qualifier() != Qualifier.RANGE) {
            return OptionalDouble.empty();
        }
        for (QuantityFinder.Found f : QuantityFinder.find(q.text(), new int[] {0})) {
            if (!Double.isNaN(f.upper())) {
                return OptionalDouble.of(f.upper());
            }
        }
        return OptionalDouble.empty();
    }
}
