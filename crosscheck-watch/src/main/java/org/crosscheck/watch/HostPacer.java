package org.crosscheck.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Keeps requests to one host at least a delay apart. Each caller reserves the next free slot for its host before
 * it sleeps, so callers on several threads are spaced too, and hosts never wait for each other.
 */
final class HostPacer {

    private final long delayNanos;
    private final Map<String, Long> nextFree = new HashMap<>();

    HostPacer(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    void await(String host) throws InterruptedException {
        if (delayNanos <= 0) {
            return;
        }
        long wait;
        synchronized (nextFree) {
            long now = System.nanoTime();
            Long free = nextFree.get(host);
            long at = free == null || free - now < 0 ? now : free;
            nextFree.put(host, at + delayNanos);
            wait = at - now;
            if (nextFree.size() > 10_000) {
                // hosts whose slot has passed need no memory
                nextFree.values().removeIf(t -> t - now < 0);
            }
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
