package org.crosscheck.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.api.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLogTest {

    @TempDir
    Path dir;

    private static Article article(String id) {
        return new Article(id, "The Valmora Ledger", LocalDate.of(2031, 10, 15), "https://ledger.example/" + id,
                "Ferry \"resumes\"", "en", "Line one.\n\nLine two with <b>markup</b>.", "feed#item-1");
    }

    @Test
    void appendsTheExtractFieldsOneLineEach() throws IOException {
        Path file = dir.resolve("articles.jsonl");
        try (ArticleLog log = new ArticleLog(file)) {
            log.append(article("a1"));
            log.append(article("a2"));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode n = new ObjectMapper().readTree(lines.get(0));
        assertThat(n.fieldNames()).toIterable()
                .containsExactly("id", "url", "outlet", "published", "title", "language", "text");
        assertThat(n.get("title").asText()).isEqualTo("Ferry \"resumes\"");
        assertThat(n.get("published").asText()).isEqualTo("2031-10-15");
    }

    @Test
    void aLineCutShortByACrashIsDroppedOnReopen() throws IOException {
        Path file = dir.resolve("articles.jsonl");
        try (ArticleLog log = new ArticleLog(file)) {
            log.append(article("a1"));
        }
        Files.writeString(file, "{\"id\": \"a2\", \"te", java.nio.file.StandardOpenOption.APPEND);
        try (ArticleLog log = new ArticleLog(file)) {
            log.append(article("a3"));
        }
        assertThat(Files.readAllLines(file)).extracting(l -> new ObjectMapper().readTree(l).get("id").asText())
                .containsExactly("a1", "a3");
    }

    @Test
    void aFileOfOneTornLineIsEmptied() throws IOException {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, "{\"id\": \"a".repeat(5000));
        new ArticleLog(file).close();
        assertThat(Files.size(file)).isZero();
    }
}
