package org.crosscheck.api.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryMergeTest {

    @Test
    void aStoryIsHeldWhereItsMergesLead() {
        StoryMerge cIntoB = new StoryMerge("c", "b", "x", 0.5);
        StoryMerge bIntoA = new StoryMerge("b", "a", "y", 0.5);
        Map<String, StoryMerge> byFrom = Map.of("c", cIntoB, "b", bIntoA);
        assertThat(StoryMerge.live("c", byFrom)).isEqualTo("a");
        assertThat(StoryMerge.live("b", byFrom)).isEqualTo("a");
        assertThat(StoryMerge.live("a", byFrom)).isEqualTo("a");
        assertThat(StoryMerge.live("d", byFrom)).isEqualTo("d");
        // a malformed loop ends instead of spinning
        Map<String, StoryMerge> loop = Map.of("a", new StoryMerge("a", "b", "x", 0.5),
                "b", new StoryMerge("b", "a", "y", 0.5));
        assertThat(StoryMerge.live("a", loop)).isIn("a", "b");
    }
}
