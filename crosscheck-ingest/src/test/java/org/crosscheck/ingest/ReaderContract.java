package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.api.Article;

/**
 * What every {@link ArticleReader} promises on any input, however broken: it returns or throws an
 * {@link IOException} (the documented path, for a file unreadable as a whole), never anything else; every problem
 * names the file and a position ("" only for what concerns the whole file); and every article is whole.
 */
public final class ReaderContract {

    /** "line 3", "line 3, column 7", "byte 4096", "item 2", "record 5 at byte 880", or "" for the whole file. */
    private static final Pattern POSITION = Pattern.compile("|(line|byte|item|record) \\d+.*");

    private ReaderContract() {
    }

    /** Reads the file and checks the contract; {@code what} describes the input for failure messages. */
    public static CollectingSink read(ArticleReader reader, Path file, String what) {
        CollectingSink sink = new CollectingSink();
        try {
            reader.read(file, Manifest.EMPTY, sink);
        } catch (IOException e) {
            sink.problem(new ReadProblem(file.toString(), "", "cannot read: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(reader.getClass().getSimpleName() + " threw on " + what + ": " + e, e);
        }
        for (ReadProblem p : sink.problems()) {
            assertThat(p.file()).as("file of %s on %s", p, what).isEqualTo(file.toString());
            if (!POSITION.matcher(p.position()).matches()) {
                fail("problem without a position on %s: %s", what, p);
            }
            assertThat(p.message()).as("message on %s", what).isNotBlank();
        }
        for (Article a : sink.articles()) {
            assertThat(a.id()).as("id on %s", what).isNotBlank();
            assertThat(a.origin()).as("origin on %s", what).startsWith(file.toString());
        }
        return sink;
    }

    /** The ids of the articles that were read. */
    public static List<String> ids(CollectingSink sink) {
        return sink.articles().stream().map(Article::id).toList();
    }
}
