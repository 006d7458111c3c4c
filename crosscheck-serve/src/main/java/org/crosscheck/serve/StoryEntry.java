package org.crosscheck.serve;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A story as lists show it.
 *
 * @param last  the latest publication date among its articles, or {@code null} when none is dated
 * @param days  every publication date among its articles, for filtering by day
 */
public record StoryEntry(String id, String headline, int articles, List<String> outlets, LocalDate first,
                         LocalDate last, List<LocalDate> days) {

    /** Newest first (undated last), then by id: a total order, so a keyset cursor never skips or repeats. */
    public static final Comparator<StoryEntry> ORDER = Comparator
            .comparing(StoryEntry::last, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(StoryEntry::id);

    public StoryEntry {
        Objects.requireNonNull(id, "id");
        outlets = List.copyOf(outlets);
        days = List.copyOf(days);
    }
}
