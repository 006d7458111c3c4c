package org.crosscheck.api;

import java.time.LocalDate;
import java.util.List;

/**
 * How one article is sourced, for a reader weighing it.
 *
 * @param flags what a reader should weigh: {@code anonymous-sourcing}, {@code second-hand},
 *              {@code non-reporting-content}, {@code on-record-quotes}, {@code duplicate}, ...
 */
public record SourceProfile(String article, String outlet, LocalDate published, List<Attribution> attributions,
                            List<String> flags, int namedSources, int anonymousSources, int quotesOnRecord,
                            String duplicateOf) {
    public SourceProfile {
        attributions = List.copyOf(attributions);
        flags = List.copyOf(flags);
    }
}
