package org.crosscheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.atomic.AtomicBoolean;
import org.crosscheck.render.Json;

/**
 * Drives a running {@code crosscheck serve} from its own process and prints what readers get: N concurrent readers
 * (virtual threads) fetch briefs, story lists and searches while one writer posts articles, for a fixed time and at
 * most a fixed number of requests. First a single reader alone sets the baseline, so the loaded figures can be
 * read as ratios on a shared, noisy machine. Starts no server itself.
 *
 * <pre>
 * java ... org.crosscheck.serve.ApiBenchmark --base http://127.0.0.1:8080 [--readers 200] [--seconds 20]
 *      [--max-requests 2000000] [--baseline-seconds 5] [--write-every-ms 1000] [--batch 2] [--think-ms 0]
 *      [--server-pid PID] [--revalidate true]
 * </pre>
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
                           int writeEveryMs, int batch, int thinkMs, String key, long serverPid, boolean revalidate) {
    }

    /** CPU time a phase cost: the server's (when its pid is known and /proc is there) and this process's. */
    private record Cpu(long serverNanos, long clientNanos) {
        static Cpu now(long pid) {
            long server = -1;
            if (pid > 0) {
                try {
                    // utime and stime, fields 14 and 15, in clock ticks (100 a second on Linux)
                    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    server = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                } catch (IOException | RuntimeException e) {
                    server = -1;
                }
            }
            long client = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            return new Cpu(server, client);
        }

        Cpu since(Cpu start) {
            return new Cpu(serverNanos < 0 || start.serverNanos < 0 ? -1 : serverNanos - start.serverNanos,
                    clientNanos - start.clientNanos);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Options options;
    private final List<String> stories = new ArrayList<>();

    private ApiBenchmark(Options options) {
        this.options = options;
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
        discover();
        out.printf("crosscheck api benchmark: %s, %d stories found%n", options.base(), stories.size());
        long warm = awaitWarm();
        if (warm > 0) {
            out.printf("waited %.1f s for the server to rebuild its briefs after a restart%n", warm / 1e9);
        }
        if (stories.isEmpty()) {
            out.println("no story to read: submit articles first");
            return false;
        }
        Cpu c0 = Cpu.now(options.serverPid());
        Map<String, Figures> baseline = phase(1, options.baselineSeconds(), false, 0);
        Cpu baseCpu = Cpu.now(options.serverPid()).since(c0);
        print(out, "baseline: 1 reader, closed loop, no writer, " + options.baselineSeconds() + " s", baseline, null);
        cpu(out, baseCpu, baseline);
        boolean writer = options.key() != null && options.writeEveryMs() > 0;
        Cpu c1 = Cpu.now(options.serverPid());
        Map<String, Figures> loaded = phase(options.readers(), options.seconds(), writer, options.thinkMs());
        Cpu loadCpu = Cpu.now(options.serverPid()).since(c1);
        String readers = options.readers() + " readers" + (options.thinkMs() > 0 ? " (think time "
                + options.thinkMs() + " ms on average)" : " (closed loop)");
        print(out, "load: " + readers + (writer ? ", 1 writer posting " + options.batch()
                + " articles every " + options.writeEveryMs() + " ms" : ", no writer (CROSSCHECK_API_KEY unset)")
                + ", " + options.seconds() + " s" + (options.revalidate() ? ", readers revalidate with If-None-Match"
                : ""), loaded, baseline);
        cpu(out, loadCpu, loaded);
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
    }

    /**
     * Waits until a freshly restarted server has rebuilt every brief (health's {@code briefs_pending} is 0), so the
     * figures are the steady state rather than the rebuild; returns the nanoseconds waited.
     */
    private long awaitWarm() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        long limit = t0 + 600_000_000_000L;
        while (true) {
            HttpResponse<String> r = get("/v1/health");
            JsonNode pending = r.statusCode() == 200 ? Json.MAPPER.readTree(r.body()).get("briefs_pending") : null;
            if (pending == null || pending.asInt() == 0) {
                return System.nanoTime() - t0;
            }
            if (System.nanoTime() > limit) {
                throw new IOException("the server still rebuilds " + pending.asInt() + " briefs after 600 s");
            }
            Thread.sleep(250);
        }
    }

    private void discover() throws IOException, InterruptedException {
        String after = null;
        do {
            HttpResponse<String> r = get("/v1/stories?limit=100" + (after == null ? "" : "&after=" + after));
            if (r.statusCode() != 200) {
                throw new IOException("GET /v1/stories answered " + r.statusCode() + ": " + r.body());
            }
            JsonNode page = Json.MAPPER.readTree(r.body());
            page.get("stories").forEach(s -> stories.add(s.get("id").asText()));
            after = page.get("next").isNull() ? null : page.get("next").asText();
        } while (after != null && stories.size() < 1000);
    }

    private Map<String, Figures> phase(int readers, int seconds, boolean writer, int thinkMs)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long perReader = Math.max(1, options.maxRequests() / readers);
        Map<String, List<long[]>> samples = new ConcurrentHashMap<>();
        Map<String, int[]> errors = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(readers);
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int r = 0; r < readers; r++) {
                long seed = 42L * 1_000_003 + r;
                pool.submit(() -> {
                    try {
                        read(new SplittableRandom(seed), end, perReader, thinkMs, samples, errors);
                    } finally {
                        done.countDown();
                    }
                });
            }
            if (writer) {
                pool.submit(() -> write(end, stop, samples, errors));
            }
            done.await();
            stop.set(true);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Figures> out = new LinkedHashMap<>();
        for (String endpoint : List.of("brief", "stories", "search", "submit", "brief:queue", "brief:app")) {
            List<long[]> parts = samples.getOrDefault(endpoint, List.of());
            int n = parts.stream().mapToInt(p -> p.length).sum();
            long[] all = new long[n];
            int at = 0;
            for (long[] p : parts) {
                System.arraycopy(p, 0, all, at, p.length);
                at += p.length;
            }
            Arrays.sort(all);
            int e = errors.getOrDefault(endpoint, new int[1])[0];
            if (n + e > 0) {
                out.put(endpoint, new Figures(endpoint, n, e, elapsed, all));
            }
        }
        return out;
    }

    /** One reader: 60% briefs, 30% story lists, 10% searches, until the time or its share of requests is up. */
    private void read(SplittableRandom random, long end, long max, int thinkMs, Map<String, List<long[]>> samples,
                      Map<String, int[]> errors) {
        Map<String, long[]> mine = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> etags = new java.util.HashMap<>();
        List<String> words = List.of("port", "ferry", "strike", "council", "minister", "fire", "talks", "union");
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
            long t0 = System.nanoTime();
            boolean ok;
            try {
                String held = options.revalidate() ? etags.get(path) : null;
                HttpResponse<String> r = held == null ? get(path) : client.send(HttpRequest.newBuilder(
                        URI.create(options.base() + path)).timeout(Duration.ofSeconds(30))
                        .header("If-None-Match", held).GET().build(), HttpResponse.BodyHandlers.ofString());
                ok = r.statusCode() == 200 || r.statusCode() == 304 && held != null;
                if (ok && endpoint.equals("brief")) {
                    // the server's own account of the request: waiting to be handled, and handling it
                    ServerTiming.parse(r.headers().firstValue(ServerTiming.HEADER).orElse(null)).forEach(
                            (what, ms) -> record(mine, counts, endpoint + ":" + what, Math.round(ms * 1e6)));
                }
                if (options.revalidate() && r.statusCode() == 200) {
                    r.headers().firstValue("ETag").ifPresent(t -> etags.put(path, t));
                }
            } catch (IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long took = System.nanoTime() - t0;
            if (thinkMs > 0) {
                try {
                    // a person reads what they fetched: on average thinkMs between two requests, jittered so
                    // readers do not march in step
                    Thread.sleep(random.nextInt(2 * thinkMs + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (ok) {
                record(mine, counts, endpoint, took);
            } else {
                errors.computeIfAbsent(endpoint, k -> new int[1]);
                synchronized (errors.get(endpoint)) {
                    errors.get(endpoint)[0]++;
                }
            }
        }
        mine.forEach((k, arr) -> samples.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(
                new ArrayList<>())).add(Arrays.copyOf(arr, counts.get(k))));
    }

    private static void record(Map<String, long[]> mine, Map<String, Integer> counts, String key, long nanos) {
        int c = counts.merge(key, 1, Integer::sum);
        long[] arr = mine.computeIfAbsent(key, k -> new long[64]);
        if (c > arr.length) {
            arr = Arrays.copyOf(arr, arr.length * 2);
            mine.put(key, arr);
        }
        arr[c - 1] = nanos;
    }

    /** The writer: a small batch of invented articles at a steady pace, as a feed watcher would post them. */
    private void write(long end, AtomicBoolean stop, Map<String, List<long[]>> samples, Map<String, int[]> errors) {
        List<Long> took = new ArrayList<>();
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
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(options.base()
                        + "/v1/articles")).timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + options.key())
                        .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201 || r.statusCode() == 200) {
                    took.add(System.nanoTime() - t0);
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
        samples.computeIfAbsent("submit", x -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(took.stream().mapToLong(Long::longValue).toArray());
        errors.computeIfAbsent("submit", k -> new int[1])[0] += failed;
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

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(options.base() + path)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
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
                        + "[--server-pid PID] [--revalidate true|false]; got "
                        + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        for (String k : m.keySet()) {
            if (!List.of("base", "readers", "seconds", "max-requests", "baseline-seconds", "write-every-ms", "batch",
                    "think-ms", "server-pid", "revalidate")
                    .contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        String base = m.getOrDefault("base", "http://127.0.0.1:8080").replaceAll("/+$", "");
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new IllegalArgumentException("--base must be an http(s) URL, got " + base);
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
                Boolean.parseBoolean(m.getOrDefault("revalidate", "false")));
    }
}
