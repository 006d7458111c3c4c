package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories that turn out to be one ({@link Fixtures#merging()}): the server shows the merged story inside the one it
 * went into, still answers for its id, stores the merge with the article that made it, and after a restart serves
 * the same stories and clusters new articles as if it had never stopped.
 */
class StoryMergeIT {

    /** A report in the second words alone, clustered after a restart as without it. */
    private static final Article NEXT = new Article("merge-next", "Daily Lantern", Fixtures.DAY1.plusDays(3), null,
            null, null, Fixtures.SECOND_WORDS + ".", "test");

    private static void submitOneByOne(Library library, List<Article> articles) {
        articles.forEach(a -> library.submit(List.of(a)));
    }

    /** The story of the merged stream, then the story merged into it. */
    private static List<String> storiesOf(Library library) {
        String into = library.storyOf("merge-first").orElseThrow();
        List<String> stories = new ArrayList<>(List.of(into));
        stories.addAll(library.story(into).orElseThrow().mergedFrom());
        assertThat(stories).hasSize(2);
        return stories;
    }

    /** What a reader can see of a library: listing, every story with its articles and merges, every article's story. */
    private static Map<String, Object> seen(Library library, List<String> storyIds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("listing", library.stories(null, null, 100).stories());
        for (String id : storyIds) {
            StoryDossier d = library.story(id).orElseThrow();
            out.put(id, List.of(d.entry(), d.brief(), List.copyOf(d.articles().keySet()), String.valueOf(
                    d.mergedInto()), d.mergedFrom()));
        }
        for (Article a : Fixtures.merging()) {
            out.put(a.id(), library.storyOf(a.id()).orElseThrow());
        }
        return out;
    }

    @Test
    void aMergedStoryIsListedOnceInsideTheStoryItWentIntoAndItsIdStillAnswers() {
        MemoryLibrary library = new MemoryLibrary(Fixtures.mergingPipeline());
        submitOneByOne(library, Fixtures.merging());
        List<String> stories = storiesOf(library);
        String into = stories.get(0);
        String from = stories.get(1);
        try (CrosscheckServer server = CrosscheckServer.start(library, ServeConfig.local(0, ApiKeys.none()))) {
            Http http = new Http(server.port());
            JsonNode listed = Http.json(http.get("/v1/stories")).get("stories");
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("id").asText()).isEqualTo(into);
            assertThat(listed.get(0).get("articles").asInt()).isEqualTo(4);
            assertThat(Http.json(http.get("/v1/health")).get("stories").asInt()).isEqualTo(1);

            JsonNode whole = Http.json(http.get("/v1/stories/" + into));
            assertThat(ids(whole.get("article_list"))).as("in the order they were clustered")
                    .containsExactly("merge-first", "merge-second", "merge-both", "merge-bridge");
            assertThat(whole.get("merged_from").get(0).asText()).isEqualTo(from);
            assertThat(whole.has("merged_into")).isFalse();

            JsonNode merged = Http.json(http.get("/v1/stories/" + from));
            assertThat(merged.get("id").asText()).isEqualTo(from);
            assertThat(merged.get("merged_into").asText()).isEqualTo(into);
            assertThat(ids(merged.get("article_list"))).containsExactly("merge-second", "merge-both");
            assertThat(http.get("/v1/stories/" + from + "/brief").statusCode()).isEqualTo(200);

            assertThat(Http.json(http.get("/v1/articles/merge-second")).get("story").asText()).isEqualTo(into);
            String page = http.get("/stories/" + from).body();
            assertThat(page).contains("<p class=\"merged\">").contains("href=\"/stories/" + into + "\"");
            assertThat(http.get("/?date=" + Fixtures.DAY1.plusDays(1)).body()).contains("/stories/" + into)
                    .doesNotContain("/stories/" + from);
        }
    }

    @Test
    void mergesAreStoredAndARestartServesTheSameStoriesAndClustersAsBefore(@TempDir Path data) {
        MemoryLibrary reference = new MemoryLibrary(Fixtures.mergingPipeline());
        submitOneByOne(reference, Fixtures.merging());
        List<String> stories = storiesOf(reference);
        Map<String, Object> before = seen(reference, stories);

        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.mergingPipeline())) {
            submitOneByOne(library, Fixtures.merging());
            assertThat(seen(library, stories)).isEqualTo(before);
        }
        for (int restart = 1; restart <= 2; restart++) {
            try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.mergingPipeline())) {
                assertThat(library.restored().merges()).as("restart " + restart).isEqualTo(1);
                assertThat(library.restored().mismatches()).as("restart " + restart).isEmpty();
                assertThat(seen(library, stories)).as("restart " + restart).isEqualTo(before);
            }
        }
        // the clustering state is the one the stream built, so a new report is clustered as without the restart
        MemoryLibrary.ClusteringState state = reference.clustering();
        assertThat(state.stories()).as("the merged story left the index").isEqualTo(1);
        assertThat(state.merges()).hasSize(1);
        String expected = reference.submit(List.of(NEXT)).stories().get(0);
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.mergingPipeline())) {
            assertThat(library.clustering()).isEqualTo(state);
            assertThat(library.submit(List.of(NEXT)).stories()).containsExactly(expected);
        }
    }

    @Test
    void storiesRestoredBeforeTheirMergeStillMergeAsWithoutTheRestart(@TempDir Path data) {
        MemoryLibrary reference = new MemoryLibrary(Fixtures.mergingPipeline());
        submitOneByOne(reference, Fixtures.merging());
        List<String> stories = storiesOf(reference);

        List<Article> stream = Fixtures.merging();
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.mergingPipeline())) {
            submitOneByOne(library, stream.subList(0, 3));
        }
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.mergingPipeline())) {
            assertThat(library.restored().merges()).isZero();
            assertThat(library.stories(null, null, 10).stories()).hasSize(2);
            submitOneByOne(library, stream.subList(3, 4));
            assertThat(seen(library, stories)).isEqualTo(seen(reference, stories));
            assertThat(library.clustering()).isEqualTo(reference.clustering());
        }
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.mergingPipeline())) {
            assertThat(library.restored().merges()).isEqualTo(1);
            assertThat(seen(library, stories)).isEqualTo(seen(reference, stories));
            assertThat(library.clustering()).isEqualTo(reference.clustering());
        }
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }
}
