package org.crosscheck.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The only URLs crosscheck fetches: absolute http(s) with a host. Everything else (file:, ftp:, jar:) is refused. */
public final class WebUrls {

    private WebUrls() {
    }

    /**
     * The URL as a URI.
     *
     * @throws FetchException (refused) naming the URL when it is not an absolute http or https URL with a host
     */
    public static URI check(String url) throws FetchException {
        if (url == null || url.isBlank()) {
            throw new FetchException(String.valueOf(url), "empty URL", true);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(url, "not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")",
                    true);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url, "only http and https URLs are fetched"
                    + (scheme.isEmpty() ? " (no scheme)" : " (not " + scheme + ":)"), true);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchException(url, "URL has no host", true);
        }
        return uri;
    }

    /** A link as written in a page or feed, resolved against where it was found; {@code null} when it cannot be. */
    public static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base == null ? new URI(link.strip()).toString() : new URI(base).resolve(link.strip()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link.strip();
        }
    }

    /** The host a politeness delay applies to: lower case, without {@code www.}. */
    static String hostKey(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
