package org.crosscheck.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsTheSameStateAndLeavesNoTempFile() throws IOException {
        Instant t = Instant.parse("2031-10-15T12:00:00Z");
        FeedState a = FeedState.fresh("https://ledger.example/feed.rss")
                .remember(List.of("ledger.example#101", "ledger.example#4f3a9c0d12ab"), t, 10, Duration.ofDays(1))
                .succeeded(new Validators("W/\"abc\"", "Wed, 15 Oct 2031 09:05:00 GMT"), t, Duration.ofMinutes(5));
        FeedState b = FeedState.fresh("https://coastline.example/atom").failed("HTTP 503", t, Duration.ofMinutes(1),
                Duration.ofHours(1));
        WatchState state = WatchState.EMPTY.with(a).with(b);
        JsonStateStore store = new JsonStateStore(dir);
        assertThat(store.load()).isEqualTo(WatchState.EMPTY);
        store.save(state);
        store.save(state);
        assertThat(new JsonStateStore(dir).load()).isEqualTo(state);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(JsonStateStore.FILE_NAME);
        }
    }

    @Test
    void aBrokenStateFileStopsWithItsNameAndPosition() throws IOException {
        Files.writeString(dir.resolve(JsonStateStore.FILE_NAME), "{\"version\": 1,\n \"feeds\": {\"x\": ");
        assertThatThrownBy(() -> new JsonStateStore(dir).load())
                .isInstanceOf(IOException.class)
                .hasMessageContaining(JsonStateStore.FILE_NAME + ":line 2")
                .hasMessageContaining("move it away");
    }
}
