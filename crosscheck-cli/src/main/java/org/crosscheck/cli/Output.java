package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's result to standard output or to a file. A file is written beside its destination and moved
 * into place when complete, so a failed or interrupted run never leaves half an output behind. A destination that
 * exists and is no regular file ({@code /dev/null}, {@code /dev/stdout}, a named pipe) is written in place: moving a
 * file over it would replace the device or the pipe with a plain file.
 */
final class Output implements AutoCloseable {

    private final Path destination;
    private final Path temp;
    private final Writer writer;
    private boolean complete;

    private Output(Path destination, Path temp, Writer writer) {
        this.destination = destination;
        this.temp = temp;
        this.writer = writer;
    }

    static Output open(Path out, PrintWriter stdout) {
        if (out == null) {
            return new Output(null, null, stdout);
        }
        try {
            Path abs = out.toAbsolutePath();
            if (Files.isDirectory(abs)) {
                throw new IOException("is a folder");
            }
            if (Files.exists(abs) && !Files.isRegularFile(abs)) {
                return new Output(abs, null, Files.newBufferedWriter(abs, StandardCharsets.UTF_8));
            }
            Path dir = abs.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path temp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
            return new Output(abs, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    void print(String s) {
        try {
            writer.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (destination == null ? "output" : destination) + ": "
                    + e.getMessage(), e);
        }
    }

    void println(String s) {
        print(s);
        print("\n");
    }

    /**
     * This output as a {@link Writer}, for renderers that stream a large document piece by piece. Closing it does
     * nothing (this output commits or discards the whole at its own close); a failure names the destination.
     */
    Writer asWriter() {
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                print(new String(buf, off, len));
            }

            @Override
            public void flush() {
                // flushed when this output closes
            }

            @Override
            public void close() {
                // this output closes its destination
            }
        };
    }

    /** Marks the output complete: on close it replaces the destination. */
    void commit() {
        complete = true;
    }

    @Override
    public void close() {
        try {
            if (destination == null) {
                writer.flush();
                return;
            }
            writer.close();
            if (temp == null) {
                return; // written in place
            }
            if (complete) {
                Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + destination + ": " + e.getMessage(), e);
        }
    }
}
