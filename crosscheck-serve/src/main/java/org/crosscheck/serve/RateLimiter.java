package org.crosscheck.serve;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code rate} tokens a second, up to {@code 2 × rate} saved for a burst. Buckets of
 * clients idle long enough to be full again are dropped, so memory stays bounded by the clients of the last few
 * seconds.
 */
final class RateLimiter {

    private final double rate;
    private final double burst;
    private final LongSupplier nanos;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    RateLimiter(double perSecond, LongSupplier nanos) {
        this.rate = perSecond;
        this.burst = Math.max(1, 2 * perSecond);
        this.nanos = nanos;
        this.lastSweep = nanos.getAsLong();
    }

    RateLimiter(double perSecond) {
        this(perSecond, System::nanoTime);
    }

    /** Takes one token; {@code false} when the client has none left. A rate of 0 never limits. */
    boolean tryAcquire(String client) {
        if (rate <= 0) {
            return true;
        }
        long now = nanos.getAsLong();
        sweep(now);
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now, rate, burst);
    }

    /** Seconds until the client has a token again, for Retry-After. */
    long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / Math.max(rate, 1e-9)));
    }

    private void sweep(long now) {
        long refill = (long) (burst / rate * 1e9);
        if (now - lastSweep < Math.max(refill, 10_000_000_000L)) {
            return;
        }
        lastSweep = now;
        buckets.entrySet().removeIf(e -> e.getValue().idleSince(now) > refill);
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized boolean take(long now, double rate, double burst) {
            tokens = Math.min(burst, tokens + (now - at) / 1e9 * rate);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized long idleSince(long now) {
            return now - at;
        }
    }
}
