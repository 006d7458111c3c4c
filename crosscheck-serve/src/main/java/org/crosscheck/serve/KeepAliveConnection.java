package org.crosscheck.serve;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection kept open between requests, read and written by the thread that uses it, as one browser
 * tab's connection is: the load benchmark's client. A shared {@code java.net.http.HttpClient} moves every byte of
 * every reader through one selector thread, so under 200 readers the client itself queued the responses it was
 * timing; here the kernel wakes the very thread that waits for a response, and the times taken are the exchange's
 * own: when the request was written and when the first byte of the answer arrived. Plain {@code http} only, no
 * pipelining; not thread-safe (one connection per thread).
 */
final class KeepAliveConnection implements AutoCloseable {

    /**
     * What came back.
     *
     * @param status     the status code
     * @param headers    header values by lower-case name (the last one when a name repeats)
     * @param body       the body, as sent (not decompressed)
     * @param firstByte  when the first byte of the response was read, in microseconds since the epoch (the clock the
     *                   server's {@code Crosscheck-Clock} header reads)
     */
    record Reply(int status, Map<String, String> headers, byte[] body, long firstByte) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Longest status or header line read; a server that sends more is not one this client can talk to. */
    private static final int MAX_LINE = 16_384;

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /**
     * @param base          {@code http://host:port}; nothing is connected until the first request
     * @param timeoutMillis for connecting and for every read
     */
    KeepAliveConnection(String base, int timeoutMillis) {
        URI uri = URI.create(base);
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("a keep-alive connection speaks plain http to a host, not " + base);
        }
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.timeoutMillis = timeoutMillis;
    }

    Reply get(String path, Map<String, String> headers) throws IOException {
        return exchange("GET", path, headers, null);
    }

    Reply post(String path, Map<String, String> headers, byte[] body) throws IOException {
        return exchange("POST", path, headers, body);
    }

    /**
     * Sends one request and reads its whole answer. Any failure closes the connection (the next request opens a
     * new one) and is thrown: the caller counts it; nothing is retried, so no failure is hidden.
     */
    private Reply exchange(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        try {
            if (socket == null) {
                open();
            }
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
                    .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            Reply reply = read(method);
            if ("close".equalsIgnoreCase(reply.header("connection"))) {
                close();
            }
            return reply;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            in = new BufferedInputStream(s.getInputStream(), 16_384);
            out = s.getOutputStream();
            socket = s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    private Reply read(String method) throws IOException {
        int first = in.read(); // blocks until the answer starts
        long firstByte = ServerTiming.epochMicros();
        if (first < 0) {
            throw new EOFException("the server closed the connection without answering");
        }
        String statusLine = (char) first + line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("no status code in: " + statusLine, e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            }
        }
        byte[] body;
        if (method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked();
        } else if (headers.containsKey("content-length")) {
            body = exactly(Long.parseLong(headers.get("content-length")));
        } else {
            body = in.readAllBytes(); // delimited by the end of the connection
            headers.put("connection", "close");
        }
        return new Reply(status, headers, body, firstByte);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            long n;
            try {
                n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("not a chunk size: " + size, e);
            }
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers: none is used
                }
                return body.toByteArray();
            }
            body.write(exactly(n));
            line(); // the CRLF after the chunk
        }
    }

    private byte[] exactly(long n) throws IOException {
        if (n < 0 || n > Integer.MAX_VALUE - 8) {
            throw new IOException("a body of " + n + " bytes");
        }
        byte[] b = in.readNBytes((int) n);
        if (b.length < n) {
            throw new EOFException("the body ended after " + b.length + " of " + n + " bytes");
        }
        return b;
    }

    /** One line without its CRLF (ISO-8859-1, as HTTP heads are). */
    private String line() throws IOException {
        StringBuilder s = new StringBuilder(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("the connection ended inside a line: " + s);
            }
            if (c == '\n') {
                int end = s.length();
                return end > 0 && s.charAt(end - 1) == '\r' ? s.substring(0, end - 1) : s.toString();
            }
            if (s.length() >= MAX_LINE) {
                throw new IOException("a header line over " + MAX_LINE + " characters");
            }
            s.append((char) c);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that failed: nothing left to release
            }
            socket = null;
        }
    }
}
