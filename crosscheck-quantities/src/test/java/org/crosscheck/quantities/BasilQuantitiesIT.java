package org.crosscheck.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Quantity;
import org.crosscheck.eval.Devset;
import org.crosscheck.eval.QuantityScorer;
import org.junit.jupiter.api.Test;

/**
 * Quantities on twelve BASIL articles (4 events x 3 outlets) in which we annotated every quantity
 * (crosscheck-eval/src/test/resources/devsets/GUIDELINES.md): detection by overlapping and by exact span, and the
 * value, unit and qualifier of each one found. {@code -Dcrosscheck.verbose=true} lists every error with its text.
 */
class BasilQuantitiesIT {

    static final Path ANNOTATIONS = Path.of("..", "crosscheck-eval", "src", "test", "resources", "devsets",
            "basil-12.json");

    static Path shared() {
        String p = System.getProperty("crosscheck.shared");
        return p != null ? Path.of(p) : Path.of("..", "..", "shared");
    }

    @Test
    void quantitiesAgainstOurAnnotations() throws IOException {
        Path basil = shared().resolve("data").resolve("stories").resolve("basil-dev.jsonl.gz");
        assumeTrue(Files.isRegularFile(basil) && Files.isRegularFile(ANNOTATIONS), "no " + basil);
        Devset gold = Devset.read(ANNOTATIONS);
        Map<String, String> texts = gold.texts(basil);
        assumeTrue(texts.size() == gold.docs().size(), "BASIL texts changed since they were annotated");
        RuleQuantityExtractor extractor = new RuleQuantityExtractor();
        List<QuantityScorer.Predicted> predicted = new ArrayList<>();
        for (Devset.Doc d : gold.docs()) {
            AnnotatedArticle doc = AnnotatedArticle.of(new Article(d.id(), d.outlet(), null, null, null, "en",
                    texts.get(d.id()), "basil"));
            for (Quantity q : extractor.extract(doc)) {
                predicted.add(new QuantityScorer.Predicted(d.id(), q.start(), q.end(), q.value(), q.unit(),
                        q.qualifier().label()));
            }
        }
        QuantityScorer.Report r = QuantityScorer.score(gold, predicted);
        System.out.println("[quantities] BASIL-12\n" + r);
        if (Boolean.getBoolean("crosscheck.verbose")) {
            for (String e : r.errors()) {
                System.out.println("  " + withText(e, gold, texts));
            }
        }
        // measured 2026-11-21: lenient P 1.000 R .861 F1 .926, exact-span F1 .883; of 87 found value 1.000, unit
        // 1.000, qualifier .989 (before the partitive, hyphened-unit, mixed-range, "-men" plural and quoted-label
        // rules: lenient R .743 F1 .852)
        assertThat(r.lenient().precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(r.lenient().recall()).isGreaterThanOrEqualTo(0.86);
        assertThat(r.exact().f1()).isGreaterThanOrEqualTo(0.88);
        assertThat(r.valueAccuracy()).isGreaterThanOrEqualTo(0.99);
        assertThat(r.unitAccuracy()).isGreaterThanOrEqualTo(0.99);
        assertThat(r.allAccuracy()).isGreaterThanOrEqualTo(0.98);
    }

    /** An error line with the covered text appended, looked up from the article (never stored). */
    private static String withText(String error, Devset gold, Map<String, String> texts) {
        String[] parts = error.split(" ");
        for (String p : parts) {
            if (p.matches("\\d+-\\d+")) {
                int s = Integer.parseInt(p.substring(0, p.indexOf('-')));
                int e = Integer.parseInt(p.substring(p.indexOf('-') + 1));
                String id = gold.docs().stream().filter(d -> d.key().equals(parts[0])).findFirst().orElseThrow().id();
                return error + " [" + texts.get(id).substring(s, e) + "]";
            }
        }
        return error;
    }
}
