package org.crosscheck.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.api.Article;
import org.crosscheck.api.Cleaned;
import org.crosscheck.api.stage.Cleaner;
import org.crosscheck.api.stage.LanguageIdentifier;
import org.crosscheck.api.state.DuplicateIndex;
import org.crosscheck.dedup.NearDuplicates;
import org.crosscheck.dedup.Signature;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.ingest.ReadProblem;

/**
 * One timed ingest pass, as a stream job would run it: one thread reads (gunzip and JSON), worker threads clean,
 * identify the language and sign each article (pure functions of the article), and the calling thread looks the
 * signatures up in the duplicate index in arrival order, which is the stream order of a live feed. Each stage's time
 * is the CPU time of the threads that ran it, summed, so a machine shared with other jobs inflates the wall clock but
 * not the shares; the process's CPU time is kept too, for what the cores would do to themselves.
 */
final class IngestPass {

    private static final int BATCH = 64;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** What one pass did and how long each part took. */
    record Result(int articles, int problems, int duplicates, long wallNanos, long cpuNanos,
                  Map<String, Long> stageNanos) {
        double articlesPerSecond() {
            return articles / (wallNanos / 1e9);
        }

        /** What {@code cores} cores to ourselves would do: articles per second of the process's CPU time. */
        double articlesPerCpuSecond(int cores) {
            return cores * articles / (cpuNanos / 1e9);
        }
    }

    private record Numbered(long seq, Article article) {
    }

    private record Item(long seq, String id, Signature signature) {
    }

    private final Cleaner cleaner;
    private final LanguageIdentifier language;
    private final NearDuplicates dedup;
    private final int threads;

    private final AtomicLong readNanos = new AtomicLong();
    private final AtomicLong cleanNanos = new AtomicLong();
    private final AtomicLong languageNanos = new AtomicLong();
    private final AtomicLong signNanos = new AtomicLong();
    private final AtomicInteger problems = new AtomicInteger();
    private final AtomicInteger read = new AtomicInteger();

    private IngestPass(Cleaner cleaner, LanguageIdentifier language, NearDuplicates dedup, int threads) {
        this.cleaner = cleaner;
        this.language = language;
        this.dedup = dedup;
        this.threads = threads;
    }

    /**
     * Runs one pass.
     *
     * @param readOnly only read: the workers drop what they are given (the baseline)
     */
    static Result run(List<Path> inputs, Cleaner cleaner, LanguageIdentifier language, NearDuplicates dedup,
                      int threads, boolean readOnly) throws InterruptedException {
        return new IngestPass(cleaner, language, dedup, threads).run(inputs, readOnly);
    }

    private Result run(List<Path> inputs, boolean readOnly) throws InterruptedException {
        BlockingQueue<List<Numbered>> work = new ArrayBlockingQueue<>(4 * threads);
        BlockingQueue<List<Item>> done = new LinkedBlockingQueue<>();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        List<Thread> all = new ArrayList<>();
        all.add(new Thread(() -> read(inputs, work), "bench-reader"));
        for (int w = 0; w < threads; w++) {
            all.add(new Thread(() -> work(work, done, readOnly), "bench-worker-" + w));
        }
        all.forEach(t -> {
            t.setDaemon(true);
            t.start();
        });

        // the duplicate index, on this thread, in arrival order; a reorder buffer holds what workers finish early
        DuplicateIndex index = dedup.newIndex();
        Map<Long, Item> early = new HashMap<>();
        long next = 0;
        int ended = 0;
        int duplicates = 0;
        long indexNanos = 0;
        while (ended < threads) {
            List<Item> batch = done.take();
            if (batch.isEmpty()) {
                ended++;
                continue;
            }
            for (Item it : batch) {
                early.put(it.seq(), it);
            }
            Item it;
            while ((it = early.remove(next)) != null) {
                next++;
                if (it.signature() != null) {
                    long t0 = threadCpu();
                    if (dedup.observe(it.id(), it.signature(), index).isPresent()) {
                        duplicates++;
                    }
                    indexNanos += threadCpu() - t0;
                }
            }
        }
        for (Thread t : all) {
            t.join();
        }
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("reading (gunzip, JSON)", readNanos.get());
        if (!readOnly) {
            stages.put("cleaning", cleanNanos.get());
            stages.put("language", languageNanos.get());
            stages.put("dedup signature", signNanos.get());
            stages.put("dedup index", indexNanos);
        }
        return new Result(read.get(), problems.get(), duplicates, wall, cpu, stages);
    }

    /** CPU time of the whole process (all threads, GC and JIT included), or wall time where it is not offered. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    private static long threadCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private void read(List<Path> inputs, BlockingQueue<List<Numbered>> work) {
        long t0 = threadCpu();
        List<List<Numbered>> open = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
        try {
            Readers.inputs().read(inputs, Manifest.EMPTY, new ArticleSink() {
                @Override
                public void article(Article article) {
                    open.getFirst().add(new Numbered(read.getAndIncrement(), article));
                    if (open.getFirst().size() == BATCH) {
                        hand(work, open.getFirst());
                        open.set(0, new ArrayList<>(BATCH));
                    }
                }

                @Override
                public void problem(ReadProblem problem) {
                    problems.incrementAndGet();
                }
            });
            if (!open.getFirst().isEmpty()) {
                hand(work, open.getFirst());
            }
        } finally {
            readNanos.set(threadCpu() - t0);
            for (int i = 0; i < threads; i++) {
                hand(work, List.of()); // one end marker per worker
            }
        }
    }

    /** Puts a batch on the queue, waiting for room (which costs no CPU time, so it is not counted as reading). */
    private static <T> void hand(BlockingQueue<List<T>> queue, List<T> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    private void work(BlockingQueue<List<Numbered>> work, BlockingQueue<List<Item>> done, boolean readOnly) {
        try {
            while (true) {
                List<Numbered> batch = work.take();
                if (batch.isEmpty()) {
                    return;
                }
                List<Item> out = new ArrayList<>(batch.size());
                long clean = 0;
                long lang = 0;
                long sign = 0;
                for (Numbered n : batch) {
                    if (readOnly) {
                        out.add(new Item(n.seq(), n.article().id(), null));
                        continue;
                    }
                    try {
                        long t0 = threadCpu();
                        Cleaned c = cleaner.clean(n.article());
                        long t1 = threadCpu();
                        language.identify(c.article().text());
                        long t2 = threadCpu();
                        Signature s = dedup.sign(c.article().text());
                        long t3 = threadCpu();
                        clean += t1 - t0;
                        lang += t2 - t1;
                        sign += t3 - t2;
                        out.add(new Item(n.seq(), n.article().id(), s));
                    } catch (RuntimeException e) {
                        // counted like the pipeline's stage problems; the article still takes its place in order
                        problems.incrementAndGet();
                        out.add(new Item(n.seq(), n.article().id(), null));
                    }
                }
                cleanNanos.addAndGet(clean);
                languageNanos.addAndGet(lang);
                signNanos.addAndGet(sign);
                done.put(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.add(List.of());
        }
    }
}
