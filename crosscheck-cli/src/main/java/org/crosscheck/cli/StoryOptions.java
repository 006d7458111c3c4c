package org.crosscheck.cli;

import org.crosscheck.pipeline.Stages;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How the commands that group articles into stories cluster them, beyond the defaults. */
final class StoryOptions {

    @Option(names = "--merge-threshold", paramLabel = "T", defaultValue = "0",
            description = "Merge two stories once an article shows them to be one, at this similarity of the two "
                    + "stories (0 < T <= 1; 0, the default, never merges). A merge is recorded, never rewrites an "
                    + "article's story, and the older story's brief then covers both.")
    double mergeThreshold;

    /** The default stages with this merge threshold; a value outside [0, 1] is a usage error of {@code cmd}. */
    Stages stages(CommandLine cmd) {
        try {
            return Stages.defaults().withMergeThreshold(mergeThreshold);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--merge-threshold: " + e.getMessage());
        }
    }
}
