package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.TimelineEvent;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {

    @Test
    void aDateTheSentenceMeasuresFromIsNotWhenItsEventHappened() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-10-13")
                .s("The Corran ferry stopped on Sunday, the longest halt since 2019.")
                .t("Sunday", "2031-10-12").t("2019", "2019")
                .s("The ministry kept the terminal shut until Monday.").t("Monday", "2031-10-13")
                .s("Its fares are higher than last year.").t("last year", "2030")
                .build();
        List<TimelineEvent> tl = TimelineBuilder.build(List.of(a), Map.of());
        assertThat(tl).extracting(TimelineEvent::when).containsExactly("2031-10-12");
    }

    @Test
    void aDateAfterOtherWordsStillDatesItsEvent() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-10-13")
                .s("The Corran ferry last stopped in 2019 after a storm.").t("2019", "2019").build();
        assertThat(TimelineBuilder.build(List.of(a), Map.of())).extracting(TimelineEvent::when)
                .containsExactly("2019");
    }
}
