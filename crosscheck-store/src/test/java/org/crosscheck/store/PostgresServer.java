package org.crosscheck.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL for tests: the one named by {@code crosscheck.pg.url} (system property) or
 * {@code CROSSCHECK_PG_URL} (environment), or else a throwaway server that {@code bin/pg-throwaway} starts on
 * 127.0.0.1 and a shutdown hook stops. Tests skip, saying why, when neither is available. Each call to
 * {@link #freshUrl()} gets its own empty schema, so tests do not see each other's rows.
 */
final class PostgresServer {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static String baseUrl;
    private static String unavailable;

    private PostgresServer() {
    }

    /** The server's URL, starting one when needed; skips the calling test when there is none. */
    static synchronized String url() {
        if (baseUrl == null && unavailable == null) {
            String given = System.getProperty("crosscheck.pg.url", System.getenv("CROSSCHECK_PG_URL"));
            if (given != null && !given.isBlank()) {
                baseUrl = given;
            } else {
                start();
            }
        }
        assumeTrue(baseUrl != null, () -> "PostgreSQL tests skipped: " + unavailable);
        return baseUrl;
    }

    /** A URL whose default schema is new and empty. */
    static String freshUrl() throws SQLException {
        String base = url();
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void start() {
        Path script = script();
        if (script == null) {
            unavailable = "no bin/pg-throwaway script found from " + Path.of("").toAbsolutePath();
            return;
        }
        try {
            Path dir = Files.createTempDirectory("crosscheck-pg");
            Process p = new ProcessBuilder("bash", script.toString(), "start", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                unavailable = "bin/pg-throwaway start timed out";
                return;
            }
            if (p.exitValue() == 3) {
                unavailable = "no PostgreSQL binaries (initdb, pg_ctl) on this machine; apt-get install -y postgresql,"
                        + " or give a server with -Dcrosscheck.pg.url=jdbc:postgresql://...";
                return;
            }
            if (p.exitValue() != 0 || !out.startsWith("jdbc:postgresql:")) {
                unavailable = "bin/pg-throwaway start failed (exit " + p.exitValue() + "): " + out;
                return;
            }
            baseUrl = out.lines().reduce((a, b) -> b).orElseThrow();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(script, dir)));
        } catch (IOException e) {
            unavailable = "cannot run bin/pg-throwaway: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable = "interrupted while starting PostgreSQL";
        }
    }

    private static void stop(Path script, Path dir) {
        try {
            new ProcessBuilder("bash", script.toString(), "stop", dir.toString()).inheritIO().start()
                    .waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.err.println("could not stop the throwaway PostgreSQL in " + dir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path script() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolve("bin").resolve("pg-throwaway");
            if (Files.isRegularFile(s)) {
                return s;
            }
        }
        return null;
    }
}
