package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded store (SQLite file plus Lucene index), and what only it has. */
class EmbeddedStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Store create() {
        return Store.open(dir);
    }

    @Override
    protected Store reopen() {
        return Store.open(dir);
    }

    @Test
    void keepsOneDatabaseFileAndAnIndexUnderTheDataDirectory() {
        store.ingest(Fixtures.ingest(1), null);
        assertThat(dir.resolve(Store.DATABASE_FILE)).isRegularFile();
        assertThat(dir.resolve(Store.SEARCH_DIR)).isDirectory();
        // write-ahead log mode: readers never wait for the writer
        assertThat(dir.resolve(Store.DATABASE_FILE + "-wal")).exists();
    }

    @Test
    void aLostSearchIndexIsRebuiltFromTheDatabase() throws IOException {
        for (int n = 0; n < 5; n++) {
            store.ingest(Fixtures.ingest(n), null);
        }
        store.close();
        store = null;
        deleteTree(dir.resolve(Store.SEARCH_DIR));
        store = Store.open(dir);
        assertThat(store.search(Fixtures.marker(3), 10, 0)).extracting(SearchHit::id).containsExactly(Fixtures.id(3));
    }

    @Test
    void anIndexAheadOfItsDatabaseIsRebuilt() throws IOException {
        for (int n = 0; n < 5; n++) {
            store.ingest(Fixtures.ingest(n), null);
        }
        store.close();
        store = null;
        // a database replaced by an older or empty one: the index must not keep articles the database lacks
        Files.delete(dir.resolve(Store.DATABASE_FILE));
        store = Store.open(dir);
        store.ingest(Fixtures.ingest(9), null);
        assertThat(store.search(Fixtures.marker(3), 10, 0)).isEmpty();
        assertThat(store.search(Fixtures.marker(9), 10, 0)).hasSize(1);
    }

    @Test
    void aSecondProcessCannotOpenTheSameDataDirectory() {
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.resolve(Store.SEARCH_DIR).toString());
    }

    @Test
    void unsupportedUrlsAreRejectedByName() {
        assertThatThrownBy(() -> Store.open("jdbc:mysql://x/y", dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://x/y");
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
