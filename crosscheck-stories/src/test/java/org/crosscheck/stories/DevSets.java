package org.crosscheck.stories;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;

/** Reads the labelled story sets in the shared data folder; tests skip when it is absent. */
final class DevSets {

    /** One article and its gold story label (null when unlabelled). */
    record Labelled(AnnotatedArticle doc, String story) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private DevSets() {
    }

    static Path shared() {
        String p = System.getProperty("crosscheck.shared");
        Path dir = p != null ? Path.of(p) : Path.of("..", "..", "shared");
        return dir.toAbsolutePath().normalize();
    }

    /** The file under the shared data folder, or a skipped test when it is not there. */
    static Path require(String relative) {
        Path f = shared().resolve("data").resolve(relative);
        assumeTrue(Files.isRegularFile(f), "no " + f);
        return f;
    }

    static List<Labelled> read(Path file, int limit) {
        List<Labelled> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && out.size() < limit) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = JSON.readTree(line);
                String text = textOf(j.get("text"));
                String published = str(j, "published");
                LocalDate date = published == null || published.length() < 10 ? null
                        : LocalDate.parse(published.substring(0, 10));
                Article a = new Article(j.get("id").asText(), str(j, "outlet"), date, str(j, "url"), str(j, "title"),
                        "en", text, file.getFileName() + ":" + n);
                out.add(new Labelled(AnnotatedArticle.of(a), str(j, "story")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return out;
    }

    private static String textOf(JsonNode t) {
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
