package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one kind of file. To add a format, implement this and register it in {@link Inputs#defaultReaders()}.
 * An {@link IOException} means the file as a whole could not be read; problems with single items inside a readable
 * file go to {@link ArticleSink#problem} and reading goes on.
 */
public interface ArticleReader {

    /** Whether this reader handles the file, judged by its name. */
    boolean accepts(Path file);

    /** The file endings this reader handles, for messages ("unsupported file type (readable: .txt, ...)"). */
    default List<String> endings() {
        return List.of();
    }

    void read(Path file, Manifest manifest, ArticleSink sink) throws IOException;
}
