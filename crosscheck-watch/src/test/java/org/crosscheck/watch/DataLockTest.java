package org.crosscheck.watch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLockTest {

    @TempDir
    Path dir;

    @Test
    void oneWatcherPerDataFolderAndTheLockIsFreedOnClose() throws IOException {
        try (DataLock first = DataLock.acquire(dir)) {
            assertThatThrownBy(() -> DataLock.acquire(dir)).isInstanceOf(IOException.class)
                    .hasMessage(dir + ": another crosscheck watch is using this data folder");
        }
        DataLock.acquire(dir).close();
    }
}
