package org.crosscheck.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.CollectingSink;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.ingest.ReadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFileReaderTest {

    @TempDir
    Path dir;

    private final HtmlFileReader reader = new HtmlFileReader();

    private final CollectingSink sink = new CollectingSink();
    private final List<Article> articles = sink.articles();
    private final List<ReadProblem> problems = sink.problems();

    @Test
    void acceptsPageEndings() {
        assertThat(reader.accepts(Path.of("a.html"))).isTrue();
        assertThat(reader.accepts(Path.of("a.HTM"))).isTrue();
        assertThat(reader.accepts(Path.of("a.html.gz"))).isTrue();
        assertThat(reader.accepts(Path.of("a.txt"))).isFalse();
        assertThat(reader.accepts(Path.of("a.jsonl.gz"))).isFalse();
        assertThat(reader.accepts(Path.of(".html"))).isFalse();
    }

    @Test
    void readsAPageWithItsMetadata() throws IOException {
        Path file = write("dock-strike.html", Pages.article().getBytes(StandardCharsets.UTF_8));
        reader.read(file, Manifest.EMPTY, sink);
        assertThat(problems).isEmpty();
        Article a = articles.get(0);
        assertThat(a.id()).isEqualTo("dock-strike");
        assertThat(a.text()).isEqualTo(String.join("\n\n", Pages.PARAGRAPHS));
        assertThat(a.title()).isEqualTo("Dock workers to strike in Valmora");
        assertThat(a.outlet()).isEqualTo("The Valmora Courier");
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 10, 14));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.url()).isEqualTo("https://courier.example/news/dock-strike");
        assertThat(a.origin()).isEqualTo(file.toString());
    }

    @Test
    void manifestOverridesThePageFieldByField() throws IOException {
        Path file = write("dock-strike.htm", Pages.article().getBytes(StandardCharsets.UTF_8));
        Manifest manifest = new Manifest(Map.of("dock-strike.htm",
                new Manifest.Entry("Courier Weekly", LocalDate.of(2031, 10, 16), null, null)));
        reader.read(file, manifest, sink);
        Article a = articles.get(0);
        assertThat(a.outlet()).isEqualTo("Courier Weekly");
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 10, 16));
        assertThat(a.title()).isEqualTo("Dock workers to strike in Valmora");
        assertThat(a.url()).isEqualTo("https://courier.example/news/dock-strike");
    }

    @Test
    void readsGzippedPages() throws IOException {
        Path file = write("dock-strike.html.gz", gzip(Pages.article().getBytes(StandardCharsets.UTF_8)));
        reader.read(file, Manifest.EMPTY, sink);
        assertThat(problems).isEmpty();
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("dock-strike"));
    }

    @Test
    void truncatedGzipIsReportedAndWhatArrivedIsKept() throws IOException {
        byte[] whole = gzip(Pages.article().getBytes(StandardCharsets.UTF_8));
        Path file = write("cut.html.gz", Arrays.copyOf(whole, whole.length - 40));
        reader.read(file, Manifest.EMPTY, sink);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.message()).contains("compressed data ends early");
        });
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.text()).contains(Pages.PARAGRAPHS[0]));
    }

    @Test
    void notGzipAtAllIsOneProblem() throws IOException {
        reader.read(write("fake.html.gz", "<html>plain</html>".getBytes(StandardCharsets.UTF_8)), Manifest.EMPTY,
                sink);
        assertThat(problems).hasSize(1);
        assertThat(articles).isEmpty();
    }

    @Test
    void declaredSingleByteCharsetIsHonoured() throws IOException {
        String html = Pages.article().replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=iso-8859-1\">").replace("Ilse Marren", "Ilse Mårén");
        reader.read(write("latin.html", html.getBytes(Charset.forName("windows-1252"))), Manifest.EMPTY, sink);
        assertThat(problems).isEmpty();
        assertThat(articles.get(0).text()).contains("Ilse Mårén");
    }

    @Test
    void metaCharsetAndByteOrderMarks() throws IOException {
        String html = Pages.article().replace("utf-8", "windows-1251").replace("Ilse Marren", "Ильза Маррен");
        reader.read(write("cyrillic.html", html.getBytes(Charset.forName("windows-1251"))), Manifest.EMPTY, sink);
        assertThat(articles.get(0).text()).contains("Ильза Маррен");

        byte[] utf16 = Pages.article().replace("Ilse Marren", "Ilse Mårén").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        reader.read(write("utf16.html", withBom), Manifest.EMPTY, sink);
        assertThat(articles.get(1).text()).contains("Ilse Mårén");
        assertThat(problems).isEmpty();
    }

    @Test
    void undeclaredLatin1IsRepairedAndReported() throws IOException {
        String html = Pages.article().replace("<meta charset=\"utf-8\">", "").replace("Ilse Marren", "Ilse Mårén");
        reader.read(write("undeclared.html", html.getBytes(Charset.forName("windows-1252"))), Manifest.EMPTY, sink);
        assertThat(articles.get(0).text()).contains("Ilse Mårén");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("windows-1252"));
    }

    @Test
    void binaryAndEmptyPagesAreProblems() throws IOException {
        reader.read(write("image.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}), Manifest.EMPTY, sink);
        reader.read(write("index.html", "<html><body><nav><a href=/>Home</a></nav></body></html>"
                .getBytes(StandardCharsets.UTF_8)), Manifest.EMPTY, sink);
        reader.read(write("empty.html", new byte[0]), Manifest.EMPTY, sink);
        assertThat(articles).isEmpty();
        assertThat(problems).extracting(ReadProblem::message)
                .containsExactly("binary content, not a web page", "no article text", "no article text");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
