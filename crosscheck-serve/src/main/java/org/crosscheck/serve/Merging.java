package org.crosscheck.serve;

import org.crosscheck.embed.MiniLmEmbedder;
import org.crosscheck.pipeline.Stages;
import org.crosscheck.stories.ClusterConfig;
import org.crosscheck.stories.OnlineStoryClusterer;

/**
 * How a server turns story merging on: the clusterer's merge threshold ({@link ClusterConfig#mergeThreshold()}) is
 * off by default, as in every other command, because on the development sets merging costs more than it gains. A
 * newsroom that would rather see two halves of one event joined once an article shows them to be one sets it; the
 * library then stores each merge with the article that made it and replays it on restart.
 */
public final class Merging {
    private Merging() {
    }

    /**
     * {@code base} with its story clusterer merging at {@code threshold} and configured as before otherwise;
     * {@code base} itself when the threshold is 0 (off).
     *
     * @throws IllegalArgumentException when the threshold is outside [0, 1], or the clusterer is not crosscheck's
     *                                  {@link OnlineStoryClusterer} (the only one that merges)
     */
    public static Stages stages(Stages base, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("merge threshold " + threshold + " is not within [0, 1]");
        }
        if (threshold == 0) {
            return base;
        }
        if (!(base.clusterer() instanceof OnlineStoryClusterer online)) {
            throw new IllegalArgumentException("only crosscheck's OnlineStoryClusterer merges stories, not "
                    + base.clusterer().getClass().getName());
        }
        ClusterConfig config = online.config().toBuilder().mergeThreshold(threshold).build();
        return base.withClusterer(config.embeddingWeight() > 0
                ? new OnlineStoryClusterer(config, MiniLmEmbedder.shared()) : new OnlineStoryClusterer(config));
    }
}
