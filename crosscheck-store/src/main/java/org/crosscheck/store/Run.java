package org.crosscheck.store;

import java.time.Instant;
import java.util.List;

/**
 * One run in the history.
 *
 * @param id       {@code r1}, {@code r2}, ... in the order runs started in this store
 * @param endedAt  {@code null} while running, or when the process died before it could say
 * @param status   {@code running}, {@code ok} or {@code failed}
 * @param problems what it reported, in order
 */
public record Run(String id, String command, Instant startedAt, Instant endedAt, String status, RunCounts counts,
                  List<RunProblem> problems) {
    public Run {
        problems = List.copyOf(problems);
    }
}
