package org.crosscheck.watch;

import java.net.URI;
import java.util.Objects;

/**
 * A successful response.
 *
 * @param uri         where it came from, after redirects
 * @param status      the HTTP status: 2xx, or 304 when the resource has not changed since the validators sent
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param body        the body, unpacked when it came compressed (empty on 304)
 * @param validators  what to send next time for a conditional GET
 */
public record Fetched(URI uri, int status, String contentType, byte[] body, Validators validators) {

    public Fetched {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(validators, "validators");
    }

    /** 304: nothing new since the validators sent. */
    public boolean notModified() {
        return status == 304;
    }

    /** The body as text, decoded by the charset the headers or the page declare. */
    public String text() {
        return BodyText.decode(body, contentType);
    }
}
