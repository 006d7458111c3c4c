package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.bench.Memory;
import org.crosscheck.claims.BriefState;
import org.crosscheck.claims.SentenceClaimExtractor;
import org.crosscheck.claims.StoryBriefBuilder;
import org.crosscheck.claims.StoryClaimAligner;
import org.crosscheck.embed.MiniLmEmbedder;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench brief [SEEDS]}: the brief of a large story after annotation. The seed story's articles are
 * annotated once (untimed) and repeated under distinct ids, outlets and dates (a day later per round) until the story
 * has {@code --articles} articles. Then, each as the median of {@code --runs}:
 * <ul>
 *   <li>the whole brief from the annotated articles (claims extracted, embedded and aligned; timeline, quotes,
 *       sources), with embeddings and, as the baseline, without;</li>
 *   <li>the brief of a story state whose claims were prepared when each article arrived (the per-article work,
 *       embedding included, done outside the brief);</li>
 *   <li>an incremental update: one more article joins a story of N-1 ({@link StoryBriefBuilder#add}, which embeds
 *       only that article's claims) and the brief is read from the new state.</li>
 * </ul>
 * Targets: the brief under one second, the update under 50 ms. Peak memory is printed at the end.
 */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Time the brief of a large story after annotation, and an incremental update by one article.")
final class BenchBriefCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SEEDS", arity = "0..1",
            description = "A story folder with articles/ and manifest.json (default: ../shared/seeds)")
    Path dir = Path.of("../shared/seeds");

    @Option(names = "--articles", description = "Articles in the story (default ${DEFAULT-VALUE})")
    int size = 50;

    @Option(names = "--runs", description = "Timed runs per measure; medians are reported (default ${DEFAULT-VALUE})")
    int runs = 7;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir.resolve("articles"))) {
            err.println("crosscheck: " + dir.resolve("articles") + ": missing (expected a story folder with articles/)");
            return ExitCodes.FAILURE;
        }
        if (size < 2 || runs < 1) {
            err.println("crosscheck: --articles must be at least 2 and --runs at least 1");
            return ExitCodes.USAGE;
        }
        Path manifest = dir.resolve("manifest.json");
        Inputs.Result read = Readers.inputs().readAll(List.of(dir.resolve("articles")),
                Files.exists(manifest) ? Manifest.read(manifest) : Manifest.EMPTY);
        read.problems().forEach(p -> err.println("crosscheck: " + p));
        Pipeline pipeline = new Pipeline(Stages.defaults());
        List<AnnotatedArticle> seed = pipeline.annotate(read.articles(), p -> err.println("crosscheck: " + p), () -> { });
        if (seed.isEmpty()) {
            err.println("crosscheck: no article read from " + dir.resolve("articles"));
            return ExitCodes.FAILURE;
        }
        List<AnnotatedArticle> story = repeat(seed, size);

        StoryBriefBuilder embedded = new StoryBriefBuilder(new SentenceClaimExtractor(),
                new StoryClaimAligner(MiniLmEmbedder.shared()));
        StoryBriefBuilder plain = new StoryBriefBuilder(new SentenceClaimExtractor(), new StoryClaimAligner());
        MiniLmEmbedder.shared().embed("warm up");
        for (int i = 0; i < 2; i++) {
            embedded.build("bench", story, List.of());
            plain.build("bench", story, List.of());
        }
        List<AnnotatedArticle> first = story.subList(0, story.size() - 1);
        AnnotatedArticle last = story.get(story.size() - 1);
        BriefState before = fold(embedded, first);
        BriefState all = embedded.add(before, last, null);
        BriefState beforePlain = fold(plain, first);
        BriefState allPlain = plain.add(beforePlain, last, null);
        Brief brief = embedded.brief(all);

        out.printf("story: %d articles (%d seed articles repeated), %d claim groups, %d timeline events%n",
                story.size(), seed.size(), brief.claims().size(), brief.timeline().size());
        double full = median(() -> embedded.build("bench", story, List.of()));
        double fullPlain = median(() -> plain.build("bench", story, List.of()));
        double fromState = median(() -> embedded.brief(all));
        double fromStatePlain = median(() -> plain.brief(allPlain));
        double update = median(() -> embedded.brief(embedded.add(before, last, null)));
        double updatePlain = median(() -> plain.brief(plain.add(beforePlain, last, null)));
        double addOnly = median(() -> embedded.add(before, last, null));
        out.printf("whole brief from annotated articles, embeddings included: %8.1f ms (median of %d)%n", full, runs);
        out.printf("  baseline without embeddings:                             %8.1f ms = %.2f x%n", fullPlain,
                full / fullPlain);
        out.printf("brief of a prepared story state (claims embedded on arrival): %6.1f ms; without embeddings %.1f ms%n",
                fromState, fromStatePlain);
        out.printf("incremental update, one article joins %d (add + brief):  %8.1f ms; without embeddings %.1f ms%n",
                first.size(), update, updatePlain);
        out.printf("  of which the add (extract, embed, compare one article):  %8.1f ms%n", addOnly);
        out.printf("  = %.3f x the whole brief%n", update / full);
        out.printf("peak memory: %s resident, %s heap in use%n", Memory.mb(Memory.peakResidentBytes()),
                Memory.mb(Memory.heapUsedBytes()));
        out.flush();
        return ExitCodes.OK;
    }

    private static BriefState fold(StoryBriefBuilder builder, List<AnnotatedArticle> docs) {
        BriefState s = builder.start("bench");
        for (AnnotatedArticle d : docs) {
            s = builder.add(s, d, null);
        }
        return s;
    }

    /** Milliseconds, median of the runs. */
    private double median(Supplier<?> work) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Object keep = work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (keep == null) {
                throw new IllegalStateException("benchmark produced nothing");
            }
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    /** The seed articles under new ids, outlets and dates, round by round, until there are {@code n}. */
    static List<AnnotatedArticle> repeat(List<AnnotatedArticle> seed, int n) {
        List<AnnotatedArticle> out = new ArrayList<>(n);
        for (int round = 0; out.size() < n; round++) {
            for (AnnotatedArticle d : seed) {
                if (out.size() == n) {
                    break;
                }
                Article a = d.article();
                String outlet = (a.outlet() == null ? "Outlet" : a.outlet()) + " " + (round + 1);
                Article copy = new Article(a.id() + "-r" + round, outlet,
                        a.published() == null ? null : a.published().plusDays(round), a.url(), a.title(),
                        a.language(), a.text(), a.origin());
                out.add(d.withArticle(copy));
            }
        }
        return out;
    }
}
