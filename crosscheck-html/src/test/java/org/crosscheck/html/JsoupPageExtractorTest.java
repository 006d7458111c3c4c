package org.crosscheck.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.PageExtractor.Page;
import org.junit.jupiter.api.Test;

class JsoupPageExtractorTest {

    private final JsoupPageExtractor extractor = new JsoupPageExtractor();

    @Test
    void keepsTheArticleAndDropsTheChrome() {
        Page page = extractor.extract(Pages.article(), null).orElseThrow();
        assertThat(page.text()).isEqualTo(String.join("\n\n", Pages.PARAGRAPHS));
        assertThat(page.text()).doesNotContain("News", "Share", "cookies", "Ferry fares", "Reader42", "festival",
                "Copyright", "tracking", "Dock workers to strike");
    }

    @Test
    void readsMetadataFromMetaTags() {
        Page page = extractor.extract(Pages.article(), null).orElseThrow();
        assertThat(page.title()).isEqualTo("Dock workers to strike in Valmora");
        assertThat(page.byline()).isEqualTo("Petra Lindqvist");
        assertThat(page.published()).isEqualTo(LocalDate.of(2031, 10, 14));
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.url()).isEqualTo("https://courier.example/news/dock-strike");
        assertThat(page.siteName()).isEqualTo("The Valmora Courier");
    }

    @Test
    void readsMetadataFromJsonLd() {
        String html = """
            <html><head><title>x</title><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
             {"@type":"NewsArticle","headline":"Ferry timetable cut","datePublished":"2031-10-15",
              "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}],
              "publisher":{"@type":"Organization","name":"Island Times"}}]}
            </script></head><body><div>""" + paragraphs() + "</div></body></html>";
        Page page = extractor.extract(html, null).orElseThrow();
        assertThat(page.title()).isEqualTo("Ferry timetable cut");
        assertThat(page.byline()).isEqualTo("Ana Ruiz, Tom Berg");
        assertThat(page.published()).isEqualTo(LocalDate.of(2031, 10, 15));
        assertThat(page.siteName()).isEqualTo("Island Times");
    }

    @Test
    void readsMetadataFromVisibleMarkup() {
        String html = """
            <html><head><title>Quay closed after storm - Harbour News</title>
            <meta http-equiv="content-language" content="nl"></head><body>
            <h1>Quay closed after storm</h1><a rel="author" href="/staff/jo">Jo Verhoeven</a>
            <time datetime="2031-11-02T10:00">2 November</time><div>""" + paragraphs() + "</div></body></html>";
        Page page = extractor.extract(html, "https://harbour.example/quay").orElseThrow();
        assertThat(page.title()).isEqualTo("Quay closed after storm");
        assertThat(page.byline()).isEqualTo("Jo Verhoeven");
        assertThat(page.published()).isEqualTo(LocalDate.of(2031, 11, 2));
        assertThat(page.language()).isEqualTo("nl");
        assertThat(page.url()).isEqualTo("https://harbour.example/quay");
    }

    @Test
    void titleLosesTheSiteSuffixOfTheTitleTag() {
        String html = "<html><head><title>Ferries resume service | Harbour News</title></head><body><div>"
                + paragraphs() + "</div></body></html>";
        assertThat(extractor.extract(html, null).orElseThrow().title()).isEqualTo("Ferries resume service");
    }

    @Test
    void fallsBackToJsonLdBodyWhenTheMarkupHasNone() {
        String body = String.join("\\n", Pages.PARAGRAPHS).replace("\"", "\\\"");
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"" + body + "\"}</script></head><body><div id=\"app\"></div></body></html>";
        Page page = extractor.extract(html, null).orElseThrow();
        assertThat(page.text()).isEqualTo(String.join("\n\n", Pages.PARAGRAPHS));
    }

    @Test
    void textWrittenStraightIntoADivWithLineBreaks() {
        String html = "<html><body><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/x\">Archive</a></div>"
                + "<div class=\"col\"><p>Quay closed</p>" + String.join("<br><br>", Pages.PARAGRAPHS)
                + "</div></body></html>";
        Page page = extractor.extract(html, null).orElseThrow();
        assertThat(page.text()).contains(Pages.PARAGRAPHS[0], Pages.PARAGRAPHS[3]).doesNotContain("Archive");
    }

    @Test
    void trimsBylineDatelineAndBioAtTheEdgesOfTheBody() {
        String html = "<html><head><meta name=\"author\" content=\"Petra Lindqvist\"></head><body><article>"
                + "<p>By Petra Lindqvist</p><p>Nov. 14, 2031, 8:41 AM</p>" + paragraphs()
                + "<p>Petra Lindqvist covers the port for the Courier.</p>"
                + "<p>Get the morning briefing in your inbox. Subscribe to our newsletters.</p>"
                + "<p>Write to the desk at desk@courier.example</p></article></body></html>";
        assertThat(extractor.extract(html, null).orElseThrow().text())
                .isEqualTo(String.join("\n\n", Pages.PARAGRAPHS));
    }

    @Test
    void keepsEmbeddedPostsAndWrittenOutLinks() {
        String html = "<html><body><article>" + paragraphs()
                + "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>The quay is empty tonight,"
                + " not a single crane moving, first time in years</p>— Harbour Watcher (@harbourwatch)</blockquote>"
                + "</div><p><a href=\"https://courier.example/report\">https://courier.example/report</a></p>"
                + "<p><a href=\"/other\">Ferry fares to rise, council confirms</a></p>"
                + "<p>The strike is due to end on Friday, the union said.</p></article></body></html>";
        assertThat(extractor.extract(html, null).orElseThrow().text())
                .contains("The quay is empty tonight", "https://courier.example/report")
                .doesNotContain("Ferry fares");
    }

    @Test
    void teasersOfOtherPostsAreNotThePost() {
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            teasers.append("<article class=\"post\"><h2>Other story ").append(i).append("</h2><p>This teaser for")
                    .append(" another story runs long enough, with commas, clauses, and more words, to score.")
                    .append("</p></article>");
        }
        String html = "<html><head><meta property=\"og:title\" content=\"Dock workers to strike in Valmora\">"
                + "</head><body><article><h1>Dock workers to strike in Valmora</h1>" + paragraphs()
                + "<h3>You may also enjoy</h3>" + teasers + "</article></body></html>";
        assertThat(extractor.extract(html, null).orElseThrow().text())
                .isEqualTo(String.join("\n\n", Pages.PARAGRAPHS));
    }

    @Test
    void pagesWithoutArticleTextAreEmpty() {
        assertThat(extractor.extract("", null)).isEmpty();
        assertThat(extractor.extract("<html><body></body></html>", null)).isEmpty();
        assertThat(extractor.extract("<html><body><script>document.write('" + Pages.PARAGRAPHS[0]
                + "')</script></body></html>", null)).isEmpty();
        assertThat(extractor.extract("<html><body><nav><ul><li><a href=/a>Politics</a></li><li><a href=/b>Sport"
                + "</a></li></ul></nav></body></html>", null)).isEmpty();
    }

    @Test
    void survivesHostileMarkup() {
        String unclosed = "<html><body><div><p>" + Pages.PARAGRAPHS[0] + "<p>" + Pages.PARAGRAPHS[1]
                + "<div><span><b>" + Pages.PARAGRAPHS[2];
        assertThat(extractor.extract(unclosed, null).orElseThrow().text())
                .contains(Pages.PARAGRAPHS[0], Pages.PARAGRAPHS[1], Pages.PARAGRAPHS[2]);

        String nested = "<html><body>" + "<div>".repeat(10_000) + "<p>" + Pages.PARAGRAPHS[0] + "</p><p>"
                + Pages.PARAGRAPHS[1] + "</p>" + "</div>".repeat(10_000) + "</body></html>";
        assertThat(extractor.extract(nested, null).orElseThrow().text()).contains(Pages.PARAGRAPHS[1]);

        String garbage = "<<<>>><p <div class=\"\"\"><script>\u0000</p></p></body><html>" + "&#xFFFFFF;&bogus;";
        assertThat(extractor.extract(garbage, null)).isEmpty();

        String brokenJsonLd = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "</script></head><body><div>" + paragraphs() + "</div></body></html>";
        assertThat(extractor.extract(brokenJsonLd, null)).isPresent();
    }

    @Test
    void sameResultOnManyThreads() throws Exception {
        String html = Pages.article();
        Page expected = extractor.extract(html, null).orElseThrow();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<Page>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> extractor.extract(html, null).orElseThrow()));
            }
            for (Future<Page> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        }
    }

    private static String paragraphs() {
        StringBuilder sb = new StringBuilder();
        for (String p : Pages.PARAGRAPHS) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.toString();
    }
}
