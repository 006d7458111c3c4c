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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.crosscheck.api.Article;
import org.crosscheck.dedup.DedupConfig;
import org.crosscheck.dedup.DuplicateEvaluation;
import org.crosscheck.dedup.Edit;
import org.crosscheck.dedup.NearDuplicates;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval duplicates [CORPUS]}: near-duplicate detection on an unlabelled corpus (flagged pairs checked
 * against exact shingle overlap, with samples by band to read), on edited copies of its articles (recall), and on
 * labelled same-event sets where different outlets' articles must never be flagged.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = "False positives, recall on edited copies and same-event false duplicates of near-duplicate "
                + "detection.")
final class EvalDuplicatesCommand implements Callable<Integer> {

    private static final double[] BANDS = {0, 0.3, 0.5, 0.7, 0.9, 1.0001};

    @Parameters(paramLabel = "CORPUS", arity = "0..1", description = "JSON lines corpus (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/corpus/allsides-37k.jsonl.gz")
    Path corpus;

    @Option(names = "--same-event", paramLabel = "FILE", split = ",",
            description = "labelled sets (a \"story\" field) whose articles must not be flagged "
                    + "(default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/stories/basil-dev.jsonl.gz,../shared/data/stories/neus-dev.jsonl.gz")
    List<Path> sameEvent;

    @Option(names = "--copies", description = "originals to make edited copies of (default: ${DEFAULT-VALUE})",
            defaultValue = "1000")
    int copies;

    @Option(names = "--seed", defaultValue = "20261121", description = "seed of the edited copies")
    long seed;

    @Option(names = "--samples", defaultValue = "4", description = "flagged pairs printed per similarity band")
    int samples;

    @Option(names = "--jaccard", description = "override the Jaccard threshold")
    Double jaccard;

    @Option(names = "--containment", description = "override the containment threshold")
    Double containment;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DedupConfig config = DedupConfig.defaults();
        if (jaccard != null || containment != null) {
            config = config.withThresholds(jaccard == null ? config.jaccard() : jaccard,
                    containment == null ? config.containment() : containment);
        }
        out.println("config: " + config);
        DuplicateEvaluation eval = new DuplicateEvaluation(new NearDuplicates(config));

        Inputs.Result read = Readers.inputs().readAll(List.of(corpus), Manifest.EMPTY);
        read.problems().forEach(p -> err.println("crosscheck: " + p));
        if (read.articles().isEmpty()) {
            err.println("crosscheck: nothing read from " + corpus);
            return ExitCodes.FAILURE;
        }
        DuplicateEvaluation.Run run = eval.run(read.articles());
        printCorpus(out, run);

        DuplicateEvaluation.Recall recall = eval.recall(read.articles(), copies, seed);
        out.println();
        out.println("recall on edited copies of " + copies + " articles (seed " + seed + "), each put 1-3 days later:");
        for (Edit e : Edit.values()) {
            out.printf(Locale.ROOT, "  %-12s %4d/%4d = %.3f duplicate_of the first copy (%d flagged at all)%n",
                    e.name().toLowerCase(Locale.ROOT), recall.right(e), recall.copies(e), recall.rate(e),
                    recall.found(e));
        }

        for (Path f : sameEvent) {
            if (!Files.isRegularFile(f)) {
                err.println("crosscheck: no " + f + "; same-event check skipped");
                continue;
            }
            Inputs.Result set = Readers.inputs().readAll(List.of(f), Manifest.EMPTY);
            Map<String, String> labels = labels(f);
            DuplicateEvaluation.SameGroup g = eval.sameGroup(set.articles(), labels);
            out.printf(Locale.ROOT, "%n%s: %d articles, %d same-story pairs of different articles; flagged %d of "
                            + "them (%.4f), and %d pairs across stories%n", f.getFileName(), g.articles(), g.pairs(),
                    g.flaggedInGroup(), g.rate(), g.flaggedAcrossGroups());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void printCorpus(PrintWriter out, DuplicateEvaluation.Run run) {
        List<DuplicateEvaluation.Flag> flags = run.flags();
        long originals = flags.stream().map(DuplicateEvaluation.Flag::original).distinct().count();
        out.printf(Locale.ROOT, "%s: %d articles; %d flagged duplicate_of %d originals (%.2f%% of articles)%n",
                corpus.getFileName(), run.articles(), flags.size(), originals, 100.0 * flags.size() / run.articles());
        out.printf(Locale.ROOT, "  flags that fail the same thresholds on exact full-text shingle sets: %d of %d = "
                + "%.4f%n", run.unverified(), flags.size(),
                flags.isEmpty() ? 0.0 : run.unverified() / (double) flags.size());
        long sameOutlet = flags.stream().filter(f -> f.article().outlet() != null
                && f.article().outlet().equals(f.matched().outlet())).count();
        out.printf(Locale.ROOT, "  of the flags, %d within one outlet, %d across outlets%n", sameOutlet,
                flags.size() - sameOutlet);
        out.printf(Locale.ROOT, "  signing %.0f articles/s (parallel), index %.0f articles/s (one thread)%n",
                run.articles() / (run.signNanos() / 1e9), run.articles() / (run.indexNanos() / 1e9));
        for (int b = 0; b + 1 < BANDS.length; b++) {
            double lo = BANDS[b];
            double hi = BANDS[b + 1];
            List<DuplicateEvaluation.Flag> band = new ArrayList<>();
            for (DuplicateEvaluation.Flag f : flags) {
                if (f.jaccard() >= lo && f.jaccard() < hi) {
                    band.add(f);
                }
            }
            out.printf(Locale.ROOT, "  exact Jaccard [%.1f, %.1f): %d flags, %d unverified%n", lo, Math.min(hi, 1.0),
                    band.size(), band.stream().filter(f -> !f.verified()).count());
            int step = Math.max(1, band.size() / Math.max(1, samples));
            for (int i = 0, shown = 0; i < band.size() && shown < samples; i += step, shown++) {
                printFlag(out, band.get(i));
            }
        }
    }

    private static void printFlag(PrintWriter out, DuplicateEvaluation.Flag f) {
        out.printf(Locale.ROOT, "    est J %.2f, exact J %.2f, C %.2f%s%n", f.estimatedJaccard(), f.jaccard(),
                f.containment(), f.verified() ? "" : "  UNVERIFIED");
        out.println("      " + describe(f.article()));
        out.println("      " + describe(f.matched()));
    }

    private static String describe(Article a) {
        String text = a.text().replaceAll("\\s+", " ");
        return a.id() + " | " + a.outlet() + " | " + a.published() + " | " + a.text().length() + " chars | "
                + (a.title() == null ? "" : a.title()) + " | " + text.substring(0, Math.min(110, text.length()));
    }

    /** The {@code story} label of every article, by id, in the order the reader renames repeated ids. */
    private static Map<String, String> labels(Path file) {
        Map<String, String> out = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    String id = n.path("id").asText();
                    String key = id;
                    for (int k = 2; out.containsKey(key); k++) {
                        key = id + "~" + k;
                    }
                    out.put(key, n.path("story").asText(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels from " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
