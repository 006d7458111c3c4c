package org.crosscheck.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a {@link Fetcher} goes for one URL.
 *
 * @param connectTimeout  longest wait for a connection
 * @param totalTimeout    longest wait for one whole response, headers and body, per request (each redirect hop is
 *                        a request; the politeness delay before it does not count)
 * @param maxBodyBytes    larger bodies are refused, and reading stops as soon as the limit is passed (compressed
 *                        bodies are limited before and after unpacking)
 * @param maxRedirects    hops followed before giving up
 * @param perHostDelay    least time between two requests to the same host
 * @param userAgent       sent with every request, naming crosscheck so site owners know who calls
 * @param privateNetworks whether hosts that resolve to loopback, private, link-local or other local addresses may be
 *                        fetched: yes for feeds the operator subscribes to, no for URLs users submit (a submitted
 *                        URL must not reach the machine's own services or cloud metadata endpoints)
 */
public record FetchLimits(Duration connectTimeout, Duration totalTimeout, long maxBodyBytes, int maxRedirects,
                          Duration perHostDelay, String userAgent, boolean privateNetworks) {

    public static final String USER_AGENT = "crosscheck/0.1 (news feed reader)";

    /** Limits for polling the news feeds an operator subscribed to, and their pages. */
    public static final FetchLimits DEFAULTS = new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30),
            10L * 1024 * 1024, 5, Duration.ofSeconds(2), USER_AGENT, true);

    /** Limits for URLs that users submit (the REST API): the defaults, with local and private networks refused. */
    public static final FetchLimits UNTRUSTED = DEFAULTS.withPrivateNetworks(false);

    public FetchLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(perHostDelay, "perHostDelay");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || totalTimeout.isNegative()
                || totalTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive: connect " + connectTimeout + ", total "
                    + totalTimeout);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
        if (perHostDelay.isNegative()) {
            throw new IllegalArgumentException("perHostDelay must not be negative: " + perHostDelay);
        }
    }

    public FetchLimits withPerHostDelay(Duration delay) {
        return new FetchLimits(connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, delay, userAgent,
                privateNetworks);
    }

    public FetchLimits withMaxBodyBytes(long max) {
        return new FetchLimits(connectTimeout, totalTimeout, max, maxRedirects, perHostDelay, userAgent,
                privateNetworks);
    }

    public FetchLimits withTotalTimeout(Duration total) {
        return new FetchLimits(connectTimeout, total, maxBodyBytes, maxRedirects, perHostDelay, userAgent,
                privateNetworks);
    }

    public FetchLimits withPrivateNetworks(boolean allowed) {
        return new FetchLimits(connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, perHostDelay, userAgent,
                allowed);
    }
}
