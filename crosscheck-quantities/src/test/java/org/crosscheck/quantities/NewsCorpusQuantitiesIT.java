package org.crosscheck.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over real news (the BASIL development articles): every span must fit its text, the stage must
 * give the same answer on many threads, and the figures it prints (quantities per article, units, qualifiers) and
 * the listing written to {@code target/} are for a person to review, since this set has no quantity gold.
 */
class NewsCorpusQuantitiesIT {

    @Test
    void realNewsRunsCleanlyAndDeterministically() throws Exception {
        Path file = SeedQuantitiesIT.shared().resolve("data/stories/basil-dev.jsonl.gz");
        assumeTrue(Files.isRegularFile(file), "no BASIL articles at " + file);
        List<Article> articles = read(file);
        RuleQuantityExtractor extractor = new RuleQuantityExtractor();
        List<List<Quantity>> first = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Article a : articles) {
            List<Quantity> qs = extractor.extract(AnnotatedArticle.of(a));
            AnnotatedArticle.of(a).withQuantities(qs); // checks every offset and text against the article
            first.add(qs);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Quantity>>> again = new ArrayList<>();
            for (Article a : articles) {
                again.add(pool.submit(() -> extractor.extract(AnnotatedArticle.of(a))));
            }
            for (int k = 0; k < articles.size(); k++) {
                assertThat(again.get(k).get()).isEqualTo(first.get(k));
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> units = new TreeMap<>();
        Map<String, Integer> qualifiers = new TreeMap<>();
        StringBuilder listing = new StringBuilder();
        int total = 0;
        for (int k = 0; k < articles.size(); k++) {
            for (Quantity q : first.get(k)) {
                total++;
                units.merge(q.unit(), 1, Integer::sum);
                qualifiers.merge(q.qualifier().label(), 1, Integer::sum);
                String text = articles.get(k).text();
                String context = text.substring(Math.max(0, q.start() - 50), Math.min(text.length(), q.end() + 30))
                        .replace('\n', ' ');
                listing.append(articles.get(k).id()).append('\t').append(q.text()).append('\t').append(q.value())
                        .append('\t').append(q.unit()).append('\t').append(q.qualifier().label()).append('\t')
                        .append(q.counted()).append('\t').append(context).append('\n');
            }
        }
        Path out = Path.of("target", "basil-quantities.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, listing.toString(), StandardCharsets.UTF_8);
        System.out.printf("[quantities] basil articles=%d quantities=%d (%.1f per article) in %d ms%n",
                articles.size(), total, (double) total / articles.size(), ms);
        System.out.println("[quantities] qualifiers " + qualifiers);
        System.out.println("[quantities] listing in " + out.toAbsolutePath());
        assertThat(total).isGreaterThan(articles.size());
    }

    private static List<Article> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                out.add(new Article(n.get("id").asText(), n.path("outlet").asText(null), null, null, null, "en",
                        n.get("text").asText(), file + ":" + out.size()));
            }
        }
        return out;
    }
}
