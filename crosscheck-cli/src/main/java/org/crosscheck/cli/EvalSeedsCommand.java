package org.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Brief;
import org.crosscheck.eval.SeedGold;
import org.crosscheck.eval.SeedReport;
import org.crosscheck.eval.SeedScorer;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.pipeline.Clustering;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Stages;
import org.crosscheck.render.AnnotationJson;
import org.crosscheck.render.BriefJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck eval seeds DIR}: a story with a gold reading in the layout of ../shared/seeds (articles/,
 * manifest.json, gold.json), run through annotate, cluster and brief, scored kind by kind.
 */
@Command(name = "seeds", mixinStandardHelpOptions = true,
        description = "Score annotate and brief on a story with a gold reading (articles/, manifest.json, gold.json).")
final class EvalSeedsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder with articles/, manifest.json and gold.json")
    Path dir;

    @Option(names = "--notes", description = "Also print every miss and extra")
    boolean notes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String need : List.of("articles", "manifest.json", "gold.json")) {
            if (!Files.exists(dir.resolve(need))) {
                err.println("crosscheck: " + dir.resolve(need) + ": missing (expected articles/, manifest.json, gold.json)");
                return ExitCodes.FAILURE;
            }
        }
        Inputs.Result read = Readers.inputs().readAll(List.of(dir.resolve("articles")),
                Manifest.read(dir.resolve("manifest.json")));
        read.problems().forEach(p -> err.println("crosscheck: " + p));
        Pipeline pipeline = new Pipeline(Stages.defaults());
        List<AnnotatedArticle> docs = pipeline.annotate(read.articles(), p -> err.println("crosscheck: " + p), () -> { });
        Clustering clustering = pipeline.cluster(docs);
        List<Brief> briefs = pipeline.brief(docs, clustering, p -> err.println("crosscheck: " + p));
        Map<String, JsonNode> annotated = new LinkedHashMap<>();
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        for (AnnotatedArticle d : docs) {
            annotated.put(d.id(), AnnotationJson.of(d));
            byId.put(d.id(), d);
        }
        SeedReport report = new SeedScorer(SeedGold.read(dir.resolve("gold.json")), annotated)
                .score(BriefJson.of(briefs, byId));
        out.println(report.table());
        if (notes) {
            report.notes().forEach(n -> out.println("  " + n));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
