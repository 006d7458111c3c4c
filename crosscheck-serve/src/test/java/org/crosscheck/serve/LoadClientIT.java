package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the load benchmark relies on: its keep-alive client reads every way a server frames a body and reuses its
 * connection, the server stamps each answer with its clock, the ingest lane runs below the readers' priority, and the
 * benchmark runs with either client and writes a trace whose moments are in order.
 */
class LoadClientIT {

    /** A scripted server on one connection: each request gets the next answer; counts the connections accepted. */
    private static final class Scripted implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger accepted = new AtomicInteger();
        final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());

        Scripted(List<String> answers) throws IOException {
            Thread t = new Thread(() -> {
                int next = 0;
                try {
                    while (next < answers.size()) {
                        try (Socket s = socket.accept()) {
                            accepted.incrementAndGet();
                            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                                    StandardCharsets.ISO_8859_1));
                            OutputStream out = s.getOutputStream();
                            while (next < answers.size()) {
                                StringBuilder head = new StringBuilder();
                                int length = 0;
                                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                                    head.append(line).append('\n');
                                    if (line.toLowerCase().startsWith("content-length:")) {
                                        length = Integer.parseInt(line.substring(15).strip());
                                    }
                                }
                                char[] body = new char[length];
                                int read = 0;
                                while (read < length) {
                                    read += in.read(body, read, length - read);
                                }
                                requests.add(head + new String(body));
                                String answer = answers.get(next++);
                                out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                                out.flush();
                                if (answer.contains("Connection: close")) {
                                    break;
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    // the test closed the socket
                }
            }, "scripted-server");
            t.setDaemon(true);
            t.start();
        }

        String base() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void theKeepAliveClientReadsLengthChunkedAndClosedBodiesOnOneConnectionUntilClosed() throws IOException {
        try (Scripted server = new Scripted(List.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nETag: \"a\"\r\n\r\nhello",
                "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;x=y\r\ndefg\r\n0\r\n\r\n",
                "HTTP/1.1 304 Not Modified\r\nETag: \"a\"\r\n\r\n",
                "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nto the end",
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
             KeepAliveConnection c = new KeepAliveConnection(server.base(), 5_000)) {
            long before = ServerTiming.epochMicros();
            KeepAliveConnection.Reply first = c.get("/one", Map.of("If-None-Match", "\"z\""));
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.text()).isEqualTo("hello");
            assertThat(first.header("etag")).isEqualTo("\"a\"");
            assertThat(first.firstByte()).isBetween(before, ServerTiming.epochMicros());

            KeepAliveConnection.Reply posted = c.post("/two", Map.of("Content-Type", "application/json"),
                    "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            assertThat(posted.status()).isEqualTo(201);
            assertThat(posted.text()).isEqualTo("abcdefg");
            assertThat(c.get("/three", Map.of()).body()).isEmpty();
            assertThat(c.get("/four", Map.of()).text()).isEqualTo("to the end");
            assertThat(server.accepted.get()).as("one connection for the first four").isEqualTo(1);

            assertThat(c.get("/five", Map.of()).status()).isEqualTo(404);
            assertThat(server.accepted.get()).as("a new one after the server closed it").isEqualTo(2);
            assertThat(server.requests.get(0)).startsWith("GET /one HTTP/1.1\n").contains("If-None-Match: \"z\"");
            assertThat(server.requests.get(1)).startsWith("POST /two HTTP/1.1\n").contains("Content-Length: 7")
                    .endsWith("{\"a\":1}");
        }
    }

    @Test
    void aTruncatedAnswerIsAnErrorAndTheNextRequestConnectsAgain() throws IOException {
        try (Scripted server = new Scripted(List.of("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close"
                + "\r\n\r\nshort", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));
             KeepAliveConnection c = new KeepAliveConnection(server.base(), 5_000)) {
            assertThatThrownBy(() -> c.get("/", Map.of())).isInstanceOf(IOException.class)
                    .hasMessageContaining("5 of 10");
            assertThat(c.get("/", Map.of()).text()).isEqualTo("ok");
        }
        assertThatThrownBy(() -> new KeepAliveConnection("https://example.org", 1_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyAnswerCarriesTheServersClockInOrder() throws IOException {
        MemoryLibrary library = Fixtures.library();
        library.submit(Fixtures.ferry());
        String story = library.storyOf("orvin-gazette-1").orElseThrow();
        try (CrosscheckServer server = CrosscheckServer.start(library, ServeConfig.local(0, ApiKeys.of(List.of()))
                .withLimits(Limits.defaults().withRates(0, 0)));
             KeepAliveConnection c = new KeepAliveConnection("http://127.0.0.1:" + server.port(), 10_000)) {
            for (String path : List.of("/v1/stories/" + story + "/brief", "/v1/stories", "/v1/nothing")) {
                long sent = ServerTiming.epochMicros();
                KeepAliveConnection.Reply r = c.get(path, Map.of());
                Map<String, Long> clock = ServerTiming.clock(r.header(ServerTiming.CLOCK));
                assertThat(clock).as(path).containsKeys("arrived", "started", "finished");
                // arrival is Jetty's, to the millisecond: it may read up to 1 ms before the client's stamp
                assertThat(clock.get("arrived")).as(path).isBetween(sent - 1_000, clock.get("started"));
                assertThat(clock.get("started")).as(path).isLessThanOrEqualTo(clock.get("finished"));
                assertThat(clock.get("finished")).as(path).isLessThanOrEqualTo(r.firstByte());
            }
        }
        assertThat(ServerTiming.clock("arrived=12, started=x, finished=15")).containsExactly(
                Map.entry("arrived", 12L), Map.entry("finished", 15L));
        assertThat(ServerTiming.clock(null)).isEmpty();
    }

    @Test
    void theIngestLaneRunsBelowTheReadersPriority() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux /proc");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(
                Path.of("/bin/renice")), "renice");
        int mine = nice();
        try (IngestLane lane = new IngestLane()) {
            assertThat(lane.run(LoadClientIT::nice)).isEqualTo(mine + IngestLane.NICE);
        }
        assertThat(nice()).as("the caller keeps its own").isEqualTo(mine);
    }

    /** The calling thread's nice value: field 19 of its stat line. */
    private static int nice() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theBenchmarkRunsWithEitherClientAndTracesEveryLoadedRequest(@TempDir Path dir) throws Exception {
        MemoryLibrary library = Fixtures.library();
        library.submit(Fixtures.ferry());
        library.submit(Fixtures.library2());
        try (CrosscheckServer server = CrosscheckServer.start(library, ServeConfig.local(0, ApiKeys.of(List.of()))
                .withLimits(Limits.defaults().withRates(0, 0)))) {
            for (String client : List.of("sockets", "jdk")) {
                Path trace = dir.resolve(client + ".csv");
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                int status = ApiBenchmark.run(new String[] {"--base", "http://127.0.0.1:" + server.port(),
                        "--readers", "3", "--seconds", "1", "--baseline-seconds", "1", "--think-ms", "20",
                        "--client", client, "--trace", trace.toString()}, new PrintStream(bytes, true,
                        StandardCharsets.UTF_8));
                String out = bytes.toString(StandardCharsets.UTF_8);
                assertThat(status).as(out).isZero();
                assertThat(out).contains(client.equals("sockets") ? "a keep-alive socket per reader"
                        : "one shared java.net.http.HttpClient").contains("where the time went, loaded briefs")
                        .contains("way back").contains("errors: 0");
                List<String> lines = Files.readAllLines(trace);
                assertThat(lines.get(0)).startsWith("endpoint,status,latency_us,sent,arrived");
                assertThat(lines).hasSizeGreaterThan(3);
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split(",");
                    assertThat(f[1]).as(line).isEqualTo("200");
                    long sent = Long.parseLong(f[3]);
                    long started = Long.parseLong(f[5]);
                    long finished = Long.parseLong(f[6]);
                    long firstByte = Long.parseLong(f[7]);
                    long done = Long.parseLong(f[8]);
                    assertThat(sent).as(line).isLessThanOrEqualTo(started);
                    assertThat(started).as(line).isLessThanOrEqualTo(finished);
                    assertThat(finished).as(line).isLessThanOrEqualTo(firstByte);
                    assertThat(firstByte).as(line).isLessThanOrEqualTo(done);
                }
            }
        }
    }
}
