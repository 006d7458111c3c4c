package org.crosscheck.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.ingest.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 100 MB pages, plain and unpacking from a small gzip, read in a JVM with a 128 MB heap. */
class HugePageIT {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void hundredMegabytePagesAreRefusedAtTheLimitWithoutBeingLoaded() throws Exception {
        Path plain = dir.resolve("huge.html");
        try (RandomAccessFile f = new RandomAccessFile(plain.toFile(), "rw")) {
            f.setLength(HUNDRED_MB);
        }
        Path packed = dir.resolve("bomb.html.gz");
        byte[] chunk = "<p>The harbour was quiet again on Sunday morning.</p>\n".repeat(1000).getBytes();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed), 1 << 16)) {
            for (long n = 0; n < HUNDRED_MB; n += chunk.length) {
                out.write(chunk);
            }
        }
        ChildJvm.Result r = ChildJvm.run(ReadPages.class, 128, plain.toString(), packed.toString());
        assertThat(r.status()).as(r.output()).isZero();
        assertThat(r.output())
                .contains(plain + ": file of " + HUNDRED_MB + " bytes is too large for one page")
                .contains(packed + ": page unpacks to more than " + HtmlFileReader.MAX_BYTES + " bytes");
    }
}
