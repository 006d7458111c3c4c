package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.pipeline.Clustering;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.render.ClusterRender;
import org.crosscheck.render.Format;
import org.crosscheck.render.Json;
import picocli.CommandLine.Command;

/** {@code crosscheck cluster}: the story of every article, in input order. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Group articles into stories, processed as a stream in publication order. One line per "
                + "article, in input order: {id, story, duplicate_of}.")
final class ClusterCommand extends ReadingCommand {

    @picocli.CommandLine.Mixin
    StoryOptions storyOptions;

    @Override
    void execute(List<Article> articles, Format format, Output out) {
        Pipeline pipeline = pipeline(storyOptions.stages(spec.commandLine()));
        // stories are told from sentences and entity names: the other stages would cost a third of the time
        List<AnnotatedArticle> docs = annotate(pipeline, articles, Pipeline.Depth.STORIES);
        Clustering clustering = pipeline.cluster(docs);
        switch (format) {
            case JSONL -> clustering.assignments().forEach(a -> out.println(Json.line(ClusterRender.assignment(a))));
            case JSON -> {
                ObjectNode root = Json.object();
                var assignments = root.putArray("assignments");
                clustering.assignments().forEach(a -> assignments.add(ClusterRender.assignment(a)));
                var stories = root.putArray("stories");
                var merged = ClusterRender.mergedInto(clustering.merges());
                clustering.stories().forEach(s -> stories.add(ClusterRender.story(s, merged.get(s.id()))));
                var merges = root.putArray("merges");
                clustering.merges().forEach(m -> merges.add(ClusterRender.merge(m)));
                out.println(Json.pretty(root));
            }
            case MD -> out.print(ClusterRender.assignmentsMarkdown(clustering.assignments()));
        }
    }
}
