package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store-backed library: what was submitted is there again, with the same stories, after a restart. */
class StoredLibraryIT {

    @Test
    void storiesSurviveARestart(@TempDir Path data) {
        String story;
        List<StoryEntry> before;
        org.crosscheck.api.Brief brief;
        org.crosscheck.api.AnnotatedArticle article;
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.pipeline())) {
            Submission s = library.submit(Fixtures.ferry());
            assertThat(s.accepted()).hasSize(3);
            library.submit(Fixtures.library2());
            story = library.storyOf("orvin-gazette-1").orElseThrow();
            before = library.stories(null, null, 10).stories();
            brief = library.story(story).orElseThrow().brief();
            article = library.article("saltby-post-1").orElseThrow();
        }
        assertThat(Files.exists(data.resolve("crosscheck.db"))).isTrue();
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.pipeline())) {
            assertThat(library.stats().articles()).isEqualTo(4);
            assertThat(library.stories(null, null, 10).stories()).isEqualTo(before);
            assertThat(library.storyOf("saltby-post-1")).hasValue(story);
            // rebuilt after the open (by whoever comes first: this reader or the background), as it was
            assertThat(library.article("saltby-post-1")).hasValue(article);
            assertThat(library.story(story).orElseThrow().brief()).isEqualTo(brief);
            assertThat(library.story(story).orElseThrow().brief().claims()).isNotEmpty();
            Submission again = library.submit(Fixtures.ferry());
            assertThat(again.accepted()).isEmpty();
            assertThat(again.known()).hasSize(3);
        }
    }

    /**
     * Articles that arrive out of publication order (the follow-up first) make a story whose id comes from the
     * follow-up; clustering everything again in publication order would name it after the earliest article. A
     * restart must keep the stored ids and memberships as they are, list no other story, and still cluster a new
     * article into the restored story (the clusterer's index is warmed with it).
     */
    @Test
    void storyIdsAndMembersAreUnchangedByRestartsAfterOutOfOrderSubmissions(@TempDir Path data) {
        List<Article> ferry = Fixtures.ferry();
        Map<String, String> storyOf = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        List<StoryEntry> listed;
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.pipeline())) {
            library.submit(List.of(ferry.get(2)));
            library.submit(Fixtures.library2());
            library.submit(List.of(ferry.get(1)));
            library.submit(List.of(ferry.get(0)));
            for (String id : List.of("lakes-wire-1", "brask-herald-1", "saltby-post-1", "orvin-gazette-1")) {
                storyOf.put(id, library.storyOf(id).orElseThrow());
            }
            listed = library.stories(null, null, 10).stories();
            listed.forEach(e -> members.put(e.id(), membersOf(library, e.id())));
        }
        assertThat(storyOf.get("orvin-gazette-1")).isEqualTo(storyOf.get("lakes-wire-1"));
        for (int restart = 1; restart <= 2; restart++) {
            try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.pipeline())) {
                assertThat(library.restored().mismatches()).as("restart " + restart).isEmpty();
                assertThat(library.restored().articles()).isEqualTo(4);
                storyOf.forEach((article, story) -> assertThat(library.storyOf(article)).as(article).hasValue(story));
                assertThat(library.stories(null, null, 10).stories()).isEqualTo(listed);
                assertThat(library.stats().stories()).isEqualTo(listed.size());
                assertThat(library.stats().briefsPending()).isBetween(0, listed.size());
                members.forEach((story, ids) -> assertThat(membersOf(library, story)).isEqualTo(ids));
                // reading every story above rebuilt each brief that was still pending
                assertThat(library.stats().briefsPending()).as("restart " + restart).isZero();
            }
        }
        try (StoredLibrary library = StoredLibrary.open(null, data, Fixtures.pipeline())) {
            Submission later = library.submit(List.of(new Article("orvin-gazette-2", "Orvin Gazette",
                    Fixtures.DAY2, null, "Lake Orvin ferry cleared by inspectors after engine fire", null, """
                    The Lake Orvin ferry was cleared by inspectors on Tuesday and will resume service on Friday, the \
                    harbour office said, after an engine fire forced the crew to evacuate 120 passengers.

                    Harbour master Edda Lunn said the ferry carries about 900 commuters a day between Orvin and \
                    Saltby.""", "test")));
            assertThat(later.stories()).containsExactly(storyOf.get("lakes-wire-1"));
        }
    }

    private static List<String> membersOf(Library library, String story) {
        return new ArrayList<>(library.story(story).orElseThrow().articles().keySet());
    }
}
