package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.serve.ApiIT.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search through the store's full-text index on a store-backed server: snippets come back as plain text in JSON and
 * escaped on the page, and results page by offset.
 */
class StoredSearchIT {

    @Test
    void searchUsesTheStoreWithEscapedSnippetsAndOffsetPages(@TempDir Path data) {
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.pipeline());
             CrosscheckServer server = CrosscheckServer.start(library, ServeConfig.local(0, ApiKeys.none())
                     .withLimits(Limits.defaults().withRates(0, 0)))) {
            library.submit(Fixtures.ferry());
            library.submit(Fixtures.library2());
            library.submit(List.of(Fixtures.hostile()));
            Http http = new Http(server.port());

            // a word only the hostile article's body holds: found by the store, not by a story headline
            JsonNode r = Http.json(http.get("/v1/search?q=councillor+voted"));
            assertThat(r.get("stories")).hasSize(1);
            JsonNode match = r.get("stories").get(0).get("match");
            assertThat(match.get("article").asText()).isEqualTo("hostile-1");
            String snippet = match.get("snippet").asText();
            assertThat(snippet).contains("voted"); // plain text: whatever the article holds, unescaped
            assertThat(snippet).doesNotContain("&lt;").doesNotContain("&amp;");
            JsonNode first = match.get("matches").get(0);
            assertThat(snippet.substring(first.get("start").asInt(), first.get("end").asInt()).toLowerCase())
                    .isIn("councillor", "voted");
            assertThat(r.get("next_offset").isNull()).isTrue();

            // the text around "alert" is markup in the article: the page shows it as words, never as markup
            String page = http.get("/search?q=alert+council").body();
            assertThat(page).contains("class=\"snippet\"").contains("<mark>").doesNotContain("<script>alert")
                    .doesNotContain("<img src=x");
            JsonNode hostile = Http.json(http.get("/v1/search?q=alert+council"));
            assertThat(hostile.get("stories").get(0).get("match").get("snippet").asText()).contains("<");

            // the ferry story has three matching articles: one article hit a page, folded into its story
            List<String> seen = new ArrayList<>();
            JsonNode p1 = Http.json(http.get("/v1/search?q=ferry&limit=1"));
            assertThat(p1.get("stories")).hasSize(1);
            assertThat(p1.get("next_offset").asInt()).isEqualTo(1);
            seen.add(p1.get("stories").get(0).get("id").asText());
            HttpResponse<String> p2 = http.get("/v1/search?q=ferry&limit=1&offset=1");
            assertThat(p2.headers().firstValue("Link").orElse("")).contains("offset=2");
            assertThat(Http.json(p2).get("offset").asInt()).isEqualTo(1);
            assertThat(http.get("/search?q=ferry").body()).contains("Lake Orvin");
            assertError(http.get("/v1/search?q=ferry&offset=-1"), 400, "bad_request", "offset");
            assertError(http.get("/v1/search?q=ferry&offset=99999"), 400, "bad_request", "offset");
            assertThat(Http.json(http.get("/v1/search?q=%22unclosed+phrase")).get("stories")).isNotNull();
            assertThat(seen).hasSize(1);
        }
    }
}
