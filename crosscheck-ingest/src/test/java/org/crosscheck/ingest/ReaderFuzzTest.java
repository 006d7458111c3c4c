package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of valid JSON lines and text files, plain and gzipped: the reader contract holds on every one,
 * and every line that ends before the first corrupted byte is read exactly as from the valid file.
 */
class ReaderFuzzTest {

    private static final long SEED = 20311015L;
    private static final int ROUNDS = 400;

    @TempDir
    Path dir;

    /** Valid JSON lines and the byte offset where each line ends (after its newline). */
    private record Lines(byte[] bytes, List<Integer> ends, List<Article> articles) {
    }

    private static Lines jsonLines() {
        StringBuilder sb = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        String[] outlets = {"The Valmora Ledger", "Coastline News", "Estrava Daily Wire"};
        for (int i = 0; i < 12; i++) {
            sb.append("{\"id\": \"fz-").append(i).append("\", \"outlet\": \"").append(outlets[i % 3])
                    .append("\", \"published\": \"2031-10-").append(10 + i).append("\", \"title\": \"Harbour story ")
                    .append(i).append("\", \"text\": \"Dockworkers in Valmora met on day ").append(i)
                    .append(". The union said caf\u00e9 owners \u2014 and ferry crews \u2014 backed them.\\n\\nTalks go on.\"}\n");
            ends.add(sb.toString().getBytes(StandardCharsets.UTF_8).length);
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        return new Lines(bytes, ends, null);
    }

    @Test
    void jsonLinesKeepEveryLineBeforeTheCorruption() throws IOException {
        Lines valid = jsonLines();
        Path original = Files.write(dir.resolve("valid.jsonl"), valid.bytes());
        List<Article> expected = ReaderContract.read(new JsonLinesReader(), original, "valid").articles();
        assertThat(expected).hasSize(12);
        Mutator m = new Mutator(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Mutator.Mutation mut = m.next(valid.bytes());
            String what = "seed " + SEED + " round " + round + " (" + mut.kind() + ")";
            Path file = Files.write(dir.resolve("m" + round + ".jsonl"), mut.bytes());
            CollectingSink got = ReaderContract.read(new JsonLinesReader(), file, what);
            for (int i = 0; i < expected.size(); i++) {
                // the line before the cut is kept too, unless the cut removed only its newline
                if (valid.ends().get(i) < mut.firstChange()) {
                    Article e = expected.get(i);
                    assertThat(got.articles()).as(what).anySatisfy(a -> {
                        assertThat(a.id()).isEqualTo(e.id());
                        assertThat(a.text()).isEqualTo(e.text());
                    });
                }
            }
            Files.delete(file);
        }
    }

    @Test
    void gzippedJsonLinesKeepAPrefixOfTheValidArticles() throws IOException {
        Lines valid = jsonLines();
        byte[] gz = Mutator.gzip(valid.bytes());
        Path original = Files.write(dir.resolve("valid.jsonl.gz"), gz);
        List<String> expected = ReaderContract.ids(ReaderContract.read(new JsonLinesReader(), original, "valid"));
        Mutator m = new Mutator(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            Mutator.Mutation mut = m.next(gz);
            String what = "seed " + (SEED + 1) + " round " + round + " (" + mut.kind() + " of the gzip)";
            Path file = Files.write(dir.resolve("m" + round + ".jsonl.gz"), mut.bytes());
            CollectingSink got = ReaderContract.read(new JsonLinesReader(), file, what);
            List<String> ids = ReaderContract.ids(got);
            if (mut.kind().startsWith("truncate")) {
                assertThat(ids.size()).as(what).isLessThanOrEqualTo(expected.size());
                assertThat(expected.subList(0, ids.size())).as(what).isEqualTo(ids);
                if (ids.size() < expected.size()) {
                    assertThat(got.problems()).as(what).isNotEmpty();
                }
            }
            Files.delete(file);
        }
    }

    @Test
    void textFilesNeverThrowAndSayWhatTheyRepaired() throws IOException {
        byte[] valid = ("Ferry crews in Ostrel voted on Tuesday to accept the new contract.\n\n"
                + "Caf\u00e9 owners near the quay said trade had fallen by a third.\n").getBytes(StandardCharsets.UTF_8);
        Mutator m = new Mutator(SEED + 2);
        for (int round = 0; round < ROUNDS; round++) {
            Mutator.Mutation mut = m.next(valid);
            String what = "seed " + (SEED + 2) + " round " + round + " (" + mut.kind() + ")";
            Path file = Files.write(dir.resolve("m" + round + ".txt"), mut.bytes());
            CollectingSink got = ReaderContract.read(new TextFileReader(), file, what);
            assertThat(got.articles().size() + got.problems().size()).as(what).isPositive();
            for (Article a : got.articles()) {
                assertThat(a.text()).as(what).doesNotContain("\u0000");
            }
            Files.delete(file);
        }
    }
}
