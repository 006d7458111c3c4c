package org.crosscheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Evidence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web page in headless Chromium: the home page, the search form, a story, a citation down to its words, an
 * article page. Screenshots are kept under {@code target/screenshots} for a person to look at. Skipped when
 * Debian's chromium and chromium-driver are not installed.
 */
class WebPageIT {
    static final Path SHOTS = Path.of("target", "screenshots");
    static MemoryLibrary library;
    static CrosscheckServer server;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        library = Fixtures.library();
        library.submit(Fixtures.ferry());
        library.submit(Fixtures.library2());
        server = CrosscheckServer.start(library, ServeConfig.local(0, ApiKeys.none()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReaderGoesFromTheStoriesOfTheDayDownToTheCitedWords() throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        try (WebDriver browser = new WebDriver()) {
            browser.open(base + "/");
            browser.screenshot(SHOTS.resolve("1-home.png"));
            assertThat(browser.text(browser.find("h1"))).startsWith("Stories of " + Fixtures.DAY2);
            assertThat(browser.count("ol.stories a.story")).isGreaterThanOrEqualTo(2);

            browser.click(browser.find("nav.days a.older"));
            assertThat(browser.awaitUrl("/?date=" + Fixtures.DAY1)).endsWith("/?date=" + Fixtures.DAY1);

            browser.type(browser.find("form.search input[name=q]"), "ferry Orvin");
            browser.click(browser.find("form.search button"));
            assertThat(browser.awaitUrl("/search?q=ferry+Orvin")).contains("/search?q=ferry+Orvin");
            browser.screenshot(SHOTS.resolve("2-search.png"));
            assertThat(browser.count("ol.stories a.story")).isEqualTo(1);

            browser.click(browser.find("ol.stories a.story"));
            String storyId = library.storyOf("orvin-gazette-1").orElseThrow();
            assertThat(browser.awaitUrl("/stories/" + storyId)).endsWith("/stories/" + storyId);
            browser.screenshot(SHOTS.resolve("3-story.png"));
            assertThat(browser.count("svg, table")).as("charts and matrix").isGreaterThan(0);

            String cite = browser.find("a.cite[href^='#']");
            String target = browser.attribute(cite, "href");
            browser.click(cite);
            String fragment = target.substring(target.indexOf('#'));
            assertThat(browser.awaitUrl(fragment)).endsWith(fragment);
            String marked = browser.text(browser.find(target.substring(target.indexOf('#'))));
            assertThat(marked).isNotBlank();
            assertThat(library.article("orvin-gazette-1").orElseThrow().text() + library.article("saltby-post-1")
                    .orElseThrow().text() + library.article("lakes-wire-1").orElseThrow().text()).contains(marked);
            Thread.sleep(1500); // the brief scrolls smoothly to its target: let it arrive before the picture
            browser.screenshot(SHOTS.resolve("4-citation.png"));

            browser.click(browser.find("section.article-links a.article"));
            assertThat(browser.awaitUrl("/articles/")).contains("/articles/");
            String anchor = browser.attribute(browser.find("mark.ev[id]"), "id");
            browser.open(browser.url() + "#" + anchor);
            String article = java.net.URLDecoder.decode(browser.url().replaceAll(".*/articles/([^#]*)#.*", "$1"),
                    java.nio.charset.StandardCharsets.UTF_8);
            String[] offsets = anchor.substring("c-".length()).split("-");
            assertThat(ArticlePageIT.words(browser.text(browser.find("mark.ev:target")))).isEqualTo(ArticlePageIT
                    .words(library.article(article).orElseThrow().text().substring(Integer.parseInt(offsets[0]),
                            Integer.parseInt(offsets[1]))));
            browser.screenshot(SHOTS.resolve("5-article.png"));

            browser.open(base + "/stories/none-such");
            assertThat(browser.text(browser.find("h1"))).isEqualTo("404");
            assertThat(List.of(browser.text(browser.find("main")))).anySatisfy(t -> assertThat(t)
                    .contains("There is no story"));
        }
    }

    /** The background site.css gives a targeted span ({@code --target}), as the browser reports it. */
    static final String LIT = "rgba(255, 210, 77, 1)";

    @Test
    void aLinkLightsExactlyItsWordsWhateverTheShapeOfTheSpans() throws Exception {
        MemoryLibrary shaped = Fixtures.citing(ArticlePageIT::shaped);
        shaped.submit(Fixtures.ferry());
        AnnotatedArticle doc = shaped.article("orvin-gazette-1").orElseThrow();
        StoryDossier story = shaped.storyOf(doc.id()).flatMap(shaped::story).orElseThrow();
        List<Evidence> atStart = ArticlePage.cited(story.brief(), doc.id()).stream().filter(e -> e.start() == 0)
                .sorted(java.util.Comparator.comparingInt(Evidence::end)).toList();
        assertThat(atStart).as("the first sentence and its first clause").hasSizeGreaterThanOrEqualTo(2);
        Evidence clause = atStart.get(0);
        Evidence sentence = atStart.get(atStart.size() - 1);
        List<Evidence> targets = new java.util.ArrayList<>(List.of(clause, sentence));
        targets.addAll(ArticlePageIT.shaped(doc));
        try (CrosscheckServer s = CrosscheckServer.start(shaped, ServeConfig.local(0, ApiKeys.none()));
                WebDriver browser = new WebDriver()) {
            String page = "http://127.0.0.1:" + s.port() + Links.article(doc.id());
            for (Evidence e : targets) {
                String id = Links.anchor(e.start(), e.end());
                browser.open(page + "#" + id);
                String target = browser.find("mark.ev:target");
                assertThat(browser.attribute(target, "id")).isEqualTo(id);
                assertThat(browser.css(target, "background-color")).as(id).isEqualTo(LIT);
                StringBuilder lit = new StringBuilder(browser.text(target));
                for (String piece : browser.findAll("mark[data-of=" + id + "]")) {
                    assertThat(browser.css(piece, "background-color")).as("a piece of " + id).isEqualTo(LIT);
                    lit.append(browser.text(piece));
                }
                assertThat(ArticlePageIT.words(lit.toString())).as(id)
                        .isEqualTo(ArticlePageIT.words(doc.text().substring(e.start(), e.end())));
                if (e == clause) {
                    String around = browser.find("#" + Links.anchor(sentence.start(), sentence.end()));
                    assertThat(browser.css(around, "background-color")).as("the sentence around the clause")
                            .isNotEqualTo(LIT);
                } else if (e == sentence) {
                    String inside = browser.find("#" + Links.anchor(clause.start(), clause.end()));
                    assertThat(browser.css(inside, "background-color")).as("the clause inside the sentence")
                            .isEqualTo(LIT);
                } else {
                    assertThat(browser.findAll("mark[data-of=" + id + "]")).as("pieces of " + id).isNotEmpty();
                    browser.screenshot(SHOTS.resolve("6-crossing-" + id + ".png"));
                }
            }
        }
    }
}
