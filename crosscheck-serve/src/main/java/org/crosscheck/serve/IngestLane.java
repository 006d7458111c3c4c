package org.crosscheck.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Where the server's writes run: one platform thread, with a bounded queue in front of it. Requests run on virtual
 * threads, which are never preempted: an ingest (annotation, clustering, a rebuilt brief, the store) run on one
 * would hold one of the few carrier threads for hundreds of milliseconds and every reader queued behind it would
 * wait that long. On a thread of its own, the ingest is one more thread the operating system time-slices against
 * the carriers, and the request that submitted it parks (freeing its carrier) until it is done. One thread, because the library serialises clustering anyway and annotation has its
 * own pool; a full queue is refused at once (503) rather than let writers pile up.
 */
final class IngestLane implements AutoCloseable {

    /** Submissions that may wait behind the running one; the per-client write rate keeps it far from full. */
    static final int QUEUE = 32;

    private final ThreadPoolExecutor executor;

    IngestLane() {
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(r, "crosscheck-ingest");
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
