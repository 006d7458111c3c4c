package org.crosscheck.store;

import java.time.LocalDate;

/**
 * A stored article as a list shows it.
 *
 * @param story the story it belongs to, or {@code null} before clustering
 * @param seq   the store's change sequence number of its last change
 */
public record ArticleSummary(String id, String outlet, LocalDate published, String title, String url, String story,
                             long seq) {
}
