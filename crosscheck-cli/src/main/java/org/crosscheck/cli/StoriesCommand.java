package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.Article;
import org.crosscheck.pipeline.Clustering;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.render.ClusterRender;
import org.crosscheck.render.Format;
import org.crosscheck.render.Json;
import picocli.CommandLine.Command;

/** {@code crosscheck stories}: the stories found, with size, outlets and dates. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List the stories the articles form: size, outlets, first and last date.")
final class StoriesCommand extends ReadingCommand {

    @picocli.CommandLine.Mixin
    StoryOptions storyOptions;

    @Override
    Format defaultFormat() {
        return Format.MD;
    }

    @Override
    void execute(List<Article> articles, Format format, Output out) {
        Pipeline pipeline = pipeline(storyOptions.stages(spec.commandLine()));
        Clustering clustering = pipeline.cluster(annotate(pipeline, articles));
        Map<String, String> merged = ClusterRender.mergedInto(clustering.merges());
        switch (format) {
            case JSONL -> clustering.stories().forEach(s -> out.println(Json.line(ClusterRender.story(s,
                    merged.get(s.id())))));
            case JSON -> {
                ObjectNode root = Json.object();
                var stories = root.putArray("stories");
                clustering.stories().forEach(s -> stories.add(ClusterRender.story(s, merged.get(s.id()))));
                var merges = root.putArray("merges");
                clustering.merges().forEach(m -> merges.add(ClusterRender.merge(m)));
                out.println(Json.pretty(root));
            }
            case MD -> out.print(ClusterRender.storiesMarkdown(clustering.stories(), clustering.merges()));
        }
    }
}
