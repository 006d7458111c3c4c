package org.crosscheck.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored story as a list shows it.
 *
 * @param headline the headline of its latest brief, or {@code null} before one is stored
 * @param seq      the store's change sequence number of its last change; lists run newest first
 */
public record StorySummary(String id, String headline, int articleCount, int outletCount, LocalDate first,
                           LocalDate last, Instant updatedAt, long seq) {
}
