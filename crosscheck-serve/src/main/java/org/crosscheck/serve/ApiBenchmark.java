package org.crosscheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crosscheck.render.Json;
import org.crosscheck.serve.KeepAliveConnection.Reply;

/**
 * Drives a running {@code crosscheck serve} from its own process and prints what readers get: N concurrent readers
 * fetch briefs, story lists and searches while one writer posts articles, for a fixed time and at most a fixed
 * number of requests. First a single reader alone sets the baseline, so the loaded figures can be read as ratios on
 * a shared, noisy machine. Starts no server itself.
 *
 * <pre>
 * java ... org.crosscheck.serve.ApiBenchmark --base http://127.0.0.1:8080 [--readers 200] [--seconds 20]
 *      [--max-requests 2000000] [--baseline-seconds 5] [--write-every-ms 1000] [--batch 2] [--think-ms 0]
 *      [--server-pid PID] [--revalidate true] [--client sockets|jdk] [--trace FILE]
 * </pre>
 * Each reader is a platform thread with a keep-alive connection of its own ({@code --client sockets}, the default),
 * as each person's browser has: the benchmark must not be the bottleneck it measures, and one shared
 * {@code HttpClient} ({@code --client jdk}, kept to compare) reads every response on a single selector thread before
 * the waiting reader sees it. Every request is timed and counted; a failure is an error, never retried. The loaded
 * briefs are followed by where their time went ({@link TailBreakdown}, from the server's {@code Crosscheck-Clock}
 * header); {@code --trace FILE} writes every loaded request's moments as CSV, to set beside GC or safepoint logs.
 * With {@code --server-pid} (Linux), the server's CPU time per read request is printed too: on a shared machine it
 * is the steadiest figure. With {@code --revalidate true}, readers keep each response's ETag and send it back, as a
 * browser or a caching client does, and a 304 counts as a success.
 * Brief rows are followed by the server's own account of them (its {@code Server-Timing} header):
 * {@code brief:queue}, from the request's arrival to its handler starting (a run queue, a pause), and
 * {@code brief:app}, the handler; what the client sees beyond both is the network and the client itself.
 * With {@code --think-ms 0} every reader fires its next request as soon as the last is answered (a closed loop:
 * latency then measures the queue as much as the server); a think time models people reading what they fetched.
 * The writer's API key is read from {@code CROSSCHECK_API_KEY}; without one, no writer runs.
 */
public final class ApiBenchmark {

    /** What one run measures, per endpoint. */
    record Figures(String endpoint, int requests, int errors, double seconds, long[] nanos) {
        double perSecond() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }
    }

    private record Options(String base, int readers, int seconds, long maxRequests, int baselineSeconds,
                           int writeEveryMs, int batch, int thinkMs, String key, long serverPid, boolean revalidate,
                           boolean sockets, Path trace) {
    }

    /** What the readers of one phase collected: figures per endpoint, the briefs' breakdown, the trace lines. */
    private record Phase(Map<String, Figures> figures, TailBreakdown briefs, List<String> trace) {
    }

    /** One reader's own collections, merged when the phase ends. */
    private static final class Collected {
        final Map<String, long[]> samples = new LinkedHashMap<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final TailBreakdown briefs = new TailBreakdown();
        final List<String> trace = new ArrayList<>();
    }

    /**
     * CPU time a phase cost, the server's (when its pid is known and /proc is there) and this process's, and the time
     * their threads spent runnable but waiting for a core (Linux schedstat; -1 where unknown): the share of the
     * latency that is the machine's.
     */
    private record Cpu(long serverNanos, long clientNanos, long serverWait, long clientWait) {
        static Cpu now(long pid) {
            long server = -1;
            if (pid > 0) {
                try {
                    // utime and stime, fields 14 and 15, in clock ticks (100 a second on Linux)
                    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    server = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                } catch (IOException | RuntimeException e) {
                    server = -1;
                }
            }
            long client = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            return new Cpu(server, client, pid > 0 ? waited(pid) : -1, waited(ProcessHandle.current().pid()));
        }

        /**
         * Nanoseconds the process's live threads have waited on a run queue (the second field of each
         * {@code /proc/PID/task/TID/schedstat}); a thread that ended meanwhile takes its share with it.
         */
        static long waited(long pid) {
            try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                return tasks.mapToLong(t -> {
                    try {
                        return Long.parseLong(Files.readString(t.resolve("schedstat")).strip()
                                .split(" ")[1]);
                    } catch (IOException | RuntimeException e) {
                        return 0; // the thread ended while being read
                    }
                }).sum();
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        Cpu since(Cpu start) {
            return new Cpu(serverNanos < 0 || start.serverNanos < 0 ? -1 : serverNanos - start.serverNanos,
                    clientNanos - start.clientNanos, minus(serverWait, start.serverWait),
                    minus(clientWait, start.clientWait));
        }

        private static long minus(long a, long b) {
            return a < 0 || b < 0 ? -1 : Math.max(0, a - b);
        }
    }

    private final Options options;
    private final HttpClient shared;
    private final List<String> stories = new ArrayList<>();

    private ApiBenchmark(Options options) {
        this.options = options;
        this.shared = options.sockets() ? null : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private BenchClient client() {
        return options.sockets() ? BenchClient.sockets(options.base()) : BenchClient.jdk(shared, options.base());
    }

    /**
     * Readers' threads: platform threads with the sockets client, so the kernel wakes the reader whose answer came
     * (small stacks: 200 of them); virtual threads with the shared client, as it was measured before.
     */
    private ThreadFactory readers() {
        return options.sockets() ? Thread.ofPlatform().name("bench-reader-", 0).stackSize(512 * 1024).factory()
                : Thread.ofVirtual().name("bench-reader-", 0).factory();
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out));
    }

    /**
     * Runs the benchmark with command-line style options and prints its figures: the entry point for
     * {@code crosscheck bench api}. Returns 0 when every request succeeded, 1 otherwise.
     *
     * @throws IllegalArgumentException on an unknown or malformed option
     */
    public static int run(String[] args, PrintStream out) throws IOException, InterruptedException {
        return new ApiBenchmark(parse(args)).run(out) ? 0 : 1;
    }

    /** Runs the baseline and the loaded phase and prints both; {@code false} when any request failed. */
    boolean run(PrintStream out) throws IOException, InterruptedException {
        try (BenchClient control = client()) {
            return run(out, control);
        } finally {
            if (shared != null) {
                shared.close();
            }
        }
    }

    private boolean run(PrintStream out, BenchClient control) throws IOException, InterruptedException {
        discover(control);
        out.printf("crosscheck api benchmark: %s, %d stories found; client: %s%n", options.base(), stories.size(),
                options.sockets() ? "a keep-alive socket per reader, one platform thread each"
                        : "one shared java.net.http.HttpClient, a virtual thread per reader");
        long warm = awaitWarm(control);
        if (warm > 0) {
            out.printf("waited %.1f s for the server to rebuild its briefs after a restart%n", warm / 1e9);
        }
        if (stories.isEmpty()) {
            out.println("no story to read: submit articles first");
            return false;
        }
        Cpu c0 = Cpu.now(options.serverPid());
        Map<String, Figures> baseline = phase(1, options.baselineSeconds(), false, 0).figures();
        Cpu baseCpu = Cpu.now(options.serverPid()).since(c0);
        print(out, "baseline: 1 reader, closed loop, no writer, " + options.baselineSeconds() + " s", baseline, null);
        cpu(out, baseCpu, baseline);
        boolean writer = options.key() != null && options.writeEveryMs() > 0;
        Cpu c1 = Cpu.now(options.serverPid());
        Phase phase;
        try (TailBreakdown.GcPauses pauses = new TailBreakdown.GcPauses()) {
            phase = phase(options.readers(), options.seconds(), writer, options.thinkMs());
            Cpu loadCpu = Cpu.now(options.serverPid()).since(c1);
            String readers = options.readers() + " readers" + (options.thinkMs() > 0 ? " (think time "
                    + options.thinkMs() + " ms on average, before the first request too)" : " (closed loop)");
            print(out, "load: " + readers + (writer ? ", 1 writer posting " + options.batch() + " articles every "
                    + options.writeEveryMs() + " ms" : options.key() == null ? ", no writer (CROSSCHECK_API_KEY unset)"
                    : ", no writer (--write-every-ms 0)") + ", " + options.seconds() + " s"
                    + (options.revalidate() ? ", readers revalidate with If-None-Match" : ""), phase.figures(), baseline);
            cpu(out, loadCpu, phase.figures());
            phase.briefs().print(out, "loaded briefs", pauses);
        }
        Map<String, Figures> loaded = phase.figures();
        if (options.trace() != null) {
            Files.write(options.trace(), phase.trace(), StandardCharsets.UTF_8);
            out.printf("trace: %d requests in %s%n", phase.trace().size() - 1, options.trace());
        }
        int errors = loaded.values().stream().mapToInt(Figures::errors).sum()
                + baseline.values().stream().mapToInt(Figures::errors).sum();
        out.printf("errors: %d%n", errors);
        return errors == 0;
    }

    /**
     * CPU per request: the figure a loaded, shared machine disturbs least, since waiting for a core costs no CPU.
     * The server's includes the writer's annotation work when a writer ran.
     */
    private static void cpu(PrintStream out, Cpu cpu, Map<String, Figures> figures) {
        long reads = figures.entrySet().stream().filter(e -> !e.getKey().equals("submit") && !e.getKey().contains(":"))
                .mapToLong(e -> e.getValue().requests()).sum();
        if (reads == 0) {
            return;
        }
        out.printf("  cpu: client %.3f ms a read request%s%n", cpu.clientNanos() / 1e6 / reads,
                cpu.serverNanos() < 0 ? " (server: pass --server-pid to measure)"
                        : String.format(", server %.3f ms a read request (%.1f s over %d reads%s)",
                        cpu.serverNanos() / 1e6 / reads, cpu.serverNanos() / 1e9, reads,
                        figures.containsKey("submit") ? ", writer's ingest included" : ""));
        if (cpu.clientWait() >= 0) {
            out.printf("  run queue: client threads waited %.1f s for a core%s%n", cpu.clientWait() / 1e9,
                    cpu.serverWait() < 0 ? "" : String.format(", server threads %.1f s", cpu.serverWait() / 1e9));
        }
    }

    /**
     * Waits until a freshly restarted server has rebuilt every brief (health's {@code briefs_pending} is 0), so the
     * figures are the steady state rather than the rebuild; returns the nanoseconds waited.
     */
    private long awaitWarm(BenchClient control) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        long limit = t0 + 600_000_000_000L;
        while (true) {
            Reply r = control.get("/v1/health", Map.of());
            JsonNode pending = r.status() == 200 ? Json.MAPPER.readTree(r.body()).get("briefs_pending") : null;
            if (pending == null || pending.asInt() == 0) {
                return System.nanoTime() - t0;
            }
            if (System.nanoTime() > limit) {
                throw new IOException("the server still rebuilds " + pending.asInt() + " briefs after 600 s");
            }
            Thread.sleep(250);
        }
    }

    private void discover(BenchClient control) throws IOException, InterruptedException {
        String after = null;
        do {
            Reply r = control.get("/v1/stories?limit=100" + (after == null ? "" : "&after=" + after), Map.of());
            if (r.status() != 200) {
                throw new IOException("GET /v1/stories answered " + r.status() + ": " + r.text());
            }
            JsonNode page = Json.MAPPER.readTree(r.body());
            page.get("stories").forEach(s -> stories.add(s.get("id").asText()));
            after = page.get("next").isNull() ? null : page.get("next").asText();
        } while (after != null && stories.size() < 1000);
    }

    private Phase phase(int readers, int seconds, boolean writer, int thinkMs) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long perReader = Math.max(1, options.maxRequests() / readers);
        List<Collected> collected = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, int[]> errors = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(readers);
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(readers())) {
            for (int r = 0; r < readers; r++) {
                long seed = 42L * 1_000_003 + r;
                pool.submit(() -> {
                    try (BenchClient mine = client()) {
                        collected.add(read(mine, new SplittableRandom(seed), end, perReader, thinkMs, errors));
                    } finally {
                        done.countDown();
                    }
                });
            }
            if (writer) {
                pool.submit(() -> {
                    try (BenchClient mine = client()) {
                        collected.add(write(mine, end, stop, errors));
                    }
                });
            }
            done.await();
            stop.set(true);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Figures> out = new LinkedHashMap<>();
        TailBreakdown briefs = new TailBreakdown();
        List<String> trace = new ArrayList<>(List.of("endpoint,status,latency_us,sent,arrived,started,finished,"
                + "first_byte,done"));
        for (Collected c : collected) {
            briefs.addAll(c.briefs);
            trace.addAll(c.trace);
        }
        for (String endpoint : List.of("brief", "stories", "search", "submit", "brief:queue", "brief:app")) {
            long[] all = collected.stream().filter(c -> c.samples.containsKey(endpoint))
                    .flatMapToLong(c -> Arrays.stream(c.samples.get(endpoint), 0, c.counts.get(endpoint)))
                    .sorted().toArray();
            int e = errors.getOrDefault(endpoint, new int[1])[0];
            if (all.length + e > 0) {
                out.put(endpoint, new Figures(endpoint, all.length, e, elapsed, all));
            }
        }
        return new Phase(out, briefs, trace);
    }

    /** One reader: 60% briefs, 30% story lists, 10% searches, until the time or its share of requests is up. */
    private Collected read(BenchClient http, SplittableRandom random, long end, long max, int thinkMs,
                           Map<String, int[]> errors) {
        Collected mine = new Collected();
        Map<String, String> etags = new java.util.HashMap<>();
        List<String> words = List.of("port", "ferry", "strike", "council", "minister", "fire", "talks", "union");
        if (thinkMs > 0 && !think(random, thinkMs)) {
            // readers arrive as they go on: spread over one think time, not all 200 in the same millisecond (that
            // herd, every connection opened at once, was the whole slowest 1% of a 30 s run)
            return mine;
        }
        for (long i = 0; i < max && System.nanoTime() < end; i++) {
            int pick = random.nextInt(10);
            String endpoint;
            String path;
            if (pick < 6) {
                endpoint = "brief";
                path = "/v1/stories/" + Links.segment(stories.get(random.nextInt(stories.size()))) + "/brief";
            } else if (pick < 9) {
                endpoint = "stories";
                path = "/v1/stories?limit=20";
            } else {
                endpoint = "search";
                path = "/v1/search?q=" + words.get(random.nextInt(words.size()));
            }
            long sent = ServerTiming.epochMicros();
            long t0 = System.nanoTime();
            boolean ok;
            try {
                String held = options.revalidate() ? etags.get(path) : null;
                Reply r = http.get(path, held == null ? Map.of() : Map.of("If-None-Match", held));
                long took = System.nanoTime() - t0;
                long received = ServerTiming.epochMicros();
                ok = r.status() == 200 || r.status() == 304 && held != null;
                Map<String, Long> clock = ServerTiming.clock(r.header(ServerTiming.CLOCK));
                if (ok && endpoint.equals("brief")) {
                    // the server's own account of the request: waiting to be handled, and handling it
                    ServerTiming.parse(r.header(ServerTiming.HEADER)).forEach(
                            (what, ms) -> record(mine, endpoint + ":" + what, Math.round(ms * 1e6)));
                    mine.briefs.record(took, sent, clock, r.firstByte(), received);
                }
                if (options.trace() != null) {
                    mine.trace.add(String.join(",", endpoint, String.valueOf(r.status()), String.valueOf(took / 1000),
                            String.valueOf(sent), String.valueOf(clock.getOrDefault("arrived", 0L)),
                            String.valueOf(clock.getOrDefault("started", 0L)),
                            String.valueOf(clock.getOrDefault("finished", 0L)), String.valueOf(r.firstByte()),
                            String.valueOf(received)));
                }
                if (options.revalidate() && r.status() == 200 && r.header("ETag") != null) {
                    etags.put(path, r.header("ETag"));
                }
                if (ok) {
                    record(mine, endpoint, took);
                }
            } catch (IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return mine;
            }
            if (!ok) {
                errors.computeIfAbsent(endpoint, k -> new int[1]);
                synchronized (errors.get(endpoint)) {
                    errors.get(endpoint)[0]++;
                }
            }
            if (thinkMs > 0 && !think(random, thinkMs)) {
                return mine;
            }
        }
        return mine;
    }

    /**
     * A person reads what they fetched: on average thinkMs between two requests, jittered so readers do not march
     * in step; {@code false} when interrupted.
     */
    private static boolean think(SplittableRandom random, int thinkMs) {
        try {
            Thread.sleep(random.nextInt(2 * thinkMs + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void record(Collected mine, String key, long nanos) {
        int c = mine.counts.merge(key, 1, Integer::sum);
        long[] arr = mine.samples.computeIfAbsent(key, k -> new long[64]);
        if (c > arr.length) {
            arr = Arrays.copyOf(arr, arr.length * 2);
            mine.samples.put(key, arr);
        }
        arr[c - 1] = nanos;
    }

    /** The writer: a small batch of invented articles at a steady pace, as a feed watcher would post them. */
    private Collected write(BenchClient http, long end, AtomicBoolean stop, Map<String, int[]> errors) {
        Collected mine = new Collected();
        int failed = 0;
        long runId = System.currentTimeMillis();
        int n = 0;
        while (!stop.get() && System.nanoTime() < end) {
            ArrayNode batch = Json.array();
            for (int i = 0; i < options.batch(); i++, n++) {
                batch.add(article(runId, n));
            }
            long t0 = System.nanoTime();
            try {
                Reply r = http.post("/v1/articles", Map.of("Content-Type", "application/json", "Authorization",
                        "Bearer " + options.key()), batch.toString().getBytes(StandardCharsets.UTF_8));
                if (r.status() == 201 || r.status() == 200) {
                    record(mine, "submit", System.nanoTime() - t0);
                } else {
                    failed++;
                }
            } catch (IOException e) {
                failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(options.writeEveryMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        errors.computeIfAbsent("submit", k -> new int[1])[0] += failed;
        return mine;
    }

    /** An invented report: a town, a number of people, a day; different enough to start or join stories. */
    private static ObjectNode article(long run, int n) {
        String[] towns = {"Orvin", "Saltby", "Brask", "Lindqvist", "Marrow Bay", "Tessel"};
        String[] what = {"a ferry strike", "a council vote on the harbour", "a storm warning", "a bridge closure"};
        String town = towns[n % towns.length];
        String topic = what[(n / towns.length) % what.length];
        int people = 100 + (n * 37) % 900;
        ObjectNode a = Json.object();
        a.put("id", "bench-" + run + "-" + n);
        a.put("outlet", "Bench Wire " + (n % 3));
        a.put("published", LocalDate.of(2033, 6, 1).plusDays(n % 5).toString());
        a.put("title", town + ": " + topic);
        a.put("text", "Officials in " + town + " said on Monday that " + people + " people were affected by "
                + topic + ", the town office said.\n\n\"We are doing what we can,\" mayor Ansel Varga told "
                + "reporters in " + town + ".\n\nThe town has about " + (people * 40) + " residents.");
        return a;
    }

    private static void print(PrintStream out, String title, Map<String, Figures> figures,
                              Map<String, Figures> baseline) {
        out.println(title);
        out.printf("  %-11s %9s %9s %9s %9s %9s %9s %7s%s%n", "endpoint", "requests", "req/s", "p50 ms", "p90 ms",
                "p99 ms", "max ms", "errors", baseline == null ? "" : "  p50/base  p99/base");
        int total = 0;
        double seconds = 0;
        for (Figures f : figures.values()) {
            if (!f.endpoint().contains(":")) {
                total += f.requests();
                seconds = f.seconds();
            }
            Figures b = baseline == null ? null : baseline.get(f.endpoint());
            out.printf("  %-11s %9d %9.1f %9.2f %9.2f %9.2f %9.2f %7d%s%n", f.endpoint(), f.requests(), f.perSecond(),
                    f.percentile(50), f.percentile(90), f.percentile(99), f.percentile(100), f.errors(),
                    b == null ? "" : String.format("  %8.2f  %8.2f", f.percentile(50) / b.percentile(50),
                            f.percentile(99) / b.percentile(99)));
        }
        out.printf("  %-11s %9d %9.1f%n", "all", total, seconds == 0 ? 0 : total / seconds);
    }

    private static Options parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --base URL [--readers N] [--seconds S] "
                        + "[--max-requests N] [--baseline-seconds S] [--write-every-ms MS] [--batch N] [--think-ms MS] "
                        + "[--server-pid PID] [--revalidate true|false] [--client sockets|jdk] [--trace FILE]; got "
                        + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        for (String k : m.keySet()) {
            if (!List.of("base", "readers", "seconds", "max-requests", "baseline-seconds", "write-every-ms", "batch",
                    "think-ms", "server-pid", "revalidate", "client", "trace")
                    .contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        String base = m.getOrDefault("base", "http://127.0.0.1:8080").replaceAll("/+$", "");
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new IllegalArgumentException("--base must be an http(s) URL, got " + base);
        }
        String client = m.getOrDefault("client", "sockets");
        if (!client.equals("sockets") && !client.equals("jdk")) {
            throw new IllegalArgumentException("--client must be sockets or jdk, got " + client);
        }
        if (client.equals("sockets") && !base.startsWith("http://")) {
            throw new IllegalArgumentException("--client sockets speaks plain http; use --client jdk for " + base);
        }
        String key = System.getenv("CROSSCHECK_API_KEY");
        return new Options(base, Integer.parseInt(m.getOrDefault("readers", "200")),
                Integer.parseInt(m.getOrDefault("seconds", "20")),
                Long.parseLong(m.getOrDefault("max-requests", "2000000")),
                Integer.parseInt(m.getOrDefault("baseline-seconds", "5")),
                Integer.parseInt(m.getOrDefault("write-every-ms", "1000")),
                Integer.parseInt(m.getOrDefault("batch", "2")),
                Integer.parseInt(m.getOrDefault("think-ms", "0")), key == null || key.isBlank() ? null : key.strip(),
                Long.parseLong(m.getOrDefault("server-pid", "0")),
                Boolean.parseBoolean(m.getOrDefault("revalidate", "false")), client.equals("sockets"),
                m.containsKey("trace") ? Path.of(m.get("trace")) : null);
    }
}
