package org.crosscheck.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Serves fixtures on 127.0.0.1 and logs every request it gets, in arrival order with its arrival time. */
final class TestServer implements AutoCloseable {

    /** One request as it arrived. */
    record Hit(String path, long nanoTime, String ifNoneMatch, String ifModifiedSince, String userAgent, int status) {
    }

    /** What a path answers. {@code location} makes it a redirect with the given status. */
    record Resource(int status, String contentType, byte[] body, String etag, String lastModified, String location) {

        static Resource ok(String contentType, String body) {
            return new Resource(200, contentType, body.getBytes(StandardCharsets.UTF_8), null, null, null);
        }

        Resource withEtag(String e) {
            return new Resource(status, contentType, body, e, lastModified, location);
        }

        Resource withLastModified(String lm) {
            return new Resource(status, contentType, body, etag, lm, location);
        }

        static Resource status(int status) {
            return new Resource(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), null,
                    null, null);
        }

        static Resource redirect(int status, String location) {
            return new Resource(status, "text/plain", new byte[0], null, null, location);
        }
    }

    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    final List<Hit> hits = new CopyOnWriteArrayList<>();

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void put(String path, Resource r) {
        resources.put(path, r);
    }

    List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        long at = System.nanoTime();
        String path = ex.getRequestURI().getPath();
        Resource r = resources.get(path);
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
        int status;
        byte[] body;
        if (r == null) {
            status = 404;
            body = "not here".getBytes(StandardCharsets.UTF_8);
        } else if (r.status() == 200 && (r.etag() != null && r.etag().equals(inm)
                || r.etag() == null && r.lastModified() != null && r.lastModified().equals(ims))) {
            status = 304;
            body = null;
        } else {
            status = r.status();
            body = r.body();
            if (r.contentType() != null) {
                ex.getResponseHeaders().set("Content-Type", r.contentType());
            }
            if (path.startsWith("/gz")) {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            if (r.location() != null) {
                ex.getResponseHeaders().set("Location", r.location());
            }
        }
        if (r != null && r.etag() != null) {
            ex.getResponseHeaders().set("ETag", r.etag());
        }
        if (r != null && r.lastModified() != null) {
            ex.getResponseHeaders().set("Last-Modified", r.lastModified());
        }
        hits.add(new Hit(path, at, inm, ims, ex.getRequestHeaders().getFirst("User-Agent"), status));
        if (body == null || body.length == 0) {
            ex.sendResponseHeaders(status, -1);
        } else if (path.startsWith("/chunked")) {
            // no Content-Length: the client learns the size only by reading
            ex.sendResponseHeaders(status, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the client hung up on purpose once it had read enough
            }
        } else {
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
