package org.crosscheck.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The measurement behind choosing SQLite over H2 for the embedded store: one committed transaction per row, then
 * point reads from concurrent readers while a writer keeps committing. Prints figures; asserts nothing.
 * Run: {@code java -cp ... org.crosscheck.store.EngineComparison [rows] [readers]}.
 */
public final class EngineComparison {
    private EngineComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int readers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        for (int round = 0; round < 2; round++) {
            for (String engine : List.of("sqlite", "h2")) {
                Path dir = Files.createTempDirectory("engine-" + engine);
                String url = engine.equals("sqlite") ? "jdbc:sqlite:" + dir.resolve("db.sqlite")
                        : "jdbc:h2:file:" + dir.resolve("db");
                run(engine, url, rows, readers);
                EmbeddedStoreTest.deleteTree(dir);
            }
        }
    }

    private static void run(String engine, String url, int rows, int readers) throws Exception {
        String body = "x".repeat(4000);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            if (engine.equals("sqlite")) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
            }
            s.execute("CREATE TABLE docs (id VARCHAR(64) PRIMARY KEY, body VARCHAR(1000000) NOT NULL)");
            long t0 = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO docs (id, body) VALUES (?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    p.setString(1, "a" + i);
                    p.setString(2, body + i);
                    p.executeUpdate();
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-6s insert: %d rows, one commit each: %.0f rows/s%n", engine, rows, rows / secs);
        }
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        Future<?> writer = pool.submit(() -> {
            try (Connection c = DriverManager.getConnection(url);
                 PreparedStatement p = c.prepareStatement("INSERT INTO docs (id, body) VALUES (?, ?)")) {
                if (engine.equals("sqlite")) {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA busy_timeout=5000");
                    }
                }
                int i = rows;
                while (!stop.get()) {
                    p.setString(1, "a" + i);
                    p.setString(2, body + i++);
                    p.executeUpdate();
                }
            }
            return null;
        });
        List<Future<long[]>> futures = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            int seed = r;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                long[] lat = new long[500];
                try (Connection c = DriverManager.getConnection(url);
                     PreparedStatement p = c.prepareStatement("SELECT body FROM docs WHERE id = ?")) {
                    for (int i = 0; i < lat.length; i++) {
                        long t = System.nanoTime();
                        p.setString(1, "a" + random.nextInt(rows));
                        try (ResultSet rs = p.executeQuery()) {
                            if (!rs.next() || rs.getString(1).length() < 4000) {
                                throw new SQLException("missing row");
                            }
                        }
                        lat[i] = System.nanoTime() - t;
                    }
                }
                return lat;
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] l = f.get();
            int n = all.length;
            all = Arrays.copyOf(all, n + l.length);
            System.arraycopy(l, 0, all, n, l.length);
        }
        stop.set(true);
        writer.get();
        pool.shutdown();
        Arrays.sort(all);
        System.out.printf("%-6s read while writing, %d readers: p50 %.3f ms, p99 %.3f ms%n", engine, readers,
                all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
    }
}
