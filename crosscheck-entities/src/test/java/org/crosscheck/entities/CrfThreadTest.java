package org.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.EntityMention;
import org.junit.jupiter.api.Test;

/** One shared recogniser, many threads: each must get exactly the single-threaded result. */
class CrfThreadTest {
    private static final List<String> TEXTS = List.of(
            "Mayor Ilsa Brannock of Port Selwyn met Taras Zarinsky in Velmora on Monday.",
            "The Harbor Times reported that Norland sent Falcon Lance missiles to Ostrava.",
            "Officials at the Northern Defense Pact (NDP) said Dan Holt would resign.",
            "Brannock told The Daily Lantern that Zarinsky had left for Marlowe City.");

    @Test
    void concurrentTaggingMatchesSequential() throws Exception {
        CrfEntityRecognizer recognizer = new CrfEntityRecognizer();
        List<List<EntityMention>> expected = new ArrayList<>();
        for (String t : TEXTS) {
            expected.add(recognizer.recognize(Docs.of("s", t)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int k = i % TEXTS.size();
                AnnotatedArticle d = Docs.of("s", TEXTS.get(k));
                results.add(pool.submit(() -> recognizer.recognize(d).equals(expected.get(k))));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).allSatisfy(ms -> assertThat(ms).isNotEmpty());
    }
}
