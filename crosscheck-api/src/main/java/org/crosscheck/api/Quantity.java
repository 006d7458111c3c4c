package org.crosscheck.api;

import java.util.Objects;

/**
 * A number with what it counts or measures: "approximately 10,000 soldiers", "190 miles (306 km)", "$2.3 billion".
 *
 * @param value       the number as stated (for "$2.3 billion", 2.3e9); for a range its lower bound
 * @param unit        normalised unit or counted noun: "troops", "soldiers", "km", "mi", "USD", "%", "hours"
 * @param qualifier   how the number is hedged
 * @param counted     what the number is about, as the text says it ("North Korean ground troops"), or {@code null}
 * @param converted   the same quantity in another unit when the text gives one ("306 km"), or {@code null}
 */
public record Quantity(int start, int end, String text, double value, String unit, Qualifier qualifier,
                       String counted, Converted converted) implements Spanned {
    public Quantity {
        Spanned.check(start, end, text);
        Objects.requireNonNull(qualifier, "qualifier");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("quantity \"" + text + "\" has no finite value: " + value);
        }
    }

    /** A conversion the text itself gives, such as the "(306 km)" after "190 miles". */
    public record Converted(double value, String unit) {
    }
}
