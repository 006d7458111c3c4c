package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.junit.jupiter.api.Test;

/** How far a story's date range may stretch by plain joins ({@link ClusterConfig#spanDays()}). */
class StorySpanTest {

    private static Map<String, String> run(ClusterConfig config, List<AnnotatedArticle> docs) {
        return new StoryStream<>(new OnlineStoryClusterer(config)).run(docs).assignments().stream()
                .collect(Collectors.toMap(StoryAssignment::article, StoryAssignment::story));
    }

    /** A wildfire reported daily for a week, and a chess open in the same town the same days. */
    private static List<AnnotatedArticle> weekOfFire() {
        List<AnnotatedArticle> docs = new ArrayList<>();
        String[] outlets = {"Northwind Courier", "Daily Lantern", "Meridian Post"};
        for (int d = 0; d < 7; d++) {
            docs.add(Fixtures.fire(d, outlets[d % 3]));
            docs.add(Fixtures.chess(d));
        }
        return docs;
    }

    @Test
    void aStoryStretchedPastItsSpanByDailyReportsStartsAgain() {
        // the daily reports share a place and a fire but few names, not what continues a story
        Map<String, String> s = run(ClusterConfig.defaults().toBuilder().spanDays(3).build(), weekOfFire());
        for (int d = 1; d <= 3; d++) {
            assertThat(s.get("fire-" + d)).as("day %d", d).isEqualTo(s.get("fire-0"));
        }
        assertThat(s.get("fire-4")).isNotEqualTo(s.get("fire-0"));
        assertThat(s.get("fire-4")).isEqualTo(OnlineStoryClusterer.storyIdFor("fire-4"));
    }

    @Test
    void aStoryOfFewerArticlesThanTheGateStretchesFreely() {
        // four daily reports (days 0 to 3) are fewer than five: the fifth still joins; then the gate applies
        ClusterConfig gated = ClusterConfig.defaults().toBuilder().spanDays(3).spanArticles(5).build();
        Map<String, String> s = run(gated, weekOfFire());
        assertThat(s.get("fire-4")).isEqualTo(s.get("fire-0"));
        assertThat(s.get("fire-5")).isNotEqualTo(s.get("fire-0"));
    }

    @Test
    void withinTheSpanOrWithoutOneTheWeekIsOneStory() {
        for (int span : new int[] {0, 7}) {
            Map<String, String> s = run(ClusterConfig.defaults().toBuilder().spanDays(span).build(), weekOfFire());
            for (int d = 1; d < 7; d++) {
                assertThat(s.get("fire-" + d)).as("span %d, day %d", span, d).isEqualTo(s.get("fire-0"));
            }
        }
    }

    @Test
    void aReportThatContinuesTheStoryMayStretchIt() {
        // the same text, names and all, ten days on: the evidence that continues an idle story
        AnnotatedArticle first = Fixtures.strikeCourier();
        AnnotatedArticle again = Fixtures.doc("strike-again", "Daily Lantern", Fixtures.DAY.plusDays(10),
                first.article().title(), first.text());
        ClusterConfig spanned = ClusterConfig.defaults().toBuilder().spanDays(3).continueEntities(2).build();
        Map<String, String> s = run(spanned, List.of(first, again));
        assertThat(s.get("strike-again")).isEqualTo(s.get(first.id()));
    }
}
