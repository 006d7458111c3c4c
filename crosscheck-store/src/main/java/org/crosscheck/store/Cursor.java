package org.crosscheck.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A keyset position (a sequence number and an id) as an opaque URL-safe string, so pages stay stable while
 * writes go on: no row is skipped or shown twice the way offset paging would.
 */
record Cursor(long seq, String id) {
    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((seq + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or {@code null} for the first page; a cursor that was not made here is rejected by name. */
    static Cursor decode(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            return new Cursor(Long.parseLong(plain.substring(0, colon)), plain.substring(colon + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("bad page cursor '" + s + "'", e);
        }
    }
}
