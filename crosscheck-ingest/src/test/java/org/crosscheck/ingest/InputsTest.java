package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.api.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    private final Inputs inputs = Inputs.withDefaultReaders();

    @Test
    void readsTextFilesWithManifestMetadata() throws IOException {
        Files.writeString(dir.resolve("a1.txt"), "The Veldra harbour reopened on Monday.\n");
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, """
                {"a1.txt": {"outlet": "Harbour Gazette", "published": "2031-05-06T08:30:00Z", "url": "https://example.org/a1"}}
                """);
        Inputs.Result r = inputs.readAll(List.of(dir), Manifest.read(manifest));
        assertThat(r.articles()).hasSize(1);
        Article a = r.articles().get(0);
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.outlet()).isEqualTo("Harbour Gazette");
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 5, 6));
        assertThat(a.url()).isEqualTo("https://example.org/a1");
        assertThat(r.summary().skippedFiles()).isEqualTo(1); // manifest.json is not an article
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void malformedJsonLinesAreReportedWithLineAndTheRestKept() throws IOException {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, """
                {"id": "x1", "text": "First story.", "outlet": "Daily Lantern", "published": "2031-01-02"}
                {"id": "x2", "text": "broken
                {"id": "x3", "text": "Third story.", "published": "yesterday"}
                [1, 2]
                {"text": "no id"}
                {"id": "x1", "text": "same id again"}
                {"id": "x4", "text": ["First paragraph.", " ", "Second paragraph."]}
                """);
        Inputs.Result r = inputs.readAll(List.of(f), Manifest.EMPTY);
        assertThat(r.articles()).extracting(Article::id).containsExactly("x1", "x3", "x1~2", "x4");
        assertThat(r.articles().get(3).text()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(r.articles().get(1).published()).isNull();
        assertThat(r.problems()).extracting(ReadProblem::position)
                .anyMatch(p -> p.startsWith("line 2"))
                .contains("line 3", "line 4", "line 5");
        assertThat(r.problems()).anyMatch(p -> p.message().contains("duplicate article id 'x1': read as 'x1~2'"));
        assertThat(r.summary().duplicateIds()).isEqualTo(1);
    }

    @Test
    void truncatedGzipKeepsTheLinesBeforeTheCut() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("{\"id\": \"g").append(i).append("\", \"text\": \"Story number ").append(i)
                    .append(" about the Veldra harbour and its cranes.\"}\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        Path f = dir.resolve("cut.jsonl.gz");
        Files.write(f, Arrays.copyOf(all, all.length * 2 / 3));
        Inputs.Result r = inputs.readAll(List.of(f), Manifest.EMPTY);
        assertThat(r.articles()).isNotEmpty().hasSizeLessThan(200);
        assertThat(r.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("ends early or is corrupt"));
    }

    @Test
    void badFilesAreReportedAndDoNotStopTheRun() throws IOException {
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 0, 5, 6});
        Files.writeString(dir.resolve("empty.txt"), "   \n");
        Files.write(dir.resolve("latin.txt"), "Caf\u00e9 owners in Veldra protested.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("good.txt"), "The ferry resumed service.");
        Path pdf = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-notes.pdf"), "%PDF");
        Inputs.Result r = inputs.readAll(List.of(dir, dir.resolve("missing.txt"), pdf),
                Manifest.EMPTY);
        assertThat(r.articles()).extracting(Article::id).containsExactly("good", "latin");
        assertThat(r.articles().get(1).text()).isEqualTo("Caf\u00e9 owners in Veldra protested.");
        assertThat(r.problems()).extracting(ReadProblem::message)
                .anyMatch(m -> m.contains("binary"))
                .anyMatch(m -> m.contains("empty file"))
                .anyMatch(m -> m.contains("windows-1252"))
                .anyMatch(m -> m.contains("no such file"))
                .anyMatch(m -> m.contains("unsupported file type"));
    }

    @Test
    void brokenManifestNamesFileAndLine() throws IOException {
        Path manifest = dir.resolve("m.json");
        Files.writeString(manifest, "{\n  \"a.txt\": {\"outlet\": \"X\",}\n}");
        assertThatThrownBy(() -> Manifest.read(manifest))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("m.json:line 2");
        Files.writeString(manifest, "{\"a.txt\": {\"published\": \"soon\"}}");
        assertThatThrownBy(() -> Manifest.read(manifest)).hasMessageContaining("'soon'");
    }

    @Test
    void mixedUtf8KeepsValidTextAndWarns() {
        byte[] good = "Minister Aldo Ra\u0161k said the bridge would open.".getBytes(StandardCharsets.UTF_8);
        byte[] mixed = Arrays.copyOf(good, good.length + 1);
        mixed[mixed.length - 1] = (byte) 0xff;
        TextDecoder.Decoded d = TextDecoder.decode(mixed);
        assertThat(d.text()).startsWith("Minister Aldo Ra\u0161k said");
        assertThat(d.warning()).contains("invalid UTF-8 from byte " + good.length);
    }
}
