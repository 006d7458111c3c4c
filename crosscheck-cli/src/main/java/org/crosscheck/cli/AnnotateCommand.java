package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.render.AnnotationJson;
import org.crosscheck.render.AnnotationMarkdown;
import org.crosscheck.render.Format;
import org.crosscheck.render.Json;
import picocli.CommandLine.Command;

/** {@code crosscheck annotate}: entities, quantities, times, quotes and attributions of every article. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Find entities, quantities, time expressions, quotes and source attributions in every "
                + "article. Offsets are UTF-16 indices into the cleaned \"text\" of each output line.")
final class AnnotateCommand extends ReadingCommand {

    @Override
    void execute(List<Article> articles, Format format, Output out) {
        List<AnnotatedArticle> docs = annotate(pipeline(), articles);
        switch (format) {
            case JSONL -> docs.forEach(d -> out.println(Json.line(json(d))));
            case JSON -> {
                ObjectNode root = Json.object();
                var array = root.putArray("articles");
                docs.forEach(d -> array.add(json(d)));
                out.println(Json.pretty(root));
            }
            case MD -> docs.forEach(d -> out.print(AnnotationMarkdown.of(d)));
        }
    }

    /** The article's annotations; an article in another language says which stages were not run on it. */
    private static ObjectNode json(AnnotatedArticle d) {
        ObjectNode n = AnnotationJson.of(d);
        if (!Pipeline.readsAsEnglish(d.article().language())) {
            ObjectNode skipped = n.putObject("skipped");
            Pipeline.ENGLISH_ONLY_STAGES.forEach(skipped.putArray("stages")::add);
            skipped.put("why", "these stages read English only; the article's language is " + d.article().language());
        }
        return n;
    }
}
