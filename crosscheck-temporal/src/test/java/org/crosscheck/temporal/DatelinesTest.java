package org.crosscheck.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelinesTest {

    private static final LocalDate NOV_22 = LocalDate.of(2024, 11, 22);

    @Test
    void readsEveryCommonForm() {
        assertThat(Datelines.parse("2024-11-22")).contains(NOV_22);
        assertThat(Datelines.parse("22-11-2024")).contains(NOV_22);
        assertThat(Datelines.parse("11/22/2024")).contains(NOV_22);
        assertThat(Datelines.parse("22.11.2024")).contains(NOV_22);
        assertThat(Datelines.parse("Nov. 22, 2024")).contains(NOV_22);
        assertThat(Datelines.parse("November 22 2024")).contains(NOV_22);
        assertThat(Datelines.parse("22 November 2024")).contains(NOV_22);
        assertThat(Datelines.parse(" 2024-11-22T08:15:00Z ")).contains(NOV_22);
    }

    @Test
    void ambiguousNumericDatesFollowTheSeparator() {
        assertThat(Datelines.parse("03/04/2024")).contains(LocalDate.of(2024, 3, 4));
        assertThat(Datelines.parse("03-04-2024")).contains(LocalDate.of(2024, 4, 3));
        assertThat(Datelines.parse("13/04/2024")).contains(LocalDate.of(2024, 4, 13));
    }

    @Test
    void rejectsWhatIsNoDate() {
        assertThat(Datelines.parse(null)).isEmpty();
        assertThat(Datelines.parse("")).isEmpty();
        assertThat(Datelines.parse("31-02-2024")).isEmpty();
        assertThat(Datelines.parse("13/13/2024")).isEmpty();
        assertThat(Datelines.parse("the Valdoria Courier")).isEmpty();
        assertThat(Datelines.parse("1".repeat(5000))).isEmpty();
    }
}
