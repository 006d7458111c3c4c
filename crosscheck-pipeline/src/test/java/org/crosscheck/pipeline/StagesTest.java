package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crosscheck.dedup.NearDuplicates;
import org.crosscheck.stories.OnlineStoryClusterer;
import org.junit.jupiter.api.Test;

class StagesTest {

    @Test
    void aMergeThresholdChangesTheClusterersMergeThresholdAndNothingElse() {
        Stages base = Stages.defaults();
        assertThat(base.withMergeThreshold(0)).isSameAs(base);
        var online = (OnlineStoryClusterer) base.clusterer();
        Stages merging = base.withMergeThreshold(0.3);
        var clusterer = (OnlineStoryClusterer) merging.clusterer();
        assertThat(clusterer.config()).isEqualTo(online.config().toBuilder().mergeThreshold(0.3).build());
        assertThat(merging.briefs()).isSameAs(base.briefs());
        assertThat(merging.entities()).isSameAs(base.entities());
        assertThatThrownBy(() -> base.withMergeThreshold(1.5)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> base.withMergeThreshold(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> base.withClusterer(new DedupingClusterer<>(online, new NearDuplicates()))
                .withMergeThreshold(0.3)).hasMessageContaining("DedupingClusterer");
    }
}
