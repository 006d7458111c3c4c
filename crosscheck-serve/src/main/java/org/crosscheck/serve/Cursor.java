package org.crosscheck.serve;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Keyset cursors over {@link StoryEntry#ORDER}: a cursor names the last story of a page by its sort key, so the
 * next page starts right after it even when stories were added in between (no offset drift).
 */
final class Cursor {
    private Cursor() {
    }

    static String of(StoryEntry last) {
        String key = (last.last() == null ? "" : last.last().toString()) + "~" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The page of {@code sorted} after the cursor; a malformed cursor is the caller's error. */
    static StoryPage page(List<StoryEntry> sorted, String after, int limit) {
        int from = 0;
        if (after != null && !after.isEmpty()) {
            StoryEntry key = decode(after);
            int at = Collections.binarySearch(sorted, key, StoryEntry.ORDER);
            from = at >= 0 ? at + 1 : -at - 1;
        }
        int to = Math.min(sorted.size(), from + limit);
        List<StoryEntry> items = from >= to ? List.of() : sorted.subList(from, to);
        String next = to < sorted.size() && !items.isEmpty() ? of(items.get(items.size() - 1)) : null;
        return new StoryPage(items, next);
    }

    static StoryEntry decode(String cursor) {
        String key;
        try {
            key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor '" + cursor + "' is not one this server gave out");
        }
        int tilde = key.indexOf('~');
        if (tilde < 0 || tilde == key.length() - 1) {
            throw new IllegalArgumentException("cursor '" + cursor + "' is not one this server gave out");
        }
        LocalDate last = null;
        if (tilde > 0) {
            try {
                last = LocalDate.parse(key.substring(0, tilde));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("cursor '" + cursor + "' is not one this server gave out");
            }
        }
        return new StoryEntry(key.substring(tilde + 1), "", 0, List.of(), null, last, List.of());
    }
}
