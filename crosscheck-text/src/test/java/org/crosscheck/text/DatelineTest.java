package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "22-11-2024 (VELMORA) The council met.|2024-11-22",
            "VELMORA, Nov. 22, 2024 — The council met.|2024-11-22",
            "VELMORA, Eastland (Agency) - November 22, 2024 - The council met.|2024-11-22",
            "2024-11-22 The council met.|2024-11-22",
            "11/22/2024 The council met.|2024-11-22",
            "05/04/2024 The council met.|2024-05-04",
            "05-04-2024 The council met.|2024-04-05",
            "05.04.2024 The council met.|2024-04-05",
            "22 November 2024 The council met.|2024-11-22",
            "Friday, 22nd of November 2024: The council met.|2024-11-22",
            "VELMORA, 22-11-2024 - The council met.|2024-11-22",
            "Sept. 3, 2023|2023-09-03"})
    void readsEveryForm(String text, String date) {
        assertThat(Dateline.read(text)).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council met on Nov. 22, 2024.", "31-02-2024 impossible", "11-12-13 two-digit year",
            "2024 was a year", "", "Velmora Council said on 22-11-2024 that", "123-45-2024"})
    void refusesWhatIsNotALeadingDate(String text) {
        assertThat(Dateline.read(text)).isNull();
    }
}
