package org.crosscheck.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.TimeExpression;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The reference story's gold time expressions: each must be found (relaxed span: the gold text overlaps a found
 * expression) with the gold value, using the manifest's publication date as anchor.
 */
class SeedTimesIT {

    @Test
    void seedGoldTimesAreFoundWithTheirValues() throws IOException {
        Path seeds = TbaqEvaluationIT.shared().resolve("seeds");
        Assumptions.assumeTrue(Files.isRegularFile(seeds.resolve("gold.json")), "no seeds at " + seeds);
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(seeds.resolve("manifest.json").toFile());
        JsonNode gold = json.readTree(seeds.resolve("gold.json").toFile()).get("time_expressions");
        RuleTimeTagger tagger = new RuleTimeTagger();
        int right = 0;
        int total = 0;
        StringBuilder wrong = new StringBuilder();
        for (JsonNode g : gold) {
            String id = g.get("article").asText();
            Map.Entry<String, JsonNode> file = fileOf(manifest, id);
            String text = Files.readString(seeds.resolve("articles").resolve(file.getKey()), StandardCharsets.UTF_8);
            LocalDate anchor = LocalDate.parse(file.getValue().get("published").asText().substring(0, 10));
            List<TimeExpression> found = tagger.tag(AnnotatedArticle.of(
                    new Article(id, null, anchor, null, null, "en", text, file.getKey())));
            String goldText = g.get("text").asText();
            int at = text.indexOf(goldText);
            total++;
            boolean ok = found.stream().anyMatch(t -> t.start() < at + goldText.length() && at < t.end()
                    && t.value().equals(g.get("value").asText()));
            if (ok) {
                right++;
            } else {
                wrong.append(id).append(' ').append(goldText).append(" = ").append(g.get("value").asText())
                        .append(" got ").append(found.stream().filter(t -> t.start() < at + goldText.length()
                                && at < t.end()).map(TimeExpression::value).toList()).append('\n');
            }
        }
        System.out.printf("seed time expressions: %d of %d right%n%s", right, total, wrong);
        assertThat(right).isEqualTo(total);
    }

    private static Map.Entry<String, JsonNode> fileOf(JsonNode manifest, String id) {
        for (Map.Entry<String, JsonNode> e : manifest.properties()) {
            if (e.getKey().startsWith(id + "_") || e.getKey().startsWith(id + ".")) {
                return e;
            }
        }
        throw new IllegalStateException("no manifest entry for article " + id);
    }
}
