package org.crosscheck.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ErrorCategoriesTest {

    private static final LocalDate DCT = LocalDate.of(2024, 11, 18);

    private static Outcome wrong(String goldText, String gold, String found) {
        return new Outcome(Outcome.Kind.WRONG_VALUE, "p", "d", DCT, goldText, gold, "DATE", goldText, found, "DATE",
                "");
    }

    @Test
    void namesTheKindOfExpression() {
        assertThat(ErrorCategories.kind("on Sunday", "2024-11-17", "DATE")).isEqualTo("weekday");
        assertThat(ErrorCategories.kind("now", "PRESENT_REF", "DATE")).isEqualTo("reference PRESENT_REF");
        assertThat(ErrorCategories.kind("three years", "P3Y", "DURATION")).isEqualTo("duration");
        assertThat(ErrorCategories.kind("the past three years", "P3Y", "DURATION"))
                .isEqualTo("duration: the past/next N units");
        assertThat(ErrorCategories.kind("every week", "P1W", "SET")).isEqualTo("set");
        assertThat(ErrorCategories.kind("the third quarter", "2024-Q3", "DATE")).isEqualTo("quarter/half");
        assertThat(ErrorCategories.kind("the 1990s", "199", "DATE")).isEqualTo("decade/century");
        assertThat(ErrorCategories.kind("in February", "2024-02", "DATE")).isEqualTo("month named");
        assertThat(ErrorCategories.kind("this month", "2024-11", "DATE")).isEqualTo("month, relative (this month)");
        assertThat(ErrorCategories.kind("last week", "2024-W46", "DATE")).isEqualTo("week");
        assertThat(ErrorCategories.kind("fiscal 1998", "1998", "DATE")).isEqualTo("fiscal year");
        assertThat(ErrorCategories.kind("3 p.m.", "2024-11-18T15:00", "TIME")).isEqualTo("time of day");
    }

    @Test
    void namesTheKindOfMistake() {
        assertThat(wrong("Tuesday", "2024-11-12", "2024-11-19").category()).isEqualTo("weekday: a week off (direction)");
        assertThat(wrong("in March", "2024-03", "2025-03").category()).isEqualTo("month named: another year");
        assertThat(wrong("recent years", "PAST_REF", "PXY").category())
                .isEqualTo("reference PAST_REF: reference vs PXY");
        assertThat(wrong("this week", "P1W", "2024-W47").category()).isEqualTo("duration: duration vs date");
        assertThat(wrong("a year ago", "2023", "2023-Q3").category())
                .isEqualTo("N units ago/earlier: granularity 9999 vs 9999-Q9");
    }
}
