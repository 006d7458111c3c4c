package org.crosscheck.watch;

/**
 * What a server said identifies the version of a resource it sent, for a conditional GET next time.
 *
 * @param etag         the {@code ETag} header, or {@code null}
 * @param lastModified the {@code Last-Modified} header as sent, or {@code null}
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
