package org.crosscheck.html;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.FileNames;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.ingest.PageExtractor;
import org.crosscheck.ingest.ReadProblem;
import org.crosscheck.ingest.TextDecoder;

/**
 * A saved web page ({@code .html}, {@code .htm}, {@code .html.gz}) is one article: its main text as the
 * {@link PageExtractor} finds it, its id the file name without the ending. Metadata comes from the page and is
 * overridden field by field by the manifest, which the user wrote on purpose. A truncated gzip keeps what arrived
 * (a page cut short still has its opening paragraphs); a page with no article text is reported and skipped.
 */
public final class HtmlFileReader implements ArticleReader {

    /** Larger pages are not articles (a saved page with inlined media at most); reading them would only hurt. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final String[] ENDINGS = {".html.gz", ".htm.gz", ".html", ".htm"};

    private final PageExtractor extractor;

    public HtmlFileReader() {
        this(new JsoupPageExtractor());
    }

    public HtmlFileReader(PageExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public java.util.List<String> endings() {
        return java.util.List.of(".html", ".htm", ".html.gz");
    }

    @Override
    public boolean accepts(Path file) {
        return ending(file) != null;
    }

    @Override
    public void read(Path file, Manifest manifest, ArticleSink sink) throws IOException {
        String name = file.toString();
        String ending = ending(file);
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            sink.problem(new ReadProblem(name, "", "file of " + size + " bytes is too large for one page (limit "
                    + MAX_BYTES + ")"));
            return;
        }
        byte[] bytes;
        if (ending.endsWith(".gz")) {
            Unzipped u = gunzip(file);
            if (u.tooLarge()) {
                sink.problem(new ReadProblem(name, "", "page unpacks to more than " + MAX_BYTES + " bytes"));
                return;
            }
            if (u.error() != null) {
                sink.problem(new ReadProblem(name, "byte " + u.bytes().length, "compressed data ends early or is"
                        + " corrupt (" + u.error() + "); read the " + u.bytes().length + " bytes before it"));
                if (u.bytes().length == 0) {
                    return;
                }
            }
            bytes = u.bytes();
        } else {
            bytes = Files.readAllBytes(file);
        }
        if (TextDecoder.looksBinary(bytes) && !utf16(bytes)) {
            sink.problem(new ReadProblem(name, "", "binary content, not a web page"));
            return;
        }
        TextDecoder.Decoded decoded = HtmlDecoder.decode(bytes);
        if (decoded.warning() != null) {
            sink.problem(new ReadProblem(name, "", decoded.warning()));
        }
        Manifest.Entry meta = manifest.lookup(file).orElse(null);
        Optional<PageExtractor.Page> extracted;
        try {
            extracted = extractor.extract(decoded.text(), meta == null ? null : meta.url());
        } catch (RuntimeException | StackOverflowError e) {
            // The extractor is built not to throw; should one page still break it, the run goes on without it.
            sink.problem(new ReadProblem(name, "", "page could not be read: " + e));
            return;
        }
        if (extracted.isEmpty()) {
            sink.problem(new ReadProblem(name, "", "no article text"));
            return;
        }
        PageExtractor.Page page = extracted.get();
        sink.article(new Article(FileNames.stem(file, ending),
                meta != null && meta.outlet() != null ? meta.outlet() : page.siteName(),
                meta != null && meta.published() != null ? meta.published() : page.published(),
                meta != null && meta.url() != null ? meta.url() : page.url(),
                meta != null && meta.title() != null ? meta.title() : page.title(),
                page.language(),
                page.text(),
                name));
    }

    private static String ending(Path file) {
        String lower = FileNames.lowerName(file);
        for (String e : ENDINGS) {
            if (lower.endsWith(e) && lower.length() > e.length()) {
                return e;
            }
        }
        return null;
    }

    private static boolean utf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe);
    }

    /** What a gzip held: the bytes read, whether the limit was passed, and what cut it short. */
    private record Unzipped(byte[] bytes, boolean tooLarge, String error) {
    }

    private static Unzipped gunzip(Path file) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > MAX_BYTES) {
                    return new Unzipped(new byte[0], true, null);
                }
            }
        } catch (EOFException | ZipException e) {
            return new Unzipped(out.toByteArray(), false, e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
        }
        return new Unzipped(out.toByteArray(), false, null);
    }
}
