package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.pipeline.Clustering;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.render.BriefJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-duplicate copies through the service ({@link Fixtures#copies()}), as through the command line: a copy posted
 * under another outlet joins its original's story, its article says what it copies, and the brief does not count it
 * as a second independent source. The served brief is the one {@link Pipeline#cluster} and {@link Pipeline#brief}
 * make of the same articles, before and after a restart, and a copy that arrives after a restart is marked too.
 */
class DuplicatesIT {
    private static final String KEY = "test-key-duplicates-0123456789";

    private static CrosscheckServer serve(Library library) {
        return CrosscheckServer.start(library, ServeConfig.local(0, ApiKeys.of(List.of(KEY)))
                .withLimits(Limits.defaults().withRates(0, 0)));
    }

    private static void submit(Http http, Article a) {
        HttpResponse<String> r = http.post("/v1/articles", "application/json", ApiIT.json(a), "X-Api-Key", KEY);
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 202);
    }

    @Test
    void aCopySubmittedThroughTheApiIsMarkedAndNotCountedTwice() {
        List<Article> copies = Fixtures.copies();
        try (CrosscheckServer server = serve(Fixtures.library())) {
            Http http = new Http(server.port());
            submit(http, copies.get(0));
            submit(http, copies.get(1));
            assertServedAsTheCommandLine(http, copies.subList(0, 2));
        }
    }

    @Test
    void aRestartKeepsCopiesMarkedAndMarksACopyThatComesAfter(@TempDir Path data) {
        List<Article> copies = Fixtures.copies();
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.pipeline());
             CrosscheckServer server = serve(library)) {
            Http http = new Http(server.port());
            submit(http, copies.get(0));
            submit(http, copies.get(1));
        }
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.pipeline());
             CrosscheckServer server = serve(library)) {
            assertThat(library.restored().mismatches()).isEmpty();
            Http http = new Http(server.port());
            assertServedAsTheCommandLine(http, copies.subList(0, 2));
            submit(http, copies.get(2));
            assertServedAsTheCommandLine(http, copies);
        }
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.pipeline());
             CrosscheckServer server = serve(library)) {
            assertThat(library.restored().mismatches()).isEmpty();
            assertServedAsTheCommandLine(new Http(server.port()), copies);
        }
    }

    /**
     * The first article is the original and every later one its copy, in one story whose served brief counts one
     * independent source and is the command line's brief of the same articles.
     */
    private static void assertServedAsTheCommandLine(Http http, List<Article> articles) {
        String original = articles.get(0).id();
        JsonNode first = Http.json(http.get("/v1/articles/" + original));
        String story = first.get("story").asText();
        assertThat(first.get("duplicate_of").isNull()).as("the original copies nothing").isTrue();
        Map<String, String> expectedCopyOf = new LinkedHashMap<>();
        expectedCopyOf.put(original, "null");
        for (Article copy : articles.subList(1, articles.size())) {
            JsonNode a = Http.json(http.get("/v1/articles/" + copy.id()));
            assertThat(a.get("story").asText()).as(copy.id()).isEqualTo(story);
            assertThat(a.get("duplicate_of").asText()).as(copy.id()).isEqualTo(original);
            expectedCopyOf.put(copy.id(), original);
        }
        JsonNode brief = Http.json(http.get("/v1/stories/" + story + "/brief"));
        Map<String, String> copyOf = new LinkedHashMap<>();
        brief.get("sources").forEach(s -> copyOf.put(s.get("article").asText(), s.get("duplicate_of").asText()));
        assertThat(copyOf).isEqualTo(expectedCopyOf);
        List<String> statuses = new ArrayList<>();
        brief.get("claims").forEach(c -> statuses.add(c.get("status").asText()));
        assertThat(statuses).as("one text told by several outlets is one source").isNotEmpty()
                .doesNotContain("corroborated");
        assertThat(brief).isEqualTo(commandLineBrief(articles));
    }

    /** What {@code crosscheck brief --format jsonl} writes for the articles: their one story's brief. */
    private static JsonNode commandLineBrief(List<Article> articles) {
        Pipeline pipeline = Fixtures.pipeline();
        List<String> problems = new ArrayList<>();
        List<AnnotatedArticle> docs = pipeline.annotate(articles, p -> problems.add(p.toString()), () -> { });
        Clustering clustering = pipeline.cluster(docs);
        List<Brief> briefs = pipeline.brief(docs, clustering, p -> problems.add(p.toString()));
        assertThat(problems).isEmpty();
        assertThat(briefs).hasSize(1);
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        try {
            return Http.MAPPER.readTree(Responses.write(BriefJson.story(briefs.get(0), byId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
