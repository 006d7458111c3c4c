package org.crosscheck.html;

import java.util.List;
import java.util.Optional;
import org.crosscheck.ingest.PageExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-text extraction from news and blog pages with jsoup: metadata is read from the untouched page, then chrome is
 * stripped ({@link Boilerplate}), the article's container is found by paragraph scoring ({@link ContentFinder}),
 * narrowed to the page's own post when it holds teasers of others ({@link OneOfMany}), rendered to paragraphs
 * ({@link TextRenderer}), and the furniture templates put at the ends of the body is trimmed ({@link EdgeTrimmer}).
 * A page's JSON-LD {@code articleBody} stands in when the markup yields less than half of it: pages that render
 * their text by script still carry it there, while a longer markup text is kept because JSON-LD bodies are often
 * abridged. Stateless; one instance serves any number of threads.
 */
public final class JsoupPageExtractor implements PageExtractor {

    /** Less text than this is a label or a stub, not an article. */
    static final int MIN_TEXT = 40;

    public JsoupPageExtractor() {
    }

    @Override
    public Optional<Page> extract(String html, String url) {
        if (html == null || html.isBlank()) {
            return Optional.empty();
        }
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        JsonLd ld = JsonLd.of(doc);
        PageMetadata.Meta meta = PageMetadata.read(doc, ld);
        String text = String.join("\n\n", EdgeTrimmer.trim(mainText(doc, meta.title()), meta));
        if (ld.body() != null) {
            String body = TextRenderer.normalise(ld.body());
            if (text.length() < body.length() / 2 && body.length() >= MIN_TEXT) {
                text = paragraphs(ld.body());
            }
        }
        if (text.length() < MIN_TEXT) {
            return Optional.empty();
        }
        return Optional.of(new Page(text, meta.title(), meta.byline(), meta.published(), meta.language(),
                meta.url() != null ? meta.url() : url, meta.siteName()));
    }

    /** The article's paragraphs in a parsed page; none when nothing reads like prose. */
    static List<String> mainText(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Boilerplate.strip(body);
        TextStats stats = TextStats.of(body);
        List<Element> content = OneOfMany.pick(ContentFinder.find(body, stats), title);
        if (content.isEmpty()) {
            return List.of();
        }
        return TextRenderer.render(content, stats);
    }

    /** JSON-LD text keeps its own line breaks as paragraph breaks. */
    private static String paragraphs(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\\R+")) {
            String p = TextRenderer.normalise(line);
            if (!p.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "\n\n").append(p);
            }
        }
        return sb.toString();
    }
}
