package org.crosscheck.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.crosscheck.watch.FetchException;
import org.crosscheck.watch.FetchLimits;
import org.crosscheck.watch.Fetched;
import org.crosscheck.watch.Fetcher;

/**
 * Downloads the feed a client names for {@code POST /v1/feeds} with crosscheck-watch's {@link Fetcher}, so one
 * fetcher with one set of rules exists: http(s) only, no loopback, private or link-local address at any redirect hop
 * ({@link FetchLimits#UNTRUSTED}), with the size, time and redirect limits of {@link Limits}. Every refusal becomes
 * an {@link ApiException} whose code says which rule was hit.
 */
final class FeedDownloads implements AutoCloseable {

    private final Fetcher fetcher;

    FeedDownloads(Limits limits) {
        this.fetcher = new Fetcher(fetchLimits(limits));
    }

    /** The untrusted-URL limits, narrowed to the server's; private networks only when the limits allow (tests). */
    static FetchLimits fetchLimits(Limits limits) {
        FetchLimits u = FetchLimits.UNTRUSTED;
        java.time.Duration connect = u.connectTimeout().compareTo(limits.feedTimeout()) < 0 ? u.connectTimeout()
                : limits.feedTimeout();
        return new FetchLimits(connect, limits.feedTimeout(), limits.feedBytes(), limits.feedRedirects(),
                u.perHostDelay(), u.userAgent(), limits.allowPrivateFeeds());
    }

    byte[] fetch(String url) {
        refuseCredentials(url);
        try {
            Fetched f = fetcher.get(url);
            return f.body();
        } catch (FetchException e) {
            throw refusal(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted", "interrupted while fetching " + url);
        }
    }

    /** A password in a URL would be sent on and logged along the way: refused before anything is fetched. */
    private static void refuseCredentials(String url) {
        try {
            if (url != null && new URI(url.strip()).getUserInfo() != null) {
                throw ApiException.invalid("url: credentials in a feed URL are not accepted");
            }
        } catch (URISyntaxException e) {
            // the fetcher says what is wrong with it
        }
    }

    /**
     * The API error for a fetch failure. The fetcher reports the rule in its message only (no reason code yet), so
     * the wording it uses is matched here, in one place, and a test pins each case.
     */
    static ApiException refusal(FetchException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("only http and https") || lower.contains("not a valid url") || lower.contains("empty url")
                || lower.contains("url has no host")) {
            return ApiException.invalid("url: " + m);
        }
        if (lower.contains("local or private")) {
            return new ApiException(403, "feed_forbidden", "feeds on loopback, private or link-local addresses "
                    + "are not fetched: " + m);
        }
        if (lower.contains("redirect loop") || lower.contains(" redirects: ")) {
            return new ApiException(422, "feed_redirects", m);
        }
        if (lower.contains("larger than the limit") || lower.contains("more than the limit")) {
            return new ApiException(413, "feed_too_large", m);
        }
        if (lower.contains("within") && (lower.contains("time") || lower.contains(" s"))) {
            return new ApiException(504, "feed_timeout", m);
        }
        return new ApiException(422, "feed_unreachable", m);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
