package org.crosscheck.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches http(s) URLs within {@link FetchLimits}: other schemes are refused, redirects are followed by hand so
 * every hop is checked again (scheme, loop, count), each request waits its turn for its host, bodies are cut off at
 * the size limit, and a conditional GET turns an unchanged resource into a 304 with no body. Any failure is a
 * {@link FetchException} naming the URL.
 *
 * <p>Safe to share: one instance serves any number of threads, and its per-host delay then holds across them.
 * Not a stage: it does I/O, and belongs at the edge of the pipeline (the watcher, the REST API's "submit a feed").
 */
public final class Fetcher implements AutoCloseable {

    private final FetchLimits limits;
    private final HttpClient client;
    private final HostPacer pacer;

    public Fetcher(FetchLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.pacer = new HostPacer(limits.perHostDelay());
    }

    public FetchLimits limits() {
        return limits;
    }

    /** Fetches a URL unconditionally. */
    public Fetched get(String url) throws FetchException, InterruptedException {
        return get(url, Validators.NONE);
    }

    /**
     * Fetches a URL, conditionally when validators are given.
     *
     * @return the response: 2xx with its body, or 304 (see {@link Fetched#notModified()})
     * @throws FetchException naming the URL, for a refused URL or redirect, a status other than 2xx and 304, a body
     *                        over the limit, a timeout or a network failure
     */
    public Fetched get(String url, Validators validators) throws FetchException, InterruptedException {
        URI current = WebUrls.check(url);
        List<URI> hops = new ArrayList<>();
        while (true) {
            hops.add(current);
            if (!limits.privateNetworks()) {
                PublicHosts.check(current);
            }
            pacer.await(WebUrls.hostKey(current));
            HttpResponse<byte[]> response = send(current, validators);
            int status = response.statusCode();
            if (isRedirect(status)) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null || location.isBlank()) {
                    throw new FetchException(current.toString(), "HTTP " + status + " redirect without a Location",
                            false);
                }
                URI next;
                try {
                    next = WebUrls.check(current.resolve(location.strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(current.toString(), "redirect to an invalid URL '" + location + "'",
                            true);
                } catch (FetchException e) {
                    throw new FetchException(current.toString(), "redirect refused: " + e.getMessage(), true);
                }
                if (hops.contains(next)) {
                    throw new FetchException(url, "redirect loop: " + path(hops, next), true);
                }
                if (hops.size() > limits.maxRedirects()) {
                    throw new FetchException(url, "more than " + limits.maxRedirects() + " redirects: "
                            + path(hops, next), true);
                }
                current = next;
                continue;
            }
            HttpHeaders h = response.headers();
            Validators got = new Validators(h.firstValue("ETag").orElse(null),
                    h.firstValue("Last-Modified").orElse(null));
            if (status == 304) {
                // A 304 may omit the validators; the ones sent are still the current ones.
                return new Fetched(current, status, null, new byte[0], got.isEmpty() ? validators : got);
            }
            if (status < 200 || status > 299) {
                throw new FetchException(current.toString(), "HTTP " + status, false);
            }
            byte[] body = unpack(current, response.body(), h.firstValue("Content-Encoding").orElse(""));
            return new Fetched(current, status, h.firstValue("Content-Type").orElse(null), body, got);
        }
    }

    private HttpResponse<byte[]> send(URI uri, Validators validators) throws FetchException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(limits.totalTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept-Encoding", "gzip")
                .GET();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        HttpResponse.BodyHandler<byte[]> handler = info -> new LimitedBody(limits.maxBodyBytes(),
                info.headers().firstValueAsLong("Content-Length").orElse(-1));
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), handler);
        try {
            // The request timeout covers the headers only; the body must arrive within the same limit.
            return future.get(limits.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(uri.toString(), "no complete response within "
                    + limits.totalTimeout().toSeconds() + " s", false);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (CancellationException e) {
            throw new FetchException(uri.toString(), "request cancelled", false);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private static FetchException failure(URI uri, Throwable cause) {
        Throwable t = cause;
        while (t != null) {
            if (t instanceof LimitedBody.TooLarge) {
                return new FetchException(uri.toString(), t.getMessage(), true);
            }
            t = t.getCause();
        }
        String u = uri.toString();
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException(u, "no connection within the connect timeout", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException(u, "no response within the time limit", cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(u, "cannot connect (" + describe(cause) + ")", cause);
        }
        return new FetchException(u, "request failed (" + describe(cause) + ")", cause);
    }

    private byte[] unpack(URI uri, byte[] body, String encoding) throws FetchException {
        String e = encoding.strip().toLowerCase(Locale.ROOT);
        if (e.isEmpty() || e.equals("identity")) {
            return body;
        }
        if (!e.equals("gzip") && !e.equals("x-gzip")) {
            throw new FetchException(uri.toString(), "unsupported Content-Encoding '" + encoding + "'", true);
        }
        long max = limits.maxBodyBytes();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (out.length > max) {
                throw new FetchException(uri.toString(), "body unpacks to more than the limit of " + max
                        + " bytes; stopped reading", true);
            }
            return out;
        } catch (IOException ex) {
            if (ex instanceof FetchException fe) {
                throw fe;
            }
            throw new FetchException(uri.toString(), "corrupt gzip body (" + describe(ex) + ")", ex);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String path(List<URI> hops, URI next) {
        StringBuilder sb = new StringBuilder();
        for (URI u : hops) {
            sb.append(u).append(" -> ");
        }
        return sb.append(next).toString();
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": "
                + t.getMessage();
    }

    @Override
    public void close() {
        client.close();
    }
}
