package org.crosscheck.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the watcher remembers of one feed between polls and across restarts.
 *
 * @param url        the feed's URL, as subscribed
 * @param validators what the last complete poll's response said, for a conditional GET
 * @param nextPoll   when the feed is due again
 * @param failures   consecutive failed polls (0 after a success); the back-off grows with it
 * @param lastError  why the last poll failed, or {@code null}
 * @param seen       item key to when the item was last in the feed: the items already emitted. Bounded by
 *                   {@link #remember}, which forgets the keys that have been out of the feed longest, so an item
 *                   still in the feed is never forgotten while the bound exceeds the feed's length.
 */
public record FeedState(String url, Validators validators, Instant nextPoll, int failures, String lastError,
                        Map<String, Instant> seen) {

    public FeedState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(validators, "validators");
        Objects.requireNonNull(nextPoll, "nextPoll");
        seen = Map.copyOf(seen);
    }

    /** A feed never polled: due at once. */
    public static FeedState fresh(String url) {
        return new FeedState(url, Validators.NONE, Instant.EPOCH, 0, null, Map.of());
    }

    public boolean due(Instant now) {
        return !nextPoll.isAfter(now);
    }

    public boolean hasSeen(String key) {
        return seen.containsKey(key);
    }

    /** After a complete poll: the new validators, no failures, due again after the interval. */
    public FeedState succeeded(Validators newValidators, Instant now, Duration interval) {
        return new FeedState(url, newValidators, now.plus(interval), 0, null, seen);
    }

    /**
     * After a poll that emitted only part of what is new (the article budget ran out, or a page without summary
     * could not be fetched): the old validators are kept so the next poll reads the feed whole again.
     */
    public FeedState partial(Instant next) {
        return new FeedState(url, validators, next, 0, null, seen);
    }

    /**
     * After a failed poll: due again after {@code base * 2^(failures-1)}, at most {@code cap}, so a broken feed is
     * asked less and less often and a flaky one soon again.
     */
    public FeedState failed(String error, Instant now, Duration base, Duration cap) {
        int f = failures + 1;
        Duration wait = base.multipliedBy(1L << Math.min(f - 1, 30));
        if (wait.compareTo(cap) > 0 || wait.isNegative()) {
            wait = cap;
        }
        return new FeedState(url, validators, now.plus(wait), f, error, seen);
    }

    /**
     * Records keys as in the feed at {@code now} and forgets the oldest beyond the bounds: keys not in the feed for
     * longer than {@code keep}, and all but the {@code max} most recently in it.
     */
    public FeedState remember(Collection<String> keys, Instant now, int max, Duration keep) {
        Map<String, Instant> next = new HashMap<>(seen);
        for (String k : keys) {
            next.put(k, now);
        }
        Instant horizon = now.minus(keep);
        next.values().removeIf(t -> t.isBefore(horizon));
        if (next.size() > max) {
            List<Map.Entry<String, Instant>> byAge = new ArrayList<>(next.entrySet());
            byAge.sort(Map.Entry.comparingByValue());
            for (int i = 0; i < byAge.size() - max; i++) {
                next.remove(byAge.get(i).getKey());
            }
        }
        return new FeedState(url, validators, nextPoll, failures, lastError, next);
    }
}
