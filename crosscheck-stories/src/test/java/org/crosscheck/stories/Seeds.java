package org.crosscheck.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;

/** The seed story (../shared/seeds) as plain articles with the manifest's outlets and dates; empty when absent. */
final class Seeds {

    private Seeds() {
    }

    static List<AnnotatedArticle> read() {
        Path dir = DevSets.shared().resolve("seeds");
        if (!Files.isDirectory(dir.resolve("articles"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.resolve("articles"))) {
            JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
            List<AnnotatedArticle> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                JsonNode m = manifest.path(name);
                Article a = new Article(name, m.path("outlet").asText(null),
                        m.has("published") ? LocalDate.parse(m.get("published").asText()) : null, null, null, "en",
                        Files.readString(f, StandardCharsets.UTF_8), name);
                out.add(AnnotatedArticle.of(a));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the seeds in " + dir, e);
        }
    }
}
