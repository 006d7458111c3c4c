package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Problem;
import org.crosscheck.pipeline.Stages;
import org.crosscheck.render.Format;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every command that reads articles shares: reading the inputs with problems reported as they come, the
 * pipeline, annotation with a progress bar, output, and the closing summary on standard error.
 */
abstract class ReadingCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    private final List<Problem> stageProblems = new ArrayList<>();
    private int readProblems;
    private int files;

    /** The format when the user gives none. */
    Format defaultFormat() {
        return Format.JSONL;
    }

    /** The formats this command writes. */
    java.util.Set<Format> formats() {
        return java.util.EnumSet.of(Format.MD, Format.JSON, Format.JSONL);
    }

    abstract void execute(List<Article> articles, Format format, Output out);

    @Override
    public final Integer call() {
        Format format;
        try {
            format = output.format == null ? defaultFormat() : Format.parse(output.format);
            if (!formats().contains(format)) {
                throw new IllegalArgumentException("format '" + output.format + "' is not offered by this command: "
                        + "expected one of " + formats().stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
                        .toList());
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Manifest manifest = input.manifest == null ? Manifest.EMPTY : Manifest.read(input.manifest);
        PrintWriter err = spec.commandLine().getErr();
        var warc = new java.util.concurrent.atomic.AtomicReference<>(org.crosscheck.feeds.WarcCounts.NONE);
        Inputs.Result read = Readers.inputs(c -> warc.accumulateAndGet(c, org.crosscheck.feeds.WarcCounts::plus))
                .readAll(input.inputs, manifest);
        read.problems().forEach(p -> err.println("crosscheck: " + p));
        readProblems = read.problems().size();
        files = read.summary().files();
        if (read.articles().isEmpty()) {
            err.println("crosscheck: no article could be read from " + input.inputs);
            return ExitCodes.FAILURE;
        }
        try (Output out = Output.open(output.out, spec.commandLine().getOut())) {
            execute(read.articles(), format, out);
            out.commit();
        }
        if (!input.quiet) {
            err.println("crosscheck: " + read.articles().size() + " article" + (read.articles().size() == 1 ? "" : "s")
                    + " from " + files + " file" + (files == 1 ? "" : "s") + "; " + readProblems
                    + " input problem" + (readProblems == 1 ? "" : "s") + ", " + stageProblems.size()
                    + " stage problem" + (stageProblems.size() == 1 ? "" : "s")
                    + (output.out == null ? "" : "; wrote " + output.out));
            if (warc.get().records() > 0) {
                err.println("crosscheck: WARC: " + warc.get().articles() + " articles from " + warc.get().records()
                        + " records; " + warc.get().skippedSummary() + ", " + warc.get().noText()
                        + " pages without article text, " + warc.get().failed() + " unreadable");
            }
        }
        err.flush();
        return ExitCodes.OK;
    }

    Pipeline pipeline() {
        return pipeline(Stages.defaults());
    }

    /** A pipeline over {@code stages} with the annotation threads asked for. */
    Pipeline pipeline(Stages stages) {
        return new Pipeline(stages, input.threads == null
                ? Runtime.getRuntime().availableProcessors() : Math.max(1, input.threads));
    }

    /** Annotates every article with a progress bar; stage problems are printed and counted. */
    List<AnnotatedArticle> annotate(Pipeline pipeline, List<Article> articles) {
        return annotate(pipeline, articles, Pipeline.Depth.FULL);
    }

    /** Annotates every article as far as {@code depth} asks, with a progress bar; problems printed and counted. */
    List<AnnotatedArticle> annotate(Pipeline pipeline, List<Article> articles, Pipeline.Depth depth) {
        PrintWriter err = spec.commandLine().getErr();
        List<AnnotatedArticle> docs;
        try (Progress progress = Progress.start("annotate", articles.size(), input.quiet)) {
            docs = pipeline.annotate(articles, this::problem, progress::step, depth);
        } finally {
            err.flush();
        }
        long other = docs.stream().filter(d -> !Pipeline.readsAsEnglish(d.article().language())).count();
        if (other > 0 && !input.quiet) {
            err.println("crosscheck: " + other + " article" + (other == 1 ? " is" : "s are") + " not in English: "
                    + "kept and labelled, English-only stages (" + String.join(", ", Pipeline.ENGLISH_ONLY_STAGES)
                    + ") skipped on " + (other == 1 ? "it" : "them"));
        }
        return docs;
    }

    void problem(Problem p) {
        stageProblems.add(p);
        spec.commandLine().getErr().println("crosscheck: " + p);
    }
}
