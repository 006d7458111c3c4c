package org.crosscheck.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.BadInputFiles;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.ReadProblem;
import org.crosscheck.ingest.ReaderContract;
import org.junit.jupiter.api.Test;

/** What each named kind of bad page gives. */
class BadPageTest {

    private static CollectingSink read(String name) {
        Path file = BadInputFiles.folder(BadInputCorpusTest.class).resolve(name);
        return ReaderContract.read(new HtmlFileReader(), file, name);
    }

    private static List<String> messages(CollectingSink s) {
        return s.problems().stream().map(ReadProblem::message).toList();
    }

    @Test
    void pagesWithoutABodyOrTextAreOneProblemEach() {
        for (String name : List.of("no-body.html", "empty-body.html", "empty.html", "script-only.html")) {
            CollectingSink got = read(name);
            assertThat(got.articles()).as(name).isEmpty();
            assertThat(messages(got)).as(name).containsExactly("no article text");
        }
    }

    @Test
    void binaryIsRefused() {
        assertThat(messages(read("binary.html"))).containsExactly("binary content, not a web page");
    }

    @Test
    void latin1PagesDecodeWithOrWithoutADeclaration() {
        assertThat(read("latin1-declared.html").articles()).singleElement().extracting(Article::text).asString()
                .contains("at the caf\u00e9");
        CollectingSink undeclared = read("latin1-undeclared.htm");
        assertThat(undeclared.articles()).singleElement().extracting(Article::text).asString()
                .contains("near Mal\u00f6.");
        assertThat(messages(undeclared)).singleElement().asString().contains("read as windows-1252");
        assertThat(read("utf16.html").articles()).singleElement().extracting(Article::title)
                .isEqualTo("Ferry resumes after storm");
    }

    @Test
    void aTruncatedGzipKeepsTheOpeningOfThePage() {
        CollectingSink got = read("truncated.html.gz");
        assertThat(got.problems()).first().extracting(ReadProblem::position).asString().startsWith("byte ");
        assertThat(messages(got).get(0)).startsWith("compressed data ends early or is corrupt");
    }

    @Test
    void deepNestingAndUnclosedTagsStillGiveTheText() {
        assertThat(read("deep-nesting.html").articles()).singleElement().extracting(Article::text).asString()
                .contains("Marren bridge closed to lorries");
        assertThat(read("unclosed-tags.html").articles()).singleElement().extracting(Article::text).asString()
                .contains("eastern quay").contains("Stallholders");
    }
}
