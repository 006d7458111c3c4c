package org.crosscheck.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Where the server's writes run: one platform thread, with a bounded queue in front of it. An ingest (annotation,
 * clustering, a rebuilt brief, the store) takes hundreds of milliseconds of CPU; on a request thread it would compete
 * with the readers' requests as one of them (and, when requests ran on virtual threads, which are never preempted,
 * it held one of the two carriers and every reader queued behind it). On a thread of its own it is one thread the
 * operating system schedules below the readers, and the request that submitted it waits (bounded by the queue)
 * until it is done. One thread, because the library serialises clustering anyway and annotation has its
 * own pool; a full queue is refused at once (503) rather than let writers pile up.
 *
 * <p>The lane also runs at a lower operating-system priority than the threads that answer readers ({@link #NICE}):
 * on a machine with few cores, an ingest that competed as an equal took a core's worth of time slices from the
 * readers for as long as it ran, and a reader waiting for a core is a reader's tail latency. Threads the lane
 * starts (annotation pools, the search index's merges) inherit the priority. A write then takes longer when the
 * machine is busy, which a feed can afford and a reader cannot.
 */
final class IngestLane implements AutoCloseable {

    /** Submissions that may wait behind the running one; the per-client write rate keeps it far from full. */
    static final int QUEUE = 32;

    /**
     * The lane's Linux nice value (readers run at 0): a thread at 10 gets about a ninth of the time slices a thread
     * at 0 gets when both want a core, and all of an otherwise idle core.
     */
    static final int NICE = 10;

    private final ThreadPoolExecutor executor;

    IngestLane() {
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(() -> {
                        lowerOwnPriority();
                        r.run();
                    }, "crosscheck-ingest");
                    t.setPriority(Thread.MIN_PRIORITY); // a hint elsewhere; Linux needs the nice value
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Runs a write on the lane and waits for it; its exceptions reach the caller as they were thrown.
     *
     * @throws ApiException 503 when the lane's queue is full
     */
    <T> T run(Supplier<T> write) {
        Future<T> f;
        try {
            f = executor.submit(write::get);
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "busy", "too many submissions are waiting to be ingested: try again shortly");
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            // the write goes on (it cannot be taken back half-way); the client just stops waiting for it
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted", "the server stopped waiting for this submission");
        }
    }

    /**
     * Lowers the calling thread's priority to {@link #NICE}, where the platform lets a thread do that alone: on
     * Linux, {@code /proc/thread-self} names the thread and {@code renice} sets its nice value (lowering one's own
     * priority needs no privilege; {@code Thread.setPriority} is ignored there). Elsewhere, or when that fails, the
     * lane runs at normal priority, as before: slower readers under load, nothing worse.
     */
    static void lowerOwnPriority() {
        Path self = Path.of("/proc/thread-self");
        if (!Files.exists(self)) {
            return;
        }
        try {
            String tid = Files.readSymbolicLink(self).getFileName().toString();
            Process p = new ProcessBuilder("renice", "-n", String.valueOf(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException | RuntimeException e) {
            // no renice on this system: normal priority
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets the running and queued writes finish (they are acknowledged once stored), for at most a minute. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
