package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {
    @Test
    void perfectSplitAndMergedClusterings() {
        List<String> gold = List.of("a", "a", "b", "b");
        assertThat(BCubed.score(List.of("x", "x", "y", "y"), gold).f1()).isEqualTo(1.0);
        BCubed.Result merged = BCubed.score(List.of("x", "x", "x", "x"), gold);
        assertThat(merged.precision()).isEqualTo(0.5);
        assertThat(merged.recall()).isEqualTo(1.0);
        BCubed.Result split = BCubed.score(List.of("1", "2", "3", "4"), gold);
        assertThat(split.precision()).isEqualTo(1.0);
        assertThat(split.recall()).isEqualTo(0.5);
        BCubed.Result mixed = BCubed.score(List.of("x", "x", "x", "y"), gold);
        assertThat(mixed.precision()).isCloseTo((2 / 3.0 * 2 + 1 / 3.0 + 1) / 4, within(1e-12));
    }

    @Test
    void unlabelledItemsAreLeftOut() {
        List<String> gold = java.util.Arrays.asList("a", "a", null, "b");
        BCubed.Result r = BCubed.score(List.of("x", "x", "x", "y"), gold);
        assertThat(r.f1()).isEqualTo(1.0);
        assertThat(r.items()).isEqualTo(3);
    }
}
