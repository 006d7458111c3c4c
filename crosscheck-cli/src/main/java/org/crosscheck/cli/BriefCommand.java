package org.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.pipeline.Clustering;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.render.BriefHtml;
import org.crosscheck.render.BriefJson;
import org.crosscheck.render.BriefMarkdown;
import org.crosscheck.render.Format;
import org.crosscheck.render.Json;
import picocli.CommandLine.Command;

/** {@code crosscheck brief}: for each story, what the outlets agree on, dispute, changed and rest on one source. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Write a brief per story: corroborated claims, disputes with every outlet's figure, what a "
                + "later report superseded, single-source claims, the timeline, quotes by speaker and how each "
                + "article is sourced; every statement cites the spans it rests on. --format html writes one "
                + "self-contained page with SVG charts, a coverage matrix and the cited sentences marked.")
final class BriefCommand extends ReadingCommand {

    @picocli.CommandLine.Mixin
    StoryOptions storyOptions;

    @Override
    Format defaultFormat() {
        return Format.MD;
    }

    @Override
    Set<Format> formats() {
        return EnumSet.allOf(Format.class);
    }

    @Override
    void execute(List<Article> articles, Format format, Output out) {
        Pipeline pipeline = pipeline(storyOptions.stages(spec.commandLine()));
        List<AnnotatedArticle> docs = annotate(pipeline, articles);
        Clustering clustering = pipeline.cluster(docs);
        List<Brief> briefs = pipeline.brief(docs, clustering, this::problem);
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        switch (format) {
            case JSON -> {
                try {
                    BriefJson.write(out.asWriter(), briefs, byId);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.print("\n");
            }
            case JSONL -> briefs.forEach(b -> out.println(Json.line(BriefJson.story(b, byId))));
            case MD -> BriefMarkdown.write(out::print, briefs, byId);
            case HTML -> out.print(BriefHtml.of(briefs, byId));
        }
    }
}
