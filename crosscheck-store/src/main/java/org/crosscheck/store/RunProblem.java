package org.crosscheck.store;

import java.util.Objects;

/**
 * Something a run could not read or process.
 *
 * @param origin the file and position ({@code file:line}, {@code file#record}), or {@code null}
 */
public record RunProblem(String origin, String message) {
    public RunProblem {
        Objects.requireNonNull(message, "message");
    }
}
