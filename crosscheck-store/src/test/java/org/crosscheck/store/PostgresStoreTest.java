package org.crosscheck.store;

/**
 * The store contract on PostgreSQL: a throwaway server started from the local PostgreSQL installation, or the
 * server named by {@code crosscheck.pg.url}; skipped with the reason when there is neither.
 */
class PostgresStoreTest extends StoreContract {
    private String url;

    @Override
    protected Store create() throws Exception {
        url = PostgresServer.freshUrl();
        return Store.open(url, null);
    }

    @Override
    protected Store reopen() {
        return Store.open(url, null);
    }
}
