package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.crosscheck.stories.Fixtures.DAY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.api.stage.SentenceEmbedder;
import org.junit.jupiter.api.Test;

/**
 * A long story is continued only by an article that also reads like its latest members
 * ({@link ClusterConfig#recentMembers()}). The articles are prepared by hand: one fictional harbour dispute whose
 * reports keep the same words and cast, while their meaning (a stand-in embedding at an angle in a plane) moves a
 * little every day, from pay talks to the strike that followed.
 */
class RecentMembersTest {

    /** Never called: every article here comes with its embedding. */
    private static final SentenceEmbedder UNUSED = new SentenceEmbedder() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[] embed(String text) {
            throw new AssertionError("the articles are prepared by hand");
        }
    };

    private static final Map<String, Double> WORDS = Map.of("harbour", 3.0, "dockwork", 2.0, "pay", 2.0,
            "union", 2.0, "quay", 1.0);
    private static final Map<String, Double> CAST = Map.of("quarrow harbour board", 1.0, "dockers union", 1.0,
            "mira solberg", 1.0, "anton vehl", 1.0, "quarrow", 1.0, "senn quay", 1.0, "northern berths", 1.0);

    /** A report of the dispute on {@code day}, meaning the direction {@code degrees} in the plane. */
    private static ArticleFeatures report(String id, int day, double degrees) {
        double r = Math.toRadians(degrees);
        return new ArticleFeatures(id, "Northwind Courier", DAY.plusDays(day), SparseVector.of(WORDS),
                SparseVector.of(CAST), new float[] {(float) Math.cos(r), (float) Math.sin(r), 0});
    }

    /** Ten daily reports whose meaning turns ten degrees a day (days 0 to 9, 0 to 90 degrees), then one on day 13. */
    private static Map<String, String> dispute(ClusterConfig config, double lateDegrees) {
        OnlineStoryClusterer c = new OnlineStoryClusterer(config, UNUSED);
        MemoryStoryIndex index = c.newIndex();
        Map<String, String> stories = new LinkedHashMap<>();
        for (int d = 0; d < 10; d++) {
            stories.put("day-" + d, c.assign(report("day-" + d, d, 10 * d), index).story());
        }
        stories.put("late", c.assign(report("late", 13, lateDegrees), index).story());
        return stories;
    }

    private static final ClusterConfig WHOLE = ClusterConfig.withEmbeddings().toBuilder().recentMembers(0).build();
    private static final ClusterConfig RECENT = ClusterConfig.withEmbeddings().toBuilder().recentMembers(3).build();

    @Test
    void theDailyReportsAreOneStoryEitherWay() {
        for (ClusterConfig config : List.of(WHOLE, RECENT)) {
            Map<String, String> s = dispute(config, 90);
            for (int d = 1; d < 10; d++) {
                assertThat(s.get("day-" + d)).as("day %d", d).isEqualTo(s.get("day-0"));
            }
        }
    }

    @Test
    void aLateReportOnWhatTheStoryIsNowAboutContinuesIt() {
        // 90 degrees: the strike, as the last reports; 45 degrees from the whole story's centroid, 10 from theirs
        assertThat(dispute(WHOLE, 90).get("late")).isEqualTo(OnlineStoryClusterer.storyIdFor("day-0"));
        assertThat(dispute(RECENT, 90).get("late")).isEqualTo(OnlineStoryClusterer.storyIdFor("day-0"));
    }

    @Test
    void aLateReportOnWhatTheStoryWasAboutWeeksAgoStartsAnother() {
        // 0 degrees: the pay talks of the first day. Against the whole centroid (45 degrees off, cosine 0.71) it
        // would continue the story; against its latest three members (80 degrees off, cosine 0.17) it does not
        assertThat(dispute(WHOLE, 0).get("late")).isEqualTo(OnlineStoryClusterer.storyIdFor("day-0"));
        assertThat(dispute(RECENT, 0).get("late")).isEqualTo(OnlineStoryClusterer.storyIdFor("late"));
    }

    @Test
    void aStoryKeepsOnlyItsLatestMembersEmbeddings() {
        OnlineStoryClusterer c = new OnlineStoryClusterer(RECENT, UNUSED);
        MemoryStoryIndex index = c.newIndex();
        for (int d = 0; d < 10; d++) {
            c.assign(report("day-" + d, d, 10 * d), index);
        }
        StoryProfile s = index.get(OnlineStoryClusterer.storyIdFor("day-0")).orElseThrow();
        assertThat(s.articles()).hasSize(10);
        assertThat(s.recent()).hasSize(3);
        assertThat(s.recentCosine(report("x", 9, 80).embedding())).isCloseTo(1.0, offset(1e-6));
    }

    @Test
    void aMergedStoryKeepsTheLatestOfBoth() {
        StoryProfile older = StoryProfile.start("s-old", report("a", 0, 0), SparseVector.of(WORDS),
                SparseVector.of(CAST), 2);
        older = older.add(report("b", 1, 10), SparseVector.of(WORDS), SparseVector.of(CAST), 400, 2);
        StoryProfile newer = StoryProfile.start("s-new", report("c", 2, 90), SparseVector.of(WORDS),
                SparseVector.of(CAST), 2);
        StoryProfile both = older.merge(newer, 400, 2);
        assertThat(both.recent()).hasSize(2);
        assertThat(both.recent().get(0)[0]).isCloseTo((float) Math.cos(Math.toRadians(10)), offset(1e-6f));
        assertThat(both.recent().get(1)[1]).isEqualTo(1f);
    }

    @Test
    void configRejectsANegativeCount() {
        assertThatThrownBy(() -> ClusterConfig.defaults().toBuilder().recentMembers(-1).build())
                .hasMessageContaining("recentMembers");
    }
}
