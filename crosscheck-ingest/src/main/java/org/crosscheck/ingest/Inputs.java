package org.crosscheck.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.api.Article;

/**
 * Reads files and folders (recursively, in name order) with the reader their ending calls for, and keeps the
 * counts a run summary needs. One bad file or item never stops the others.
 */
public final class Inputs {

    /** What a read found. */
    public record Summary(int files, int articles, int problems, int skippedFiles, int duplicateIds) {
    }

    private final List<ArticleReader> readers;

    public Inputs(List<ArticleReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static Inputs withDefaultReaders() {
        return new Inputs(defaultReaders());
    }

    public static List<ArticleReader> defaultReaders() {
        return List.of(new TextFileReader(), new JsonLinesReader());
    }

    /** Reads everything into memory: the articles and the problems met on the way. */
    public record Result(List<Article> articles, List<ReadProblem> problems, Summary summary) {
    }

    public Result readAll(List<Path> paths, Manifest manifest) {
        CollectingSink sink = new CollectingSink();
        Summary summary = read(paths, manifest, sink);
        return new Result(List.copyOf(sink.articles()), List.copyOf(sink.problems()), summary);
    }

    /**
     * Streams every article and problem to the sink. An article whose id was already read is kept under the id
     * with {@code ~2}, {@code ~3}, ... appended, and reported: ids key every output line, so two articles may not
     * share one, and dropping the second would lose what was read.
     */
    public Summary read(List<Path> paths, Manifest manifest, ArticleSink sink) {
        int[] counts = new int[5]; // files, articles, problems, skipped, duplicate ids
        Set<String> seen = new HashSet<>();
        ArticleSink counting = new ArticleSink() {
            @Override
            public void article(Article article) {
                Article a = article;
                if (!seen.add(a.id())) {
                    counts[4]++;
                    String id = a.id();
                    for (int k = 2; !seen.add(id); k++) {
                        id = a.id() + "~" + k;
                    }
                    problem(new ReadProblem(a.origin(), "", "duplicate article id '" + a.id() + "': read as '" + id
                            + "'"));
                    a = new Article(id, a.outlet(), a.published(), a.url(), a.title(), a.language(), a.text(),
                            a.origin());
                }
                counts[1]++;
                sink.article(a);
            }

            @Override
            public void problem(ReadProblem problem) {
                counts[2]++;
                sink.problem(problem);
            }
        };
        for (Path path : paths) {
            if (!Files.exists(path)) {
                counting.problem(new ReadProblem(path.toString(), "", "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                for (Path file : listFiles(path, counting)) {
                    ArticleReader reader = readerFor(file);
                    if (reader == null) {
                        counts[3]++;
                    } else {
                        counts[0]++;
                        readFile(reader, file, manifest, counting);
                    }
                }
            } else {
                ArticleReader reader = readerFor(path);
                if (reader == null) {
                    counts[3]++;
                    counting.problem(new ReadProblem(path.toString(), "", "unsupported file type (readable: "
                            + String.join(", ", endings()) + ")"));
                } else {
                    counts[0]++;
                    readFile(reader, path, manifest, counting);
                }
            }
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** The file endings the configured readers accept, for messages. */
    private List<String> endings() {
        List<String> out = new ArrayList<>();
        for (ArticleReader r : readers) {
            out.addAll(r.endings());
        }
        return out;
    }

    private ArticleReader readerFor(Path file) {
        for (ArticleReader r : readers) {
            if (r.accepts(file)) {
                return r;
            }
        }
        return null;
    }

    private static void readFile(ArticleReader reader, Path file, Manifest manifest, ArticleSink sink) {
        try {
            reader.read(file, manifest, sink);
        } catch (IOException | UncheckedIOException e) {
            // Some IOExceptions (EOFException from a gzip cut inside its header) carry no message.
            sink.problem(new ReadProblem(file.toString(), "", "cannot read: " + (e.getMessage() == null ? e.toString()
                    : e.getMessage())));
        } catch (RuntimeException e) {
            sink.problem(new ReadProblem(file.toString(), "", "reader failed: " + e));
        }
    }

    private static List<Path> listFiles(Path dir, ArticleSink sink) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            sink.problem(new ReadProblem(dir.toString(), "", "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }
}
