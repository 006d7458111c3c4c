package org.crosscheck.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.Story;

/**
 * Prints the store's speed: ingest throughput (one transaction per article, and batches of 100), and the latency
 * of reading a story's brief from many concurrent readers, first alone (the baseline) and then while an ingest
 * runs, for the embedded store and for PostgreSQL (the server of {@code -Dcrosscheck.pg.url}, else a throwaway one
 * when PostgreSQL is installed). Asserts nothing.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -cp TEST_CLASSPATH org.crosscheck.store.StoreBenchmark
 * [articles=2000] [readers=32] [seconds=6] [think-ms=0]}
 */
public final class StoreBenchmark {
    /** Pause of each reader between reads: 0 saturates the machine, more models people behind browsers. */
    private static int thinkMillis;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int readers = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        thinkMillis = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Path dir = Files.createTempDirectory("store-bench");
        try (Store store = Store.open(dir)) {
            run("embedded (SQLite + Lucene)", store, articles, readers, seconds);
        } finally {
            EmbeddedStoreTest.deleteTree(dir);
        }
        String pg;
        try {
            pg = PostgresServer.freshUrl();
        } catch (RuntimeException e) {
            System.out.println("PostgreSQL: skipped (" + e.getMessage() + ")");
            return;
        }
        try (Store store = Store.open(pg, null)) {
            run("PostgreSQL", store, articles, readers, seconds);
        }
    }

    private static void run(String name, Store store, int articles, int readers, int seconds) throws Exception {
        System.out.println("== " + name + ": " + articles + " articles, " + readers + " readers, think time "
                + thinkMillis + " ms");
        int half = articles / 2;
        long t = System.nanoTime();
        for (int n = 0; n < half; n++) {
            store.ingest(Fixtures.ingest(n), null);
        }
        double single = half / ((System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        for (int from = half; from < articles; from += 100) {
            List<Ingest> batch = new ArrayList<>();
            for (int n = from; n < Math.min(articles, from + 100); n++) {
                batch.add(Fixtures.ingest(n));
            }
            store.ingestAll(batch, null);
        }
        double batched = (articles - half) / ((System.nanoTime() - t) / 1e9);
        System.out.printf("ingest, one transaction per article: %.0f articles/s%n", single);
        System.out.printf("ingest, batches of 100:              %.0f articles/s%n", batched);

        List<String> stories = new ArrayList<>();
        t = System.nanoTime();
        for (int s = 0; s * 3 < articles; s++) {
            String id = Fixtures.storyOf(s * 3);
            Map<String, AnnotatedArticle> docs = new LinkedHashMap<>();
            store.annotated(store.story(id).orElseThrow().articles()).forEach(d -> docs.put(d.id(), d));
            store.putBrief(brief(id, docs), docs, null);
            stories.add(id);
        }
        System.out.printf("put brief: %.0f briefs/s%n", stories.size() / ((System.nanoTime() - t) / 1e9));

        readBriefs(store, stories, readers, 1000, null);
        search(store, Math.min(readers, 8), 1000);
        double[] alone = readBriefs(store, stories, readers, seconds * 1000L / 2, null);
        AtomicInteger next = new AtomicInteger(articles);
        double[] busy = readBriefs(store, stories, readers, seconds * 1000L / 2,
                () -> store.ingest(Fixtures.ingest(next.getAndIncrement()), null));
        System.out.printf("brief read alone:        p50 %.2f ms, p99 %.2f ms, %.0f reads/s%n", alone[0], alone[1],
                alone[2]);
        System.out.printf("brief read during ingest: p50 %.2f ms, p99 %.2f ms, %.0f reads/s (ingest meanwhile"
                + " %.0f articles/s); p99 ratio to alone %.2f%n", busy[0], busy[1], busy[2],
                (next.get() - articles) / (seconds / 2.0), busy[1] / alone[1]);
        double[] search = search(store, Math.min(readers, 8), seconds * 1000L / 2);
        System.out.printf("search (%d readers):        p50 %.2f ms, p99 %.2f ms%n", Math.min(readers, 8), search[0], search[1]);
    }

    /** p50 and p99 in ms and reads per second, of brief reads by {@code readers} threads for {@code millis}. */
    private static double[] readBriefs(Store store, List<String> stories, int readers, long millis, Runnable writer)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            long[] lat = new long[Math.min(2_000_000, 40_000_000 / readers)];
            all.add(lat);
            int seed = r;
            threads.add(Thread.ofPlatform().start(() -> {
                Random random = new Random(seed);
                int i = 0;
                while (!stop.get() && i < lat.length - 1) {
                    long t = System.nanoTime();
                    store.brief(stories.get(random.nextInt(stories.size()))).orElseThrow();
                    lat[++i] = System.nanoTime() - t;
                    if (thinkMillis > 0) {
                        try {
                            Thread.sleep(random.nextInt(2 * thinkMillis + 1));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                lat[0] = i;
            }));
        }
        Thread w = writer == null ? null : Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                writer.run();
            }
        });
        Thread.sleep(millis);
        stop.set(true);
        for (Thread th : threads) {
            th.join();
        }
        if (w != null) {
            w.join();
        }
        int total = 0;
        for (long[] l : all) {
            total += (int) l[0];
        }
        long[] merged = new long[total];
        int k = 0;
        for (long[] l : all) {
            System.arraycopy(l, 1, merged, k, (int) l[0]);
            k += (int) l[0];
        }
        Arrays.sort(merged);
        return new double[] {merged[total / 2] / 1e6, merged[(int) (total * 0.99)] / 1e6, total / (millis / 1000.0)};
    }

    private static double[] search(Store store, int readers, long millis) throws InterruptedException {
        String[] queries = {"dockworkers strike", "\"port director\"", "valmora -monday", Fixtures.marker(17),
            "ministry approved closure"};
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> lat = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            int seed = r;
            threads.add(Thread.ofPlatform().start(() -> {
                Random random = new Random(seed);
                while (!stop.get()) {
                    long t = System.nanoTime();
                    store.search(queries[random.nextInt(queries.length)], 10, 0);
                    lat.add(System.nanoTime() - t);
                }
            }));
        }
        Thread.sleep(millis);
        stop.set(true);
        for (Thread th : threads) {
            th.join();
        }
        long[] sorted = lat.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6};
    }

    /** A brief with one claim group per member, each resting on the member's first sentence. */
    private static Brief brief(String storyId, Map<String, AnnotatedArticle> docs) {
        List<AnnotatedArticle> members = List.copyOf(docs.values());
        List<ClaimGroup> groups = new ArrayList<>();
        for (AnnotatedArticle d : members) {
            var s = d.sentences().get(0);
            Claim c = new Claim(d.id() + ":" + s.start(), d.id(), s.start(), s.end(),
                    d.text().substring(s.start(), s.end()), List.of("Valmora"), d.quantities(), d.times(), null,
                    false, d.article().published());
            groups.add(new ClaimGroup("c-" + d.id(), c.statement(), ClaimStatus.SINGLE_SOURCE, List.of(c),
                    List.of(c.evidence()), List.of(), null, d.id()));
        }
        return new Brief(Story.of(storyId, members), "Strike story " + storyId, groups, List.of(), List.of(),
                List.of());
    }
}
