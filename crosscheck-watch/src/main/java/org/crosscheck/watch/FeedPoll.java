package org.crosscheck.watch;

import java.time.Instant;

/**
 * What one poll of one feed did, for the watcher's report.
 *
 * @param url           the feed
 * @param outcome       what happened
 * @param items         items in the feed (0 unless fetched)
 * @param emitted       new articles emitted
 * @param fromPages     of those, read from the item's linked page
 * @param fromSummaries of those, read from the feed's own text because the page gave none
 * @param held          new items left for a later poll (article budget spent, or no text to be had yet)
 * @param error         why it failed, or {@code null}
 * @param nextPoll      when the feed is due again
 */
public record FeedPoll(String url, Outcome outcome, int items, int emitted, int fromPages, int fromSummaries,
                       int held, String error, Instant nextPoll) {

    public enum Outcome {
        /** Not due yet; not asked. */
        NOT_DUE,
        /** The server said nothing changed (304). */
        NOT_MODIFIED,
        /** Fetched and read. */
        FETCHED,
        /** Could not be fetched or read; backing off. */
        FAILED
    }

    /** One line for a log: "URL: 3 new of 12 items (2 from pages, 1 from summaries)". */
    public String describe() {
        return switch (outcome) {
            case NOT_DUE -> url + ": not due until " + nextPoll;
            case NOT_MODIFIED -> url + ": not modified";
            case FETCHED -> url + ": " + emitted + " new of " + items + " items (" + fromPages + " from pages, "
                    + fromSummaries + " from summaries)" + (held > 0 ? "; " + held + " left for the next poll" : "");
            case FAILED -> url + ": failed: " + error + "; next try at " + nextPoll;
        };
    }
}
