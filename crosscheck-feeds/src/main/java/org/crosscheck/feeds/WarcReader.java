package org.crosscheck.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.ArticleReader;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.FileNames;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.ingest.PageExtractor;
import org.crosscheck.ingest.ReadProblem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * A web archive ({@code .warc}, {@code .warc.gz}): every {@code response} record holding an HTML page fetched with
 * HTTP 200 is an article, its text read out of the page by the {@link PageExtractor} given to the constructor (so
 * this module does not decide how pages are cleaned). Revisits, requests, metadata, warcinfo, non-HTML payloads and
 * non-200 responses are skipped and counted in {@link WarcCounts}; they are not problems, since every crawl is
 * mostly made of them. Only when an archive yields no article at all is one problem reported that says what it
 * held instead.
 *
 * <p>The id is {@code <file stem>#<12 hex digits of SHA-256 of the WARC-Record-ID>}, the same on every run. The url
 * is the record's target URI; the date the page's own publication date when the extractor finds one, else the
 * WARC-Date's (capture) date in UTC; the outlet the page's site name, else the URI's host without {@code www.}.
 *
 * <p>jwarc reads leniently (malformed headers are tolerated and reported). An archive cut short or corrupt stops
 * at the record where it breaks, reported with its number and byte offset (in the compressed file for
 * {@code .warc.gz}), and every article before it is kept. Stateless: one instance serves any number of threads.
 */
public final class WarcReader implements ArticleReader {

    /** Pages larger than this are not news articles; reading them would only cost memory. */
    static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

    /** Lenient-mode warnings reported per file before they are only counted. */
    private static final int MAX_WARNINGS = 10;

    private final PageExtractor pages;
    private final Consumer<WarcCounts> counts;

    public WarcReader(PageExtractor pages) {
        this(pages, c -> { });
    }

    /**
     * @param counts told what each archive held once it is read, so a run summary can say how many records were
     *               skipped and why; it must be safe to call from the threads the reader runs on
     */
    public WarcReader(PageExtractor pages, Consumer<WarcCounts> counts) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.counts = Objects.requireNonNull(counts, "counts");
    }

    @Override
    public java.util.List<String> endings() {
        return java.util.List.of(".warc", ".warc.gz");
    }

    @Override
    public boolean accepts(Path file) {
        String name = FileNames.lowerName(file);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    @Override
    public void read(Path file, Manifest manifest, ArticleSink sink) throws IOException {
        WarcCounts c = readCounting(file, manifest, sink);
        counts.accept(c);
        if (c.articles() == 0 && c.failed() == 0) {
            sink.problem(new ReadProblem(file.toString(), "", "no article in " + c.records() + " records: "
                    + c.noText() + " pages without article text, " + c.skippedSummary()));
        }
    }

    /** Reads like {@link #read} without the closing problem, and says what each record was. */
    public WarcCounts readCounting(Path file, Manifest manifest, ArticleSink sink) throws IOException {
        String where = file.toString();
        String stem = FileNames.stem(file, FileNames.lowerName(file).endsWith(".gz") ? ".warc.gz" : ".warc");
        int records = 0;
        int articles = 0;
        int revisits = 0;
        int other = 0;
        int nonHtml = 0;
        int notOk = 0;
        int noText = 0;
        int failed = 0;
        int[] warnings = {0};
        try (org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(FileChannel.open(file))) {
            warc.setLenient(true);
            long previous = -1;
            while (true) {
                int n = records + 1;
                String headerAt = previous < 0 ? "record " + n : "record " + n + " (after the record at byte "
                        + previous + ")";
                String at = headerAt;
                warc.onWarning(w -> {
                    if (warnings[0]++ < MAX_WARNINGS) {
                        sink.problem(new ReadProblem(where, headerAt, "tolerated: " + w));
                    }
                });
                Kind kind;
                try {
                    Optional<WarcRecord> next = warc.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    previous = warc.position();
                    at = "record " + n + " at byte " + previous;
                    kind = read(next.get(), n, at, stem, where, sink);
                } catch (IOException | RuntimeException e) {
                    failed++;
                    sink.problem(new ReadProblem(where, at, records == 0 && previous < 0
                            ? "not a WARC archive, or corrupt from the start (" + message(e) + ")"
                            : "archive ends early or is corrupt (" + message(e) + "); kept the " + articles
                                    + " articles from the " + records + " records before it"));
                    break;
                }
                records++;
                switch (kind) {
                    case ARTICLE -> articles++;
                    case REVISIT -> revisits++;
                    case OTHER -> other++;
                    case NON_HTML -> nonHtml++;
                    case NOT_OK -> notOk++;
                    case NO_TEXT -> noText++;
                }
            }
        }
        if (warnings[0] > MAX_WARNINGS) {
            sink.problem(new ReadProblem(where, "", (warnings[0] - MAX_WARNINGS) + " more malformed headers tolerated"));
        }
        return new WarcCounts(records, articles, revisits, other, nonHtml, notOk, noText, failed);
    }

    private enum Kind { ARTICLE, REVISIT, OTHER, NON_HTML, NOT_OK, NO_TEXT }

    /** One record; an IOException means the archive itself is broken here. */
    private Kind read(WarcRecord record, int n, String at, String stem, String where, ArticleSink sink)
            throws IOException {
        if (record instanceof WarcRevisit) {
            return Kind.REVISIT;
        }
        if (!(record instanceof WarcResponse response)) {
            return Kind.OTHER;
        }
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return Kind.NON_HTML; // dns:, gemini: and bare resources carry no web page
        }
        HttpResponse http = response.http();
        boolean declared = http.headers().first("Content-Type").isPresent();
        MediaType type = declared ? http.contentType() : response.identifiedPayloadType().orElse(null);
        if (type != null && !isHtml(type)) {
            return Kind.NON_HTML;
        }
        if (http.status() != 200) {
            return type == null ? Kind.NON_HTML : Kind.NOT_OK;
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes(MAX_PAGE_BYTES);
        }
        if (type == null && !looksLikeHtml(bytes)) {
            return Kind.NON_HTML; // servers that send no Content-Type: judge by the first bytes, as browsers do
        }
        String target = response.target();
        String html = PageBytes.decode(bytes, type == null ? null : type.parameters().get("charset"));
        Optional<PageExtractor.Page> page;
        try {
            page = pages.extract(html, target);
        } catch (RuntimeException e) {
            // The extractor's fault is this page's problem, not the archive's.
            sink.problem(new ReadProblem(where, at, "extractor failed on " + target + ": " + e));
            return Kind.NO_TEXT;
        }
        if (page.isEmpty() || page.get().text() == null || page.get().text().isBlank()) {
            sink.problem(new ReadProblem(where, at, "no article text (" + target + ")"));
            return Kind.NO_TEXT;
        }
        PageExtractor.Page p = page.get();
        String key = record.id() != null ? record.id().toString() : target + " " + record.date();
        LocalDate published = p.published() != null ? p.published()
                : record.date() == null ? null : record.date().atOffset(ZoneOffset.UTC).toLocalDate();
        String outlet = p.siteName() != null && !p.siteName().isBlank() ? p.siteName().strip() : host(target);
        sink.article(new Article(stem + "#" + ArticleIds.shortHash(key), outlet, published, target,
                HtmlText.inline(p.title()), p.language(), p.text(), where + "#record-" + n));
        return Kind.ARTICLE;
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<p") || head.startsWith("<title")
                || head.startsWith("<meta");
    }

    private static String host(String uri) {
        try {
            String host = URI.create(uri.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
