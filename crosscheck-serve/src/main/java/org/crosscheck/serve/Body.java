package org.crosscheck.serve;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A response body made once and sent many times: its UTF-8 bytes, the same gzipped (for clients that accept it, so
 * no request pays for compression), and an entity tag from its content, so a client that already holds it gets a
 * 304 with no body. The tag is a hash of the bytes, not a counter, so it stays right across restarts.
 */
record Body(byte[] bytes, byte[] gzip, String etag, String contentType) {

    /** Bodies smaller than this are sent as they are: gzip would save less than it costs the client. */
    private static final int GZIP_FROM = 1400;

    static Body of(String text, String contentType) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Body(bytes, bytes.length < GZIP_FROM ? null : gzip(bytes), etag(bytes), contentType);
    }

    /**
     * Sends this body, or a 304 when the request's {@code If-None-Match} names it. {@code no-cache} lets clients
     * keep it but makes them ask before reusing it, since a story changes whenever an article joins it.
     */
    void send(Context ctx) {
        ctx.header("ETag", etag).header("Cache-Control", "no-cache").header("Vary", "Accept-Encoding");
        if (matches(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType);
        String accept = ctx.header("Accept-Encoding");
        if (gzip != null && accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip")) {
            ctx.disableCompression(); // already compressed, once
            ctx.header("Content-Encoding", "gzip").result(gzip);
        } else {
            ctx.result(bytes);
        }
    }

    /** Whether an {@code If-None-Match} value names this body: {@code *}, or a list holding its tag (weak or not). */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(h, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return out.toByteArray();
    }
}
