package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.crosscheck.api.Article;

/**
 * One article per line: {@code {"id", "text", "title"?, "outlet"?, "url"?, "published"?}}, plain or gzipped.
 * A malformed line is reported with its number and skipped; a truncated gzip keeps every line before the cut.
 */
public final class JsonLinesReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Longer lines are not one article; holding them would cost memory in proportion to the file. */
    static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

    @Override
    public java.util.List<String> endings() {
        return java.util.List.of(".jsonl", ".jsonl.gz");
    }

    @Override
    public boolean accepts(Path file) {
        String name = FileNames.lowerName(file);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    @Override
    public void read(Path file, Manifest manifest, ArticleSink sink) throws IOException {
        boolean gz = FileNames.lowerName(file).endsWith(".gz");
        long lineNo = 0;
        try (InputStream raw = Files.newInputStream(file);
             TruncationGuard in = new TruncationGuard(gz ? new GZIPInputStream(raw, 1 << 16) : raw);
             InputStreamReader chars = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            BoundedLines lines = new BoundedLines(chars, MAX_LINE_CHARS);
            // Each line is parsed once the next one has arrived, so the line a truncation cuts is reported as cut
            // rather than as malformed JSON.
            String held = null;
            boolean content = false;
            String line;
            while ((line = lines.next()) != null) {
                if (held != null) {
                    parse(held, file, lineNo, sink);
                }
                lineNo++;
                if (lines.tooLong()) {
                    sink.problem(new ReadProblem(file.toString(), "line " + lineNo, "line longer than "
                            + MAX_LINE_CHARS + " characters is not one article; skipped"));
                }
                held = line.isBlank() ? null : line;
                content |= held != null || lines.tooLong();
            }
            if (in.cause() != null) {
                sink.problem(new ReadProblem(file.toString(), "line " + Math.max(lineNo, 1),
                        "compressed data ends early or is corrupt (" + in.cause().getMessage() + "); kept the "
                                + Math.max(lineNo - 1, 0) + " lines before it"));
            } else if (held != null) {
                parse(held, file, lineNo, sink);
            } else if (!content) {
                sink.problem(new ReadProblem(file.toString(), "", lineNo == 0 ? "empty file"
                        : "no article: " + lineNo + " blank lines"));
            }
        }
    }

    /** Turns a truncated or corrupt compressed stream into an ordinary end of stream, remembering why. */
    private static final class TruncationGuard extends java.io.FilterInputStream {
        private IOException cause;

        TruncationGuard(InputStream in) {
            super(in);
        }

        IOException cause() {
            return cause;
        }

        @Override
        public int read() throws IOException {
            if (cause != null) {
                return -1;
            }
            try {
                return super.read();
            } catch (EOFException | ZipException e) {
                cause = e;
                return -1;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (cause != null) {
                return -1;
            }
            try {
                return super.read(b, off, len);
            } catch (EOFException | ZipException e) {
                cause = e;
                return -1;
            }
        }
    }

    private static void parse(String line, Path file, long lineNo, ArticleSink sink) {
        String where = "line " + lineNo;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            // Limits Jackson enforces (string and number lengths) fail without a location.
            sink.problem(new ReadProblem(file.toString(), e.getLocation() == null ? where
                    : where + ", column " + e.getLocation().getColumnNr(), "malformed JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.problem(new ReadProblem(file.toString(), where, "not a JSON object"));
            return;
        }
        String id = scalar(node, "id");
        String text = text(node.get("text"));
        if (id == null || id.isBlank()) {
            sink.problem(new ReadProblem(file.toString(), where, "no \"id\""));
            return;
        }
        if (text == null || text.isBlank()) {
            sink.problem(new ReadProblem(file.toString(), where, "article '" + id + "' has no \"text\""));
            return;
        }
        LocalDate published = null;
        String p = scalar(node, "published");
        if (p != null && !p.isBlank()) {
            try {
                published = Dates.parse(p);
            } catch (IllegalArgumentException e) {
                sink.problem(new ReadProblem(file.toString(), where, "article '" + id + "': " + e.getMessage()
                        + "; read without a date"));
            }
        }
        sink.article(new Article(id, scalar(node, "outlet"), published, scalar(node, "url"), scalar(node, "title"),
                scalar(node, "language"), text.replace("\r\n", "\n"), file + ":" + lineNo));
    }

    /** The body: a string, or an array of paragraph strings (as some datasets store it), joined by blank lines. */
    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode p : v) {
                if (p.isValueNode() && !p.asText().isBlank()) {
                    if (!sb.isEmpty()) {
                        sb.append("\n\n");
                    }
                    sb.append(p.asText().strip());
                }
            }
            return sb.toString();
        }
        return v.isContainerNode() ? null : v.asText();
    }

    private static String scalar(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
