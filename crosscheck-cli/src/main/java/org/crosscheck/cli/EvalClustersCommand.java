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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.embed.MiniLmEmbedder;
import org.crosscheck.eval.BCubed;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Stages;
import org.crosscheck.stories.ClusterConfig;
import org.crosscheck.stories.OnlineStoryClusterer;
import org.crosscheck.stories.StoryStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval clusters FILE}: story clustering on JSON lines whose items carry a gold {@code story}
 * label, as B-cubed precision, recall and F1 with articles per second. With {@code --distractors}, unlabelled
 * articles are mixed into the stream and the score is over the labelled articles only: they must still find each
 * other among thousands of others.
 *
 * <p>Features come from the annotation pipeline by default ({@code --features annotated}: entities from the entity
 * recogniser, near-duplicates found first; as {@code crosscheck cluster} does, only the stages clustering reads run),
 * or from the text as read ({@code --features light}: no
 * annotation, capitalised words stand in for entities, the clusterer alone), which is the only affordable path for
 * tens of thousands of articles and the default with distractors.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "B-cubed precision, recall and F1 of story clustering on JSON lines with a gold \"story\" field.")
final class EvalClustersCommand implements Callable<Integer> {

    enum FeaturePath { annotated, light }

    @Parameters(paramLabel = "FILE", description = ".jsonl or .jsonl.gz with id, text, published, story")
    Path file;

    @Option(names = "--distractors", paramLabel = "FILE",
            description = "unlabelled articles (any input) mixed into the stream; scored on FILE's articles only")
    List<Path> distractors = new ArrayList<>();

    @Option(names = "--features", paramLabel = "PATH",
            description = "annotated (sentences and entities, as cluster reads them) or light (text as read, "
                    + "clusterer alone); default: annotated, light with --distractors")
    FeaturePath features;

    @Option(names = "--no-embeddings", description = "cluster without the sentence-embedding signal")
    boolean noEmbeddings;

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
        List<Article> articles = new ArrayList<>(read.articles());
        List<String> labels = new ArrayList<>(gold);
        if (!distractors.isEmpty()) {
            Inputs.Result extra = Readers.inputs().readAll(distractors, Manifest.EMPTY);
            extra.problems().forEach(p -> err.println("crosscheck: " + p));
            for (Article a : unclashed(extra.articles(), articles)) {
                articles.add(a);
                labels.add(null);
            }
        }
        FeaturePath path = features != null ? features
                : distractors.isEmpty() ? FeaturePath.annotated : FeaturePath.light;
        OnlineStoryClusterer clusterer = noEmbeddings ? new OnlineStoryClusterer(ClusterConfig.defaults())
                : OnlineStoryClusterer.withEmbeddings(MiniLmEmbedder.shared());
        Pipeline pipeline = new Pipeline(Stages.defaults().withClusterer(clusterer));

        long t0 = System.nanoTime();
        List<AnnotatedArticle> docs = path == FeaturePath.annotated
                ? pipeline.annotate(articles, p -> err.println("crosscheck: " + p), () -> { }, Pipeline.Depth.STORIES)
                : articles.stream().map(AnnotatedArticle::of).toList();
        long t1 = System.nanoTime();
        // the light path runs the clusterer on its own, which lets StoryStream embed on all cores; the pipeline's
        // near-duplicate stage in front of it hides the clusterer and so embeds on one thread
        List<StoryAssignment> assignments = path == FeaturePath.annotated
                ? pipeline.cluster(docs).assignments()
                : new StoryStream<>(clusterer).run(docs).assignments();
        long t2 = System.nanoTime();
        List<String> predicted = assignments.stream().map(StoryAssignment::story).toList();
        BCubed.Result r = BCubed.score(predicted, labels);
        String signals = (noEmbeddings ? "terms+entities+time" : "terms+entities+embeddings+time") + ", "
                + path + " features";
        if (distractors.isEmpty()) {
            out.println(file.getFileName() + ": " + r + "  [" + signals + "]");
        } else {
            out.println(file.getFileName() + " among " + (articles.size() - gold.size()) + " distractors: " + r
                    + " on the labelled articles  [" + signals + "]");
            out.println("distractors put in a story with a labelled article: " + strays(predicted, labels));
        }
        out.printf("%s %.1f articles/s, cluster %.0f articles/s (%d articles)%n",
                path == FeaturePath.annotated ? "annotate" : "read", docs.size() / ((t1 - t0) / 1e9),
                docs.size() / ((t2 - t1) / 1e9), docs.size());
        out.flush();
        return ExitCodes.OK;
    }

    /** Unlabelled articles whose story also holds a labelled one: the cost of distractors that B-cubed ignores. */
    private static long strays(List<String> predicted, List<String> labels) {
        Set<String> labelledStories = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) != null) {
                labelledStories.add(predicted.get(i));
            }
        }
        long n = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) == null && labelledStories.contains(predicted.get(i))) {
                n++;
            }
        }
        return n;
    }

    /** Distractors renamed where their id is already taken, so every article keeps its own assignment. */
    private static List<Article> unclashed(List<Article> extra, List<Article> labelled) {
        Set<String> taken = new HashSet<>();
        labelled.forEach(a -> taken.add(a.id()));
        Map<String, Integer> seen = new HashMap<>();
        List<Article> out = new ArrayList<>(extra.size());
        for (Article a : extra) {
            String id = a.id();
            while (!taken.add(id)) {
                id = a.id() + "~d" + seen.merge(a.id(), 1, Integer::sum);
            }
            out.add(id.equals(a.id()) ? a : new Article(id, a.outlet(), a.published(), a.url(), a.title(),
                    a.language(), a.text(), a.origin()));
        }
        return out;
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
