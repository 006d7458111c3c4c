package org.crosscheck.serve;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;

/**
 * What every request passes before its handler: security headers, the client's rate, and for writes the read-only
 * switch and the API key. Keys are read from {@code Authorization: Bearer} or {@code X-Api-Key}, compared in
 * constant time, and never written anywhere: not to a log, not into an error message.
 */
final class Guard {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final ServeConfig config;
    private final RateLimiter reads;
    private final RateLimiter writes;

    Guard(ServeConfig config) {
        this.config = config;
        this.reads = new RateLimiter(config.limits().readsPerSecond());
        this.writes = new RateLimiter(config.limits().writesPerSecond());
    }

    static boolean isWrite(Context ctx) {
        HandlerType m = ctx.method();
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
    }

    void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    void rate(Context ctx) {
        boolean write = isWrite(ctx);
        RateLimiter limiter = write ? writes : reads;
        if (!limiter.tryAcquire(ctx.ip())) {
            ctx.header("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
            throw new ApiException(429, "rate_limited", "too many " + (write ? "writes" : "requests")
                    + " from this client; at most " + fmt(write ? config.limits().writesPerSecond()
                    : config.limits().readsPerSecond()) + " a second are served");
        }
    }

    /** Read-only mode, then the key: 401 when none is presented, 403 when it is not one of ours. */
    void write(Context ctx) {
        if (config.readOnly()) {
            ctx.header("Allow", "GET, HEAD");
            throw new ApiException(405, "read_only", "this server is read-only: it serves stories but takes no "
                    + "articles");
        }
        if (config.keys().isEmpty()) {
            throw new ApiException(403, "writes_disabled", "no API key is configured, so no one may write: "
                    + "start the server with --api-key-file or CROSSCHECK_API_KEYS");
        }
        String key = presented(ctx);
        if (key == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"crosscheck\"");
            throw new ApiException(401, "unauthenticated", "writing needs an API key in 'Authorization: Bearer "
                    + "KEY' or 'X-Api-Key: KEY'");
        }
        if (!config.keys().accepts(key)) {
            throw new ApiException(403, "forbidden", "the API key presented is not accepted");
        }
    }

    private static String presented(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String k = auth.substring(7).strip();
            return k.isEmpty() ? null : k;
        }
        String k = ctx.header("X-Api-Key");
        return k == null || k.isBlank() ? null : k.strip();
    }

    /** The body, refused with 413 past the limit, whether or not the client declared its length. */
    byte[] body(Context ctx) {
        long max = config.limits().maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(max);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge(max);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(413, "body_too_large", "request body over " + max + " bytes");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
