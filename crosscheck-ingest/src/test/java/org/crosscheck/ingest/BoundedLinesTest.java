package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    private static List<String> split(Reader in, int max) throws IOException {
        BoundedLines lines = new BoundedLines(in, max);
        List<String> out = new ArrayList<>();
        for (String l; (l = lines.next()) != null; ) {
            out.add(lines.tooLong() ? "<too long>" : l);
        }
        return out;
    }

    /** Hands out text a few characters at a time, so lines and CRLFs straddle reads. */
    private static Reader trickle(String text, int step) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (at == text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(len, step), text.length() - at);
                text.getChars(at, at + n, cbuf, off);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void splitsLikeReadLineWhateverTheReadSizes() throws IOException {
        Random random = new Random(42);
        String[] parts = {"a", "bc", "\n", "\r", "\r\n", "", "{\"id\": 1}", "\u00e9\u2014"};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String text = sb.toString();
            List<String> expected = new BufferedReader(new StringReader(text)).lines().toList();
            assertThat(split(trickle(text, 1 + random.nextInt(5)), 1000)).as("'%s'", text).isEqualTo(expected);
            assertThat(split(new StringReader(text), 1000)).as("'%s'", text).isEqualTo(expected);
        }
    }

    @Test
    void aLineOverTheLimitIsSkippedAndFlagged() throws IOException {
        String text = "short\n" + "x".repeat(100) + "\nnext\r\n" + "y".repeat(11);
        assertThat(split(trickle(text, 7), 10)).containsExactly("short", "<too long>", "next", "<too long>");
        assertThat(split(new StringReader(text), 10)).containsExactly("short", "<too long>", "next", "<too long>");
    }
}
