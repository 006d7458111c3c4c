package org.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.eval.BCubed;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.pipeline.Clustering;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval clusters FILE}: story clustering on JSON lines whose items carry a gold {@code story}
 * label, through the whole pipeline, as B-cubed precision, recall and F1 with articles per second.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "B-cubed precision, recall and F1 of story clustering on JSON lines with a gold \"story\" field.")
final class EvalClustersCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = ".jsonl or .jsonl.gz with id, text, published, story")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.Result read = Readers.inputs().readAll(List.of(file), Manifest.EMPTY);
        read.problems().forEach(p -> err.println("crosscheck: " + p));
        List<String> gold = labels(file);
        if (read.articles().size() != gold.size()) {
            err.println("crosscheck: " + file + ": " + gold.size() + " labelled lines but " + read.articles().size()
                    + " articles read; cannot score");
            return ExitCodes.FAILURE;
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = new Pipeline(Stages.defaults());
        List<AnnotatedArticle> docs = pipeline.annotate(read.articles(), p -> err.println("crosscheck: " + p), () -> { });
        long t1 = System.nanoTime();
        Clustering clustering = pipeline.cluster(docs);
        long t2 = System.nanoTime();
        BCubed.Result r = BCubed.score(clustering.assignments().stream().map(StoryAssignment::story).toList(), gold);
        out.println(file.getFileName() + ": " + r);
        out.printf("annotate %.1f articles/s, cluster %.0f articles/s%n", docs.size() / ((t1 - t0) / 1e9),
                docs.size() / ((t2 - t1) / 1e9));
        out.flush();
        return ExitCodes.OK;
    }

    /** The gold story of every non-blank line, in order (repeated ids are read under new ids, in order). */
    private static List<String> labels(Path file) {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    out.add(n.path("story").asText(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels from " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
