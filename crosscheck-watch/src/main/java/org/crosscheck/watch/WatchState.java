package org.crosscheck.watch;

import java.util.LinkedHashMap;
import java.util.Map;

/** The state of every feed watched, by feed URL. Immutable: a poll returns a new one. */
public record WatchState(Map<String, FeedState> feeds) {

    public static final WatchState EMPTY = new WatchState(Map.of());

    public WatchState {
        feeds = Map.copyOf(feeds);
    }

    /** The feed's state, or a fresh one when it was never polled. */
    public FeedState feed(String url) {
        FeedState s = feeds.get(url);
        return s != null ? s : FeedState.fresh(url);
    }

    public WatchState with(FeedState feed) {
        Map<String, FeedState> next = new LinkedHashMap<>(feeds);
        next.put(feed.url(), feed);
        return new WatchState(next);
    }
}
