package org.crosscheck.serve;

import java.util.List;

/**
 * One page of a story listing.
 *
 * @param next the cursor for the following page, or {@code null} on the last page
 */
public record StoryPage(List<StoryEntry> stories, String next) {
    public StoryPage {
        stories = List.copyOf(stories);
    }
}
