package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's contract: help everywhere, exit codes, output files. Runs no model. */
class CliTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"extract", "annotate", "cluster", "stories", "brief"})
    void everyCommandHasHelp(String command) {
        CliRunner.Result r = CliRunner.run(command, "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: crosscheck " + command).contains("--manifest").contains("--format")
                .contains("--out");
    }

    @Test
    void pagesAndFeedsAreReadByTheirEnding() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(dir.resolve("page.html"), "<html lang=\"en\"><head><title>Ferry returns | Harbour Gazette"
                + "</title><meta property=\"article:published_time\" content=\"2031-03-02T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Ferry returns</h1>"
                + "<p>The Ostrel ferry returned to service on Monday after a two-week repair, the harbour office said."
                + "</p><p>Passengers queued from dawn, and the first crossing left on time with every seat taken.</p>"
                + "</article><footer>Copyright Harbour Gazette</footer></body></html>");
        Files.writeString(dir.resolve("news.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Tide Radio</title><item><title>Bridge closed</title><link>https://example.org/b</link>"
                + "<guid>b1</guid><pubDate>Tue, 04 Mar 2031 08:00:00 GMT</pubDate><description>The Velmora bridge "
                + "closed for inspection on Tuesday.</description></item></channel></rss>");
        Path out = tmp.resolve("mixed.jsonl");
        CliRunner.Result r = CliRunner.run("extract", dir.toString(), "--out", out.toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        var lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        JsonNode feed = json.readTree(lines.get(0));
        assertThat(feed.get("outlet").asText()).isEqualTo("Tide Radio");
        assertThat(feed.get("published").asText()).isEqualTo("2031-03-04");
        JsonNode page = json.readTree(lines.get(1));
        assertThat(page.get("id").asText()).isEqualTo("page");
        assertThat(page.get("published").asText()).isEqualTo("2031-03-02");
        assertThat(page.get("text").asText()).contains("Ostrel ferry returned").doesNotContain("Copyright")
                .doesNotContain("Home");
    }

    @Test
    void anOutputThatIsAPipeIsWrittenIntoNotReplaced() throws Exception {
        // as /dev/null or /dev/stdout would be: moving a finished file over them would replace the device
        Path fifo = tmp.resolve("out.pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"p1\", \"outlet\": \"Harbour Gazette\", \"published\": \"2031-03-02\", "
                + "\"text\": \"The Ostrel ferry returned to service on Monday after a two-week repair.\"}\n");
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRunner.Result r = CliRunner.run("extract", in.toString(), "--out", fifo.toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS)).contains("\"id\":\"p1\"");
        assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anArticleInAnotherLanguageIsKeptLabelledAndSaysWhatWasSkipped() throws IOException {
        Path f = Files.writeString(tmp.resolve("mixed.jsonl"), "{\"id\": \"de1\", \"text\": \"Die Fähre nach Ostrel "
                + "fährt wieder. Der Hafen meldete am Montag, dass alle Verbindungen wieder planmäßig verkehren und die "
                + "Reparatur der Anlegestelle abgeschlossen ist.\"}\n");
        Path out = tmp.resolve("ann.jsonl");
        CliRunner.Result r = CliRunner.run("annotate", f.toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
        assertThat(n.get("language").asText()).isEqualTo("de");
        assertThat(n.get("entities")).isEmpty();
        assertThat(n.get("skipped").get("stages").toString()).contains("entities").contains("quotes");
        assertThat(r.err()).contains("1 article is not in English");
    }

    @Test
    void evalHasHelpAndNamesWhatIsMissing() {
        assertThat(CliRunner.run("eval", "--help").out()).contains("seeds").contains("clusters");
        assertThat(CliRunner.run("eval").status()).isEqualTo(2);
        CliRunner.Result r = CliRunner.run("eval", "seeds", tmp.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("articles").contains("missing");
    }

    @Test
    void topLevelHelpAndMissingCommand() {
        assertThat(CliRunner.run("--help").out()).contains("annotate").contains("brief").contains("cluster");
        assertThat(CliRunner.run().status()).isEqualTo(2);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRunner.run("annotate").status()).isEqualTo(2);
        assertThat(CliRunner.run("annotate", "--no-such-option", "x.txt").status()).isEqualTo(2);
        CliRunner.Result r = CliRunner.run("extract", "--format", "xml", "x.txt");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format 'xml'");
    }

    @Test
    void nothingReadableExitsOneNamingTheInput() {
        CliRunner.Result r = CliRunner.run("extract", tmp.resolve("missing.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("missing.txt").contains("no such file");
    }

    @Test
    void brokenManifestExitsOneWithPosition() throws IOException {
        Path m = Files.writeString(tmp.resolve("m.json"), "{\"a.txt\": [}");
        Path a = Files.writeString(tmp.resolve("a.txt"), "The Veldra ferry resumed service on Monday.");
        CliRunner.Result r = CliRunner.run("extract", a.toString(), "--manifest", m.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("m.json:line 1");
    }

    @Test
    void extractWritesJsonLinesToAFileAndKeepsGoingPastBadInput() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("good.txt"), "Ferries to Ostrel resumed on Monday after a two-day stop.");
        Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("more.jsonl"), "{\"id\": \"j1\", \"text\": \"A second story.\", "
                + "\"outlet\": \"Harbour Gazette\", \"published\": \"2031-02-03\"}\nnot json\n");
        Path out = tmp.resolve("out/extract.jsonl");
        CliRunner.Result r = CliRunner.run("extract", dir.toString(), "--out", out.toString(), "-q");
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("bad.txt").contains("binary").contains("more.jsonl:line 2");
        ObjectMapper json = new ObjectMapper();
        var lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("good");
        assertThat(first.has("language")).isTrue();
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("published").asText()).isEqualTo("2031-02-03");
        assertThat(second.get("outlet").asText()).isEqualTo("Harbour Gazette");
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("extract.jsonl");
        }
    }
}
