package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void isoDatesAndDateTimes() {
        assertThat(Dates.parse("2031-05-06")).isEqualTo(LocalDate.of(2031, 5, 6));
        assertThat(Dates.parse("2031-05-06T23:30:00Z")).isEqualTo(LocalDate.of(2031, 5, 6));
        assertThat(Dates.parse("2031-05-06T23:30:00-05:00")).isEqualTo(LocalDate.of(2031, 5, 6));
        assertThat(Dates.parse("2031-05-06 08:00:00")).isEqualTo(LocalDate.of(2031, 5, 6));
    }

    @Test
    void usNumericDatesPutTheMonthFirst() {
        assertThat(Dates.parse("12/29/17")).isEqualTo(LocalDate.of(2017, 12, 29));
        assertThat(Dates.parse("7/4/2019")).isEqualTo(LocalDate.of(2019, 7, 4));
        assertThat(Dates.parse("3/8/95")).isEqualTo(LocalDate.of(1995, 3, 8));
        assertThatThrownBy(() -> Dates.parse("13/29/17")).hasMessageContaining("'13/29/17'");
        assertThatThrownBy(() -> Dates.parse("soon")).hasMessageContaining("'soon'");
    }
}
