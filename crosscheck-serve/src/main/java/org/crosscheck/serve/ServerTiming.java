package org.crosscheck.serve;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.server.Request;

/**
 * The {@code Server-Timing} header (W3C): how long a request waited between arriving and being handled
 * ({@code queue}: a busy run queue or a collector's pause shows here), and how long its handler took ({@code app}).
 * A client's latency minus both is the network and the client; without the split a slow percentile cannot be
 * told apart from a slow handler.
 */
final class ServerTiming {
    static final String HEADER = "Server-Timing";
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
        long queued = arrived == 0 ? -1 : System.currentTimeMillis() - arrived;
        ctx.attribute(STARTED, new long[] {System.nanoTime(), queued});
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
