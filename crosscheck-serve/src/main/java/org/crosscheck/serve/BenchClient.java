package org.crosscheck.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.serve.KeepAliveConnection.Reply;

/**
 * How the load benchmark talks to the server: one per reader. Two kinds, so the client's own share of the latency
 * can be measured rather than guessed: {@link #sockets} (the default), a keep-alive connection of the reader's own
 * read by the reader's own thread, as 200 people's browsers would; and {@link #jdk}, one
 * {@code java.net.http.HttpClient} shared by all readers (the benchmark's first client), whose single selector
 * thread reads every response before handing it to the reader that waits for it.
 */
sealed interface BenchClient extends AutoCloseable {

    Reply get(String path, Map<String, String> headers) throws IOException, InterruptedException;

    Reply post(String path, Map<String, String> headers, byte[] body) throws IOException, InterruptedException;

    @Override
    void close();

    /** A connection of its own, opened at the first request and kept open. */
    static BenchClient sockets(String base) {
        return new Sockets(new KeepAliveConnection(base, 30_000));
    }

    /** A share of one {@code HttpClient} (HTTP/1.1; it pools connections across the readers that share it). */
    static BenchClient jdk(HttpClient shared, String base) {
        return new Jdk(shared, base);
    }

    record Sockets(KeepAliveConnection connection) implements BenchClient {
        @Override
        public Reply get(String path, Map<String, String> headers) throws IOException {
            return connection.get(path, headers);
        }

        @Override
        public Reply post(String path, Map<String, String> headers, byte[] body) throws IOException {
            return connection.post(path, headers, body);
        }

        @Override
        public void close() {
            connection.close();
        }
    }

    /**
     * The shared client. The moment its body handler is chosen stands for the first byte: the selector thread has
     * read and parsed the response head by then, and what follows until {@code send} returns is the hand-over to
     * the waiting reader.
     */
    record Jdk(HttpClient client, String base) implements BenchClient {
        @Override
        public Reply get(String path, Map<String, String> headers) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
        }

        @Override
        public Reply post(String path, Map<String, String> headers, byte[] body)
                throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers
                    .ofByteArray(body)), headers);
        }

        private Reply send(HttpRequest.Builder b, Map<String, String> headers) throws IOException,
                InterruptedException {
            headers.forEach(b::header);
            AtomicLong head = new AtomicLong();
            HttpResponse<byte[]> r = client.send(b.timeout(Duration.ofSeconds(30)).build(), info -> {
                head.set(ServerTiming.epochMicros());
                return HttpResponse.BodySubscribers.ofByteArray();
            });
            Map<String, String> h = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v.getLast()));
            return new Reply(r.statusCode(), h, r.body(), head.get());
        }

        @Override
        public void close() {
            // the shared client outlives every reader
        }
    }
}
