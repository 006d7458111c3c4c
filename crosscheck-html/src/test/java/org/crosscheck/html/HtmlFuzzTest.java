package org.crosscheck.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.Mutator;
import org.crosscheck.ingest.PageExtractor;
import org.crosscheck.ingest.ReaderContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded mutations of a valid page, plain and gzipped: the reader contract holds and the extractor never throws. */
class HtmlFuzzTest {

    private static final long SEED = 20311016L;
    private static final int ROUNDS = 80;

    static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge shut to lorries</title>
            <meta property="og:site_name" content="The Valmora Ledger">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge shut to lorries",
             "datePublished": "2031-10-15", "articleBody": "Engineers closed the Marren bridge to lorries."}</script>
            </head><body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
            <article><h1>Bridge shut to lorries</h1>
            <p>Engineers closed the Marren bridge to lorries on Wednesday after cracks were found in two beams.</p>
            <p>The city council said cars could still cross while repairs, expected to take six weeks, were planned.</p>
            <p>Local traders warned that the detour through the industrial district would add forty minutes.</p>
            </article><aside>Most read: <a href="/x">Fish market to move</a></aside>
            <footer>&copy; The Valmora Ledger</footer></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void mutatedPagesAreReadOrReportedNeverThrown() throws IOException {
        byte[] valid = PAGE.getBytes(StandardCharsets.UTF_8);
        HtmlFileReader reader = new HtmlFileReader();
        assertThat(ReaderContract.read(reader, Files.write(dir.resolve("valid.html"), valid), "valid").articles())
                .hasSize(1);
        Mutator m = new Mutator(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Mutator.Mutation mut = m.next(valid);
            String what = "seed " + SEED + " round " + round + " (" + mut.kind() + ")";
            Path file = Files.write(dir.resolve("m" + round + ".html"), mut.bytes());
            CollectingSink got = ReaderContract.read(reader, file, what);
            assertThat(got.articles().size() + got.problems().size()).as(what).isPositive();
            Files.delete(file);
        }
    }

    @Test
    void mutatedGzipPagesAreReadOrReportedNeverThrown() throws IOException {
        byte[] gz = Mutator.gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        HtmlFileReader reader = new HtmlFileReader();
        Mutator m = new Mutator(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            Mutator.Mutation mut = m.next(gz);
            String what = "seed " + (SEED + 1) + " round " + round + " (" + mut.kind() + " of the gzip)";
            Path file = Files.write(dir.resolve("m" + round + ".html.gz"), mut.bytes());
            CollectingSink got = ReaderContract.read(reader, file, what);
            assertThat(got.articles().size() + got.problems().size()).as(what).isPositive();
            Files.delete(file);
        }
    }

    @Test
    void theExtractorReturnsAPageOrNothingOnAnyText() {
        PageExtractor extractor = new JsoupPageExtractor();
        byte[] valid = PAGE.getBytes(StandardCharsets.UTF_8);
        Mutator m = new Mutator(SEED + 2);
        for (int round = 0; round < ROUNDS; round++) {
            Mutator.Mutation mut = m.next(valid);
            String what = "seed " + (SEED + 2) + " round " + round + " (" + mut.kind() + ")";
            Optional<PageExtractor.Page> page;
            try {
                page = extractor.extract(new String(mut.bytes(), StandardCharsets.UTF_8), "https://ledger.example/b");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("extractor threw on " + what + ": " + e, e);
            }
            page.ifPresent(p -> assertThat(p.text()).as(what).isNotBlank());
        }
    }
}
