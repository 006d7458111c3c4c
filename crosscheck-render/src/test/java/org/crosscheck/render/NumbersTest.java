package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void figuresInFull() {
        assertThat(Numbers.full(4000)).isEqualTo("4,000");
        assertThat(Numbers.full(1.25)).isEqualTo("1.25");
        assertThat(Numbers.full(-12)).isEqualTo("-12");
        assertThat(Numbers.full(-0.0)).isEqualTo("0");
        assertThat(Numbers.full(3.5e9)).isEqualTo("3,500,000,000");
        assertThat(Numbers.full(9.3e18)).isEqualTo("9.30e+18");
        assertThat(Numbers.full(Double.NaN)).isEqualTo("?");
    }

    @Test
    void compactTicks() {
        assertThat(Numbers.compact(2500)).isEqualTo("2.5k");
        assertThat(Numbers.compact(-3_000_000)).isEqualTo("-3M");
        assertThat(Numbers.compact(0.5)).isEqualTo("0.5");
        assertThat(Numbers.compact(1e12)).isEqualTo("1T");
    }

    @Test
    void ticksAreRoundAndCoverTheRange() {
        assertThat(Numbers.ticks(0, 4000, 4)).containsExactly(0.0, 1000.0, 2000.0, 3000.0, 4000.0);
        assertThat(Numbers.ticks(-12, 3, 4)).containsExactly(-15.0, -10.0, -5.0, 0.0, 5.0);
        assertThat(Numbers.ticks(0, 3.5e9, 4)).first().isEqualTo(0.0);
        assertThat(Numbers.ticks(0, 3.5e9, 4)).last().isEqualTo(4e9);
        assertThat(Numbers.ticks(0, 1e300, 4)).hasSizeLessThan(50);
    }
}
