package org.crosscheck.feeds;

import java.util.List;
import java.util.Objects;

/**
 * One feed an OPML subscription list names.
 *
 * @param title   the outline's title (its {@code title}, else its {@code text}), or {@code null}
 * @param xmlUrl  where the feed is fetched from
 * @param htmlUrl the site the feed belongs to, or {@code null}
 * @param folders the titles of the outlines it is nested in, outermost first (empty at top level)
 */
public record FeedRef(String title, String xmlUrl, String htmlUrl, List<String> folders) {

    public FeedRef {
        Objects.requireNonNull(xmlUrl, "xmlUrl");
        folders = List.copyOf(folders);
    }
}
