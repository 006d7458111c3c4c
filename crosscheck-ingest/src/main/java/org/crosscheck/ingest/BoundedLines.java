package org.crosscheck.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into lines (ended by LF, CR or CRLF, as {@link java.io.BufferedReader#readLine} does) without ever
 * holding more than a limit: a longer line is skipped to its end and flagged, so a 100 MB file with no newline costs
 * the limit in memory, not the file's size.
 */
final class BoundedLines {

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean skipLf;
    private boolean tooLong;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its end, or {@code null} at the end of the text; "" for a line over the limit. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? (tooLong ? "" : line.toString()) : null;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            if (pos < len && line.isEmpty() && !tooLong && pos - start <= maxChars) {
                // the whole line is in the buffer: one copy, as BufferedReader does
                String whole = new String(buf, start, pos - start);
                skipLf = buf[pos] == '\r';
                pos++;
                return whole;
            }
            if (!tooLong) {
                if (line.length() + (pos - start) > maxChars) {
                    tooLong = true;
                    line.setLength(0);
                    line.trimToSize();
                } else {
                    line.append(buf, start, pos - start);
                }
            }
            if (pos < len) {
                skipLf = buf[pos] == '\r';
                pos++;
                return tooLong ? "" : line.toString();
            }
        }
    }

    /** Whether the line {@link #next} returned last was over the limit (and so returned empty). */
    boolean tooLong() {
        return tooLong;
    }
}
