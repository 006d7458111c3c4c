package org.crosscheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Just enough of the W3C WebDriver protocol, spoken to Debian's chromedriver over java.net.http, to drive headless
 * Chromium through the site: no Selenium needed. Starts its own chromedriver on a free port and stops it on close.
 */
final class WebDriver implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final Process driver;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String session;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    WebDriver() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                if (call("GET", "/status", null).path("value").path("ready").asBoolean()) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                driver.destroy();
                throw new IOException("chromedriver did not start within 20 s");
            }
            Thread.sleep(100);
        }
        ObjectNode caps = Http.MAPPER.createObjectNode();
        ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        ObjectNode opts = always.putObject("goog:chromeOptions");
        opts.put("binary", CHROMIUM.toString());
        var args = opts.putArray("args");
        List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1400",
                "--no-first-run", "--disable-extensions").forEach(args::add);
        session = call("POST", "/session", caps).path("value").path("sessionId").asText();
        if (session.isEmpty()) {
            driver.destroy();
            throw new IOException("chromedriver gave no session");
        }
    }

    void open(String url) throws IOException, InterruptedException {
        call("POST", s("/url"), Http.MAPPER.createObjectNode().put("url", url));
    }

    String url() throws IOException, InterruptedException {
        return call("GET", s("/url"), null).path("value").asText();
    }

    /**
     * The page's URL once it contains {@code part}, or the URL after 10 s: a click that submits a form returns
     * before the browser has navigated, so reading the URL at once can still see the page before.
     */
    String awaitUrl(String part) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String url = url();
        while (!url.contains(part) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            url = url();
        }
        return url;
    }

    String find(String css) throws IOException, InterruptedException {
        JsonNode v = call("POST", s("/element"), Http.MAPPER.createObjectNode().put("using", "css selector")
                .put("value", css)).path("value");
        if (!v.has(ELEMENT)) {
            throw new AssertionError("no element matches " + css + ": " + v);
        }
        return v.get(ELEMENT).asText();
    }

    int count(String css) throws IOException, InterruptedException {
        return call("POST", s("/elements"), Http.MAPPER.createObjectNode().put("using", "css selector")
                .put("value", css)).path("value").size();
    }

    /** Every element the selector matches, in document order. */
    List<String> findAll(String css) throws IOException, InterruptedException {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode v : call("POST", s("/elements"), Http.MAPPER.createObjectNode().put("using", "css selector")
                .put("value", css)).path("value")) {
            out.add(v.get(ELEMENT).asText());
        }
        return out;
    }

    /** A property's computed value, as the browser resolves it: colours as {@code rgba(r, g, b, a)}. */
    String css(String element, String property) throws IOException, InterruptedException {
        return call("GET", s("/element/" + element + "/css/" + property), null).path("value").asText();
    }

    String text(String element) throws IOException, InterruptedException {
        return call("GET", s("/element/" + element + "/text"), null).path("value").asText();
    }

    String attribute(String element, String name) throws IOException, InterruptedException {
        return call("GET", s("/element/" + element + "/attribute/" + name), null).path("value").asText();
    }

    void type(String element, String text) throws IOException, InterruptedException {
        call("POST", s("/element/" + element + "/value"), Http.MAPPER.createObjectNode().put("text", text));
    }

    void click(String element) throws IOException, InterruptedException {
        call("POST", s("/element/" + element + "/click"), Http.MAPPER.createObjectNode());
    }

    void screenshot(Path file) throws IOException, InterruptedException {
        String png = call("GET", s("/screenshot"), null).path("value").asText();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    private String s(String path) {
        return "/session/" + session + path;
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = Http.MAPPER.readTree(r.body());
        if (r.statusCode() >= 400) {
            throw new IOException("WebDriver " + method + " " + path + " failed: " + r.body());
        }
        return json;
    }

    @Override
    public void close() {
        try {
            call("DELETE", "/session/" + session, null);
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the driver goes down next anyway
        } finally {
            driver.destroy();
        }
    }
}
