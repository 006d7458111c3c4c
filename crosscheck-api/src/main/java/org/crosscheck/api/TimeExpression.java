package org.crosscheck.api;

import java.util.Objects;

/**
 * A time expression normalised against its article's date.
 *
 * @param value a TIMEX3 value: {@code 2024-11-17}, {@code 2024-11}, {@code 2024}, {@code 2024-W42}, {@code 2024-Q3},
 *              {@code P3D}, {@code PRESENT_REF}, {@code XXXX-11-05} when the year cannot be resolved
 */
public record TimeExpression(int start, int end, String text, TimeType type, String value) implements Spanned {
    public TimeExpression {
        Spanned.check(start, end, text);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
