package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexOrderTest {

    @Test
    void placesCalendarValuesOnly() {
        assertThat(TimexOrder.place("2031-03-09").start()).isEqualTo(LocalDate.of(2031, 3, 9));
        assertThat(TimexOrder.place("2031-Q2").start()).isEqualTo(LocalDate.of(2031, 4, 1));
        assertThat(TimexOrder.place("2024-W42").start()).isEqualTo(LocalDate.of(2024, 10, 14));
        assertThat(TimexOrder.place("XXXX-11-05")).isNull();
        assertThat(TimexOrder.place("PRESENT_REF")).isNull();
        assertThat(TimexOrder.place("P3D")).isNull();
        assertThat(TimexOrder.place("2031-13")).isNull();
        assertThat(TimexOrder.place(null)).isNull();
    }

    @Test
    void ordersByStartThenCoarserFirst() {
        List<String> values = new ArrayList<>(List.of("2031-03-09", "2031-03", "2031", "2031-02-27", "2031-W10",
                "2030-12-31"));
        values.sort(TimexOrder.ORDER);
        assertThat(values).containsExactly("2030-12-31", "2031", "2031-02-27", "2031-03", "2031-W10",
                "2031-03-09");
    }
}
