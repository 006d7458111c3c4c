package org.crosscheck.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedStateTest {

    private final Instant t0 = Instant.parse("2031-10-15T12:00:00Z");

    @Test
    void backOffDoublesUpToTheCapAndASuccessResetsIt() {
        FeedState s = FeedState.fresh("https://ledger.example/feed");
        assertThat(s.due(t0)).isTrue();
        Duration base = Duration.ofMinutes(1);
        Duration cap = Duration.ofMinutes(10);
        s = s.failed("HTTP 500", t0, base, cap);
        assertThat(s.nextPoll()).isEqualTo(t0.plus(base));
        s = s.failed("HTTP 500", t0, base, cap);
        assertThat(s.nextPoll()).isEqualTo(t0.plusSeconds(120));
        s = s.failed("HTTP 500", t0, base, cap);
        assertThat(s.nextPoll()).isEqualTo(t0.plusSeconds(240));
        for (int i = 0; i < 70; i++) {
            s = s.failed("HTTP 500", t0, base, cap);
        }
        assertThat(s.failures()).isEqualTo(73);
        assertThat(s.nextPoll()).isEqualTo(t0.plus(cap));
        assertThat(s.due(t0.plus(cap).minusSeconds(1))).isFalse();
        s = s.succeeded(new Validators("\"e\"", null), t0, Duration.ofMinutes(15));
        assertThat(s.failures()).isZero();
        assertThat(s.lastError()).isNull();
        assertThat(s.nextPoll()).isEqualTo(t0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void rememberForgetsWhatLeftTheFeedLongestAgoFirst() {
        FeedState s = FeedState.fresh("https://ledger.example/feed")
                .remember(List.of("a", "b", "c"), t0, 4, Duration.ofDays(7))
                .remember(List.of("b", "c", "d"), t0.plusSeconds(60), 4, Duration.ofDays(7))
                .remember(List.of("c", "d", "e"), t0.plusSeconds(120), 4, Duration.ofDays(7));
        assertThat(s.seen().keySet()).containsExactlyInAnyOrder("b", "c", "d", "e");
        s = s.remember(List.of("e"), t0.plus(Duration.ofDays(7)).plusSeconds(61), 4, Duration.ofDays(7));
        assertThat(s.seen().keySet()).as("older than 7 days out of the feed").containsExactlyInAnyOrder("c", "d", "e");
    }
}
