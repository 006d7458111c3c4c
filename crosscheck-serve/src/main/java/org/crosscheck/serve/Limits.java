package org.crosscheck.serve;

import java.time.Duration;

/**
 * What one client may ask of the server.
 *
 * @param maxBodyBytes       largest request body (413 beyond)
 * @param maxArticles        most articles in one submission (422 beyond)
 * @param maxArticleChars    longest article text (422 beyond)
 * @param readsPerSecond     sustained reads per client (token bucket, burst twice as large); 0 for no limit
 * @param writesPerSecond    sustained writes per client; 0 for no limit
 * @param maxPageSize        largest {@code limit} of a listing
 * @param feedBytes          largest feed the feed endpoint downloads
 * @param feedTimeout        longest a feed download may take, connecting included
 * @param feedRedirects      most redirects followed for a feed
 * @param allowPrivateFeeds  whether feed URLs may point at loopback or private addresses (tests only)
 */
public record Limits(long maxBodyBytes, int maxArticles, int maxArticleChars, double readsPerSecond,
                     double writesPerSecond, int maxPageSize, long feedBytes, Duration feedTimeout, int feedRedirects,
                     boolean allowPrivateFeeds) {

    public static Limits defaults() {
        return new Limits(5L * 1024 * 1024, 100, 200_000, 200, 2, 100, 5L * 1024 * 1024, Duration.ofSeconds(15), 3,
                false);
    }

    public Limits {
        if (maxBodyBytes < 1 || maxArticles < 1 || maxArticleChars < 1 || maxPageSize < 1 || feedBytes < 1
                || feedRedirects < 0 || readsPerSecond < 0 || writesPerSecond < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public Limits withRates(double reads, double writes) {
        return new Limits(maxBodyBytes, maxArticles, maxArticleChars, reads, writes, maxPageSize, feedBytes,
                feedTimeout, feedRedirects, allowPrivateFeeds);
    }

    public Limits withBody(long bytes, int articles) {
        return new Limits(bytes, articles, maxArticleChars, readsPerSecond, writesPerSecond, maxPageSize, feedBytes,
                feedTimeout, feedRedirects, allowPrivateFeeds);
    }

    public Limits withPrivateFeeds(boolean allow) {
        return new Limits(maxBodyBytes, maxArticles, maxArticleChars, readsPerSecond, writesPerSecond, maxPageSize,
                feedBytes, feedTimeout, feedRedirects, allow);
    }
}
