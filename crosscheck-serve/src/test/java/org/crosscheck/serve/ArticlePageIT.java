package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Evidence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article page as the server sends it: every link the site makes into an article lands on an element that holds
 * exactly the cited words, whatever the shape of the spans (a sentence and its first clause, spans that cross each
 * other or a paragraph break, spans over markup in the text). Briefs here also cite spans of those shapes on purpose
 * ({@link #shaped}), since the real briefs may not.
 */
class ArticlePageIT {
    static MemoryLibrary library;
    static CrosscheckServer server;
    static Http http;

    /** Spans that cross what the brief cites anyway: a clause, a sentence end and a paragraph break, markup. */
    static List<Evidence> shaped(AnnotatedArticle doc) {
        return switch (doc.id()) {
            case "orvin-gazette-1" -> List.of(Fixtures.span(doc, "ferry was suspended", "an engine"),
                    Fixtures.span(doc, "the harbour office said", "Nobody was hurt"));
            case "hostile-1" -> List.of(Fixtures.span(doc, "alert('text')", "Mira Holt"),
                    Fixtures.span(doc, "mark><script>", "she"));
            default -> List.of();
        };
    }

    @BeforeAll
    static void start() {
        library = Fixtures.citing(ArticlePageIT::shaped);
        library.submit(Fixtures.ferry());
        library.submit(Fixtures.library2());
        library.submit(List.of(Fixtures.hostile()));
        server = CrosscheckServer.start(library, ServeConfig.local(0, ApiKeys.none()));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The words an id holds on the page: its first piece and every piece that points back to it. */
    static String covered(Document page, String id) {
        Element first = page.getElementById(id);
        assertThat(first).as("#" + id).isNotNull();
        StringBuilder sb = new StringBuilder(first.wholeText());
        for (Element piece : page.select("mark[data-of=" + id + "]")) {
            sb.append(piece.wholeText());
        }
        return sb.toString();
    }

    /** Paragraphs drop the blank lines between them and write line breaks as {@code <br>}: compare the words. */
    static String words(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static Document page(String article) {
        HttpResponse<String> r = http.get(Links.article(article));
        assertThat(r.statusCode()).as(article).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void everyCitationLinkTheSiteMakesLandsOnItsExactWords() {
        Map<String, Document> pages = new HashMap<>();
        int links = 0;
        for (StoryEntry s : library.stories(null, null, 100).stories()) {
            StoryDossier d = library.story(s.id()).orElseThrow();
            for (Element a : Jsoup.parseBodyFragment(BriefSections.of(d)).select("a.cite")) {
                String href = a.attr("href");
                String article = java.net.URLDecoder.decode(href.substring("/articles/".length(), href.indexOf('#')),
                        java.nio.charset.StandardCharsets.UTF_8);
                String id = href.substring(href.indexOf('#') + 1);
                String[] offsets = id.substring("c-".length()).split("-");
                String text = library.article(article).orElseThrow().text();
                Document page = pages.computeIfAbsent(article, ArticlePageIT::page);
                assertThat(words(covered(page, id))).as(href).isEqualTo(words(text.substring(
                        Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1]))));
                links++;
            }
        }
        assertThat(links).isGreaterThan(10);
        assertThat(pages).containsKeys("orvin-gazette-1", "hostile-1");
    }

    @Test
    void aSentenceAndTheClauseItOpensWithAreNestedMarksWithAnIdEach() {
        Document page = page("orvin-gazette-1");
        List<Element> atStart = page.select("mark.ev[id^=c-0-]");
        assertThat(atStart).as("the first sentence and its first clause").hasSizeGreaterThanOrEqualTo(2);
        Element sentence = atStart.get(0);
        Element clause = atStart.get(1);
        assertThat(clause.parents()).contains(sentence);
        assertThat(sentence.wholeText()).startsWith(clause.wholeText());
        assertThat(sentence.wholeText().length()).isGreaterThan(clause.wholeText().length());
    }

    @Test
    void crossingSpansAreSplitAndThePageStyleLightsTheirPiecesTogether() {
        HttpResponse<String> r = http.get(Links.article("orvin-gazette-1"));
        Document page = Jsoup.parse(r.body());
        AnnotatedArticle doc = library.article("orvin-gazette-1").orElseThrow();
        String style = page.select("head style").get(0).data();
        for (Evidence e : shaped(doc)) {
            String id = Links.anchor(e.start(), e.end());
            assertThat(page.select("mark[data-of=" + id + "]")).as(id).isNotEmpty();
            assertThat(style).contains("body:has(#" + id + ":target) mark[data-of=\"" + id + "\"]");
            assertThat(words(covered(page, id))).isEqualTo(words(doc.text().substring(e.start(), e.end())));
        }
        Evidence overBreak = shaped(doc).get(1);
        String id = Links.anchor(overBreak.start(), overBreak.end());
        assertThat(page.select("p:has(#" + id + "), p:has(mark[data-of=" + id + "])")).as("two paragraphs")
                .hasSize(2);
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("style-src 'self' 'sha256-" + Layout.sha256(style) + "'");
    }

    @Test
    void spansOverMarkupInTheTextStayText() {
        HttpResponse<String> r = http.get(Links.article("hostile-1"));
        assertThat(r.body()).doesNotContainIgnoringCase("<script").doesNotContain("<img");
        Document page = Jsoup.parse(r.body());
        AnnotatedArticle doc = library.article("hostile-1").orElseThrow();
        assertThat(page.select("div.text script, div.text img")).isEmpty();
        assertThat(words(page.select("div.text").get(0).wholeText())).isEqualTo(words(doc.text()));
        for (Evidence e : shaped(doc)) {
            assertThat(words(covered(page, Links.anchor(e.start(), e.end()))))
                    .isEqualTo(words(doc.text().substring(e.start(), e.end())));
        }
    }
}
