package org.crosscheck.dedup;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.crosscheck.api.Article;

/** Reads the shared development sets; tests skip when the shared folder is absent. */
final class DevData {

    /** An article and its {@code story} label, {@code null} when the set has none. */
    record Labelled(Article article, String story) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private DevData() {
    }

    /** The file under the shared data folder, or a skipped test when it is not there. */
    static Path require(String relative) {
        String p = System.getProperty("crosscheck.shared");
        Path dir = (p != null ? Path.of(p) : Path.of("..", "..", "shared")).toAbsolutePath().normalize();
        Path f = dir.resolve("data").resolve(relative);
        assumeTrue(Files.isRegularFile(f), "no " + f);
        return f;
    }

    static List<Labelled> read(Path file) {
        List<Labelled> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = JSON.readTree(line);
                String published = str(j, "published");
                LocalDate date = published == null || published.length() < 10 ? null
                        : LocalDate.parse(published.substring(0, 10));
                Article a = new Article(j.get("id").asText(), str(j, "outlet"), date, str(j, "url"), str(j, "title"),
                        null, text(j.get("text")), file.getFileName() + ":" + n);
                out.add(new Labelled(a, str(j, "story")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return out;
    }

    private static String text(JsonNode t) {
        if (t == null || t.isNull()) {
            return "";
        }
        if (t.isArray()) {
            List<String> parts = new ArrayList<>();
            t.forEach(p -> parts.add(p.asText()));
            return String.join("\n\n", parts);
        }
        return t.asText();
    }

    private static String str(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
