package org.crosscheck.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * A pooled database with the schema migrated, and the two ways of using it: reads, and writes that commit whole
 * or not at all.
 */
final class Database implements AutoCloseable {
    final Dialect dialect;
    private final HikariDataSource pool;
    // writers have connections of their own, so a crowd of readers never makes an ingest queue for one
    private final HikariDataSource writers;
    // SQLite has one writer at a time; queueing writers here avoids SQLITE_BUSY retries under load.
    private final ReentrantLock writeLock;

    private Database(Dialect dialect, HikariDataSource pool, HikariDataSource writers) {
        this.dialect = dialect;
        this.pool = pool;
        this.writers = writers;
        this.writeLock = dialect == Dialect.SQLITE ? new ReentrantLock() : null;
    }

    static Database open(String jdbcUrl) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariDataSource writers = pool(jdbcUrl, dialect, "crosscheck-store-write", dialect == Dialect.SQLITE ? 2 : 4);
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(writers)
                    .locations(dialect.migrations.toArray(String[]::new))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            writers.close();
            throw new StoreException("cannot migrate the schema of " + redacted(jdbcUrl), e);
        }
        try {
            HikariDataSource readers = pool(jdbcUrl, dialect, "crosscheck-store-read",
                    dialect == Dialect.SQLITE ? 8 : 16);
            return new Database(dialect, readers, writers);
        } catch (RuntimeException e) {
            writers.close();
            throw e;
        }
    }

    private static HikariDataSource pool(String jdbcUrl, Dialect dialect, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName(name);
        config.setAutoCommit(true);
        if (dialect == Dialect.SQLITE) {
            // WAL: readers never wait for the writer. synchronous=FULL: a commit is on disk before it is
            // acknowledged, so an acknowledged article survives a killed process and a power cut alike.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "30000");
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open database " + redacted(jdbcUrl), e);
        }
    }

    /** Runs read-only work on a pooled connection. */
    <T> T read(String what, SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    /** Runs work in one transaction: either all of it is committed or none of it is visible. */
    <T> T write(String what, SqlWork<T> work) {
        if (writeLock != null) {
            writeLock.lock();
        }
        try (Connection c = writers.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (dialect == Dialect.POSTGRESQL) {
                    serialize(c);
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(what, e);
        } finally {
            if (writeLock != null) {
                writeLock.unlock();
            }
        }
    }

    /** Runs work after a write has committed, still holding the writer's turn (keeps index order = commit order). */
    <T> T writeThen(String what, SqlWork<T> work, Consumer<T> afterCommit) {
        if (writeLock != null) {
            writeLock.lock();
        }
        try {
            T result = write(what, work);
            afterCommit.accept(result);
            return result;
        } finally {
            if (writeLock != null) {
                writeLock.unlock();
            }
        }
    }

    /**
     * PostgreSQL writers queue on the change-sequence row before touching anything else. Nearly every write takes
     * that row anyway; taking it first means writers from several processes never lock rows in different orders,
     * so they cannot deadlock, and story ordinals computed as MAX + 1 never collide.
     */
    private static void serialize(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT next_value FROM counters WHERE name = 'seq' FOR UPDATE");
             ResultSet rs = p.executeQuery()) {
            rs.next();
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The next value of a store-wide counter, inside the caller's transaction. */
    static long next(Connection c, String counter) throws SQLException {
        return reserve(c, counter, 1);
    }

    /**
     * Takes the next {@code n} values of a counter in one statement and returns the first; they run up from it.
     * A batch numbers all its rows with one round trip instead of one each.
     */
    static long reserve(Connection c, String counter, int n) throws SQLException {
        if (n < 1) {
            throw new IllegalArgumentException("reserve at least one value, not " + n);
        }
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE counters SET next_value = next_value + ? WHERE name = ? RETURNING next_value")) {
            p.setLong(1, n);
            p.setString(2, counter);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no counter " + counter);
                }
                return rs.getLong(1) - n + 1;
            }
        }
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            writers.close();
        }
    }

    /** A URL fit for an error message: no password. */
    static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
