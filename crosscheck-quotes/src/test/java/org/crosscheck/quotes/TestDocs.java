package org.crosscheck.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;

/** Builds test articles, bare or with the stand-in sentence split and name finder of {@link StandInAnnotator}. */
final class TestDocs {

    private TestDocs() {
    }

    static Path shared() {
        String p = System.getProperty("crosscheck.shared");
        Path dir = p != null ? Path.of(p) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "..", "shared");
        }
        return dir;
    }

    static AnnotatedArticle bare(String text) {
        return AnnotatedArticle.of(new Article("t", null, null, null, null, "en", text, "test"));
    }

    /** Stand-in sentences and capitalised names: {@link StandInAnnotator}, shared with {@link PolnearBenchmark}. */
    static AnnotatedArticle annotated(String id, String text) {
        return StandInAnnotator.annotate(id, text);
    }
}
