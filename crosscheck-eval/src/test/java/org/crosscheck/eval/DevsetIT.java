package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks our BASIL annotations against the texts they were made on, in ../shared. */
class DevsetIT {

    static final Path ANNOTATIONS = Path.of("src", "test", "resources", "devsets", "basil-12.json");

    static Path basil() {
        String p = System.getProperty("crosscheck.shared");
        Path shared = p != null ? Path.of(p) : Path.of("..", "..", "shared");
        return shared.resolve("data").resolve("stories").resolve("basil-dev.jsonl.gz");
    }

    @Test
    void everyAnnotationFitsItsText() throws IOException {
        Path basil = basil();
        assumeTrue(Files.isRegularFile(basil), "no " + basil);
        Devset set = Devset.read(ANNOTATIONS);
        Map<String, String> texts = set.texts(basil);
        assertThat(texts).as("articles whose text still has the annotated checksum").hasSize(12);
        int entities = 0;
        int figures = 0;
        List<String> bad = new ArrayList<>();
        for (Devset.Doc d : set.docs()) {
            String text = texts.get(d.id());
            List<Devset.Range> spans = new ArrayList<>();
            d.entities().forEach(e -> spans.add(e.span()));
            d.figures().forEach(f -> spans.add(f.span()));
            spans.addAll(d.ignoreEntities());
            spans.addAll(d.ignoreFigures());
            for (Devset.Range r : spans) {
                if (r.end() > text.length() || !wordEdge(text, r.start()) || !wordEdge(text, r.end())
                        || Character.isWhitespace(text.charAt(r.start()))
                        || Character.isWhitespace(text.charAt(r.end() - 1))) {
                    bad.add(d.key() + " " + r);
                }
            }
            entities += d.entities().size();
            figures += d.figures().size();
        }
        assertThat(bad).isEmpty();
        assertThat(entities).isEqualTo(556);
        assertThat(figures).isEqualTo(101);
        assertThat(set.docs().stream().map(Devset.Doc::story).distinct()).hasSize(4);
    }

    /** A span edge never cuts a word in two. */
    private static boolean wordEdge(String text, int i) {
        if (i == 0 || i == text.length()) {
            return true;
        }
        return !(Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i)));
    }
}
