package org.crosscheck.watch;

import java.io.IOException;

/**
 * A URL that could not be fetched, or was refused: the message names the URL and says why in words a user can act
 * on ("HTTP 503", "body larger than 10485760 bytes", "redirect loop", "only http and https URLs are fetched").
 */
public class FetchException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String url;
    private final boolean refused;

    public FetchException(String url, String message, boolean refused) {
        super(url + ": " + message);
        this.url = url;
        this.refused = refused;
    }

    public FetchException(String url, String message, Throwable cause) {
        super(url + ": " + message, cause);
        this.url = url;
        this.refused = false;
    }

    /** The URL the failure concerns (the hop that failed, after redirects). */
    public String url() {
        return url;
    }

    /**
     * Whether crosscheck refused the URL on purpose (a scheme other than http(s), a body over the limit, a redirect
     * loop) rather than the server or network failing: retrying soon will not help.
     */
    public boolean refused() {
        return refused;
    }
}
