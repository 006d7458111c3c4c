package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100 MB inputs read in a JVM with a 128 MB heap: a reader that held such a file, or one line of it, whole would
 * fail there with OutOfMemoryError; the readers stream and stop at their own limits instead.
 */
class HugeFileIT {

    static final long HUNDRED_MB = 100L * 1024 * 1024;

    @TempDir
    Path dir;

    /** A file of 100 MB of NUL bytes, made sparse so it costs neither time nor disk. */
    static Path sparse(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(HUNDRED_MB);
        }
        return file;
    }

    @Test
    void hundredMegabyteInputsStreamInBoundedMemory() throws Exception {
        Path lines = dir.resolve("many.jsonl");
        String text = "Dockworkers in Valmora voted to continue the strike. ".repeat(18);
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            for (long size = 0; size < HUNDRED_MB; n++) {
                String line = "{\"id\": \"h" + n + "\", \"text\": \"" + text + "\"}\n";
                w.write(line);
                size += line.length();
            }
        }
        Path oneLine = sparse(dir.resolve("one-line.jsonl"));
        Path bigText = sparse(dir.resolve("big.txt"));

        ChildJvm.Result r = ChildJvm.run(ReadFiles.class, 128, lines.toString(), oneLine.toString(),
                bigText.toString());

        assertThat(r.status()).as(r.output()).isZero();
        assertThat(r.output()).contains("articles " + n + ",")
                .contains(oneLine + ":line 1: line longer than " + JsonLinesReader.MAX_LINE_CHARS)
                .contains(bigText + ": file of " + HUNDRED_MB + " bytes is too large for one article");
    }
}
