package org.crosscheck.store;

import java.util.List;

/**
 * One page of a list, and the cursor for the next.
 *
 * @param next opaque keyset cursor to pass back for the following page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String next) {
    public Page {
        items = List.copyOf(items);
    }
}
