package org.crosscheck.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the watcher polls.
 *
 * @param interval     time between two polls of a feed that answered
 * @param retryBase    wait after a feed's first failure; it doubles with every further failure
 * @param maxBackoff   the longest wait between two polls of a failing feed
 * @param maxKeysPerFeed items remembered per feed (keep it well above any feed's length)
 * @param keepKeys     how long an item is remembered after it left its feed
 * @param fetchPages   whether each new item's linked page is fetched for the full article
 */
public record WatchConfig(Duration interval, Duration retryBase, Duration maxBackoff, int maxKeysPerFeed,
                          Duration keepKeys, boolean fetchPages) {

    public static final WatchConfig DEFAULTS = new WatchConfig(Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofHours(6), 5000, Duration.ofDays(30), true);

    public WatchConfig {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(retryBase, "retryBase");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(keepKeys, "keepKeys");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        if (retryBase.isNegative() || maxBackoff.compareTo(retryBase) < 0) {
            throw new IllegalArgumentException("need 0 <= retryBase <= maxBackoff: " + retryBase + ", " + maxBackoff);
        }
        if (maxKeysPerFeed < 1) {
            throw new IllegalArgumentException("maxKeysPerFeed must be positive: " + maxKeysPerFeed);
        }
    }

    public WatchConfig withInterval(Duration d) {
        return new WatchConfig(d, retryBase, maxBackoff, maxKeysPerFeed, keepKeys, fetchPages);
    }
}
