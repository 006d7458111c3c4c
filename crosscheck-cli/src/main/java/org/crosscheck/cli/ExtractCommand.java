package org.crosscheck.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.crosscheck.api.Article;
import org.crosscheck.api.Cleaned;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.render.Format;
import org.crosscheck.render.Json;
import org.crosscheck.render.Markdown;
import picocli.CommandLine.Command;

/** {@code crosscheck extract}: reading only, no analysis. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read articles and print their cleaned text, date and language, without analysis.")
final class ExtractCommand extends ReadingCommand {

    @Override
    void execute(List<Article> articles, Format format, Output out) {
        Pipeline pipeline = pipeline();
        ObjectNode root = Json.object();
        var all = root.putArray("articles");
        List<Cleaned> cleaned;
        try (Progress progress = Progress.start("extract", articles.size(), input.quiet)) {
            cleaned = pipeline.extract(articles, this::problem, progress::step);
        }
        for (Cleaned c : cleaned) {
            Article a = c.article();
            ObjectNode n = Json.object();
            n.put("id", a.id());
            n.put("url", a.url());
            n.put("outlet", a.outlet());
            n.put("published", a.published() == null ? null : a.published().toString());
            n.put("title", a.title());
            n.put("language", a.language());
            n.put("text", a.text());
            switch (format) {
                case JSONL -> out.println(Json.line(n));
                case JSON -> all.add(n);
                case MD -> out.print("## " + Markdown.text(a.id()) + (a.title() == null ? ""
                        : ": " + Markdown.text(a.title())) + "\n\n" + Markdown.text(a.text()) + "\n\n");
            }
        }
        if (format == Format.JSON) {
            out.println(Json.pretty(root));
        }
    }
}
