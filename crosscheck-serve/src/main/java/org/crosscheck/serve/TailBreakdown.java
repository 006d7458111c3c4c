package org.crosscheck.serve;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Where the slowest requests lost their time. Each request is cut at five moments on one wall clock (client and
 * server run on the same machine): the client starts writing it, the server has read it ({@code arrived}), the
 * handler starts and finishes, the client reads the first byte of the answer, and has read all of it. A p99 alone
 * cannot tell a slow handler from a starved client; this can, and it also counts how many of the slow requests
 * overlap a pause of this process's own collector.
 *
 * <p>Thread-confined while collecting ({@link #record} from one reader), then merged; the GC listener is the only
 * shared part.
 */
final class TailBreakdown {

    /** The segments between the moments, in the order a request passes them. */
    static final List<String> SEGMENTS = List.of("to server", "server queue", "handler", "way back", "body");

    private static final List<String> MEANING = List.of(
            "client writes, kernel, Jetty selects and parses (server clock to the ms)",
            "parsed until the handler starts: the server's threads, its run queue, its pauses",
            "the handler (pre-rendered bodies)",
            "Jetty writes, kernel, the waiting client thread is woken and runs",
            "the rest of the body, read by the client");

    /** One request: its latency (ns, monotonic) and its six moments (epoch µs). */
    private record Trace(long nanos, long[] at) {
        long segment(int i) {
            return at[i + 1] - at[i];
        }
    }

    private final List<Trace> traces = new ArrayList<>();

    /**
     * Keeps one request's moments; a request whose answer carried no full clock (an error page, an older server) is
     * left out.
     */
    void record(long nanos, long sent, Map<String, Long> clock, long firstByte, long done) {
        Long arrived = clock.get("arrived");
        Long started = clock.get("started");
        Long finished = clock.get("finished");
        if (arrived == null || started == null || finished == null || firstByte <= 0) {
            return;
        }
        traces.add(new Trace(nanos, new long[] {sent, arrived, started, finished, firstByte, done}));
    }

    void addAll(TailBreakdown other) {
        traces.addAll(other.traces);
    }

    int size() {
        return traces.size();
    }

    /**
     * Prints, per segment, its median over every request and its mean over the slowest 1% (at least one request),
     * then which segment was the longest in how many of those, and how many overlapped a pause of this client's
     * collector.
     */
    void print(PrintStream out, String what, GcPauses clientPauses) {
        if (traces.isEmpty()) {
            return;
        }
        List<Trace> all = new ArrayList<>(traces);
        all.sort(Comparator.comparingLong(Trace::nanos));
        int n = Math.max(1, all.size() / 100);
        List<Trace> slow = all.subList(all.size() - n, all.size());
        out.printf(Locale.ROOT, "  where the time went, %s (%d requests; slowest 1%%: %d, from %.1f ms; ms):%n", what,
                all.size(), n, slow.get(0).nanos() / 1e6);
        out.printf(Locale.ROOT, "    %-13s %8s %10s %9s %8s  %s%n", "segment", "all p50", "slow mean", "slow max",
                "longest", "what it holds");
        int[] longest = new int[SEGMENTS.size()];
        for (Trace t : slow) {
            int arg = 0;
            for (int i = 1; i < SEGMENTS.size(); i++) {
                if (t.segment(i) > t.segment(arg)) {
                    arg = i;
                }
            }
            longest[arg]++;
        }
        for (int i = 0; i < SEGMENTS.size(); i++) {
            final int s = i;
            long[] each = all.stream().mapToLong(t -> t.segment(s)).sorted().toArray();
            double slowMean = slow.stream().mapToLong(t -> t.segment(s)).average().orElse(0);
            long slowMax = slow.stream().mapToLong(t -> t.segment(s)).max().orElse(0);
            out.printf(Locale.ROOT, "    %-13s %8.2f %10.2f %9.2f %8d  %s%n", SEGMENTS.get(i),
                    each[each.length / 2] / 1e3, slowMean / 1e3, slowMax / 1e3, longest[i], MEANING.get(i));
        }
        if (clientPauses != null) {
            long[] overlap = clientPauses.overlap(slow.stream().map(t -> new long[] {t.at()[0], t.at()[5]})
                    .toList());
            out.printf(Locale.ROOT, "    this client's collector paused during %d of the %d (%.1f ms of pause each on "
                    + "average); its pauses: %s%n", overlap[0], n, overlap[0] == 0 ? 0 : overlap[1] / 1e3 / overlap[0],
                    clientPauses.summary());
        }
    }

    /**
     * The pauses of this process's collector, as the platform announces them (wall clock, to the millisecond);
     * concurrent phases, which stop no thread, are left out.
     */
    static final class GcPauses implements NotificationListener, AutoCloseable {
        private final List<long[]> pauses = new ArrayList<>();
        private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();

        GcPauses() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(this, null, null);
                }
            }
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) n.getUserData());
            if (info.getGcAction().toLowerCase(Locale.ROOT).contains("concurrent")
                    || info.getGcName().toLowerCase(Locale.ROOT).contains("concurrent")) {
                return;
            }
            synchronized (pauses) {
                pauses.add(new long[] {(jvmStart + info.getGcInfo().getStartTime()) * 1000,
                        (jvmStart + info.getGcInfo().getEndTime()) * 1000});
            }
        }

        /** How many of the intervals (epoch µs) overlap a pause, and the pause time inside them (µs). */
        long[] overlap(List<long[]> intervals) {
            List<long[]> copy;
            synchronized (pauses) {
                copy = List.copyOf(pauses);
            }
            long count = 0;
            long total = 0;
            for (long[] iv : intervals) {
                long inside = 0;
                for (long[] p : copy) {
                    inside += Math.max(0, Math.min(iv[1], p[1]) - Math.max(iv[0], p[0]));
                }
                if (inside > 0) {
                    count++;
                    total += inside;
                }
            }
            return new long[] {count, total};
        }

        String summary() {
            long[] ms;
            synchronized (pauses) {
                ms = pauses.stream().mapToLong(p -> (p[1] - p[0]) / 1000).sorted().toArray();
            }
            return ms.length == 0 ? "none" : String.format(Locale.ROOT, "%d, longest %d ms, %d ms in all", ms.length,
                    ms[ms.length - 1], Arrays.stream(ms).sum());
        }

        @Override
        public void close() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    try {
                        e.removeNotificationListener(this);
                    } catch (ListenerNotFoundException ignored) {
                        // never added to this one
                    }
                }
            }
        }
    }
}
