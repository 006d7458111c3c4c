package org.crosscheck.api.state;

import java.time.LocalDate;
import java.util.List;

/**
 * What the claim stages need to know of one article of a story to judge independence and order.
 *
 * @param duplicateOf the article this one copies, or {@code null}
 * @param relays      outlets this article relays rather than reports itself ("CNN reported")
 */
public record SourceContext(String article, String outlet, LocalDate published, String duplicateOf,
                            List<String> relays) {
    public SourceContext {
        relays = List.copyOf(relays);
    }
}
