package org.crosscheck.serve;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.server.Request;

/**
 * The {@code Server-Timing} header (W3C): how long a request waited between arriving and being handled
 * ({@code queue}: a busy run queue or a collector's pause shows here), and how long its handler took ({@code app}).
 * A client's latency minus both is the network and the client; without the split a slow percentile cannot be
 * told apart from a slow handler.
 *
 * <p>A second header, {@code Crosscheck-Clock}, gives the same moments on the wall clock, in microseconds since the
 * epoch: {@code arrived} (Jetty's, to the millisecond), {@code started} and {@code finished} (the handler). A client
 * on the same machine reads the same clock, so it can split its own latency into the way to the server, the
 * server's share and the way back: the load benchmark does, to say where its slowest requests lost their time.
 */
final class ServerTiming {
    static final String HEADER = "Server-Timing";
    static final String CLOCK = "Crosscheck-Clock";
    private static final String STARTED = "crosscheck.started";

    private ServerTiming() {
    }

    /** Marks the start of handling; the queue is measured from when the request arrived (milliseconds). */
    static void start(Context ctx) {
        long arrived = 0;
        Request base = Request.getBaseRequest(ctx.req());
        if (base != null) {
            arrived = base.getTimeStamp();
        }
        long now = epochMicros();
        long queued = arrived == 0 ? -1 : now / 1000 - arrived;
        ctx.attribute(STARTED, new long[] {System.nanoTime(), queued, arrived * 1000, now});
    }

    static void finish(Context ctx) {
        long[] started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        double app = (System.nanoTime() - started[0]) / 1e6;
        String value = started[1] < 0 ? String.format(Locale.ROOT, "app;dur=%.2f", app)
                : String.format(Locale.ROOT, "queue;dur=%d, app;dur=%.2f", started[1], app);
        ctx.header(HEADER, value);
        ctx.header(CLOCK, (started[2] > 0 ? "arrived=" + started[2] + ", " : "") + "started=" + started[3]
                + ", finished=" + epochMicros());
    }

    /** The wall clock in microseconds since the epoch (the resolution {@link Instant#now()} has on Linux). */
    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /**
     * The moments of a {@code Crosscheck-Clock} value, in epoch microseconds by name ({@code arrived},
     * {@code started}, {@code finished}); empty when absent, unreadable values left out.
     */
    static Map<String, Long> clock(String value) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                try {
                    out.put(part.substring(0, eq).strip(), Long.parseLong(part.substring(eq + 1).strip()));
                } catch (NumberFormatException e) {
                    // not a number: left out, the others are still read
                }
            }
        }
        return out;
    }

    /** The durations of a {@code Server-Timing} value, in milliseconds by name; empty when absent or unreadable. */
    static Map<String, Double> parse(String value) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        for (String metric : value.split(",")) {
            String[] parts = metric.strip().split(";");
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("dur=")) {
                    try {
                        out.put(parts[0].strip(), Double.parseDouble(p.substring(4)));
                    } catch (NumberFormatException e) {
                        // not a number: that metric is left out, the others are still read
                    }
                }
            }
        }
        return out;
    }
}
