package org.crosscheck.store;

import java.util.List;

/** The two database engines the store runs on, told apart by their JDBC URL. */
enum Dialect {
    SQLITE(List.of("classpath:db/migration/common")),
    POSTGRESQL(List.of("classpath:db/migration/common", "classpath:db/migration/postgresql"));

    /** Flyway locations: the shared migrations, plus the vendor's own only where SQL cannot be shared. */
    final List<String> migrations;

    Dialect(List<String> migrations) {
        this.migrations = migrations;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                + "': expected jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB");
    }
}
