package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexSpanTest {

    private static TimexSpan of(String v) {
        return TimexSpan.parse(v).orElseThrow();
    }

    @Test
    void placesEveryCalendarPrecision() {
        assertThat(of("2031-10-12")).isEqualTo(new TimexSpan(LocalDate.of(2031, 10, 12), LocalDate.of(2031, 10, 13),
                TimexSpan.Precision.DAY, "12 Oct 2031"));
        assertThat(of("2031-10-12T14:30").precision()).isEqualTo(TimexSpan.Precision.DAY);
        assertThat(of("2024-W42").start()).isEqualTo(LocalDate.of(2024, 10, 14));
        assertThat(of("2024-W42").days()).isEqualTo(7);
        assertThat(of("2020-W53").start()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(of("2024-11").label()).isEqualTo("Nov 2024");
        assertThat(of("2024-11").days()).isEqualTo(30);
        assertThat(of("2024-Q3").start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(of("2024-H2").start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(of("2024-SU").label()).isEqualTo("summer 2024");
        assertThat(of("2024").days()).isEqualTo(366);
        assertThat(of("201").label()).isEqualTo("2010s");
    }

    @Test
    void valuesThatNameNoPlaceOnTheCalendarHaveNone() {
        for (String v : new String[] {"PRESENT_REF", "P3D", "XXXX-10-12", "2031-02-30", "2024-W60", "", "PAST_REF",
            "2024-13"}) {
            assertThat(TimexSpan.parse(v)).as(v).isEmpty();
        }
        assertThat(TimexSpan.parse(null)).isEmpty();
    }
}
