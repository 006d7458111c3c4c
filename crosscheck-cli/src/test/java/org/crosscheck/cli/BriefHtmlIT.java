package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.crosscheck.api.Evidence;
import org.crosscheck.render.BriefHtml;
import org.crosscheck.render.Chromium;
import org.crosscheck.render.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code brief --format html} on the project's fictional example story: the page's links all land, every claim
 * of the JSON brief is in the page with its cited words marked, numeric disputes are drawn, and headless Chromium
 * draws the page (the screenshot is kept in {@code target/screenshots} for a person to look at).
 */
class BriefHtmlIT {

    static Path page;
    static Document html;
    static JsonNode story;

    @BeforeAll
    static void run() throws IOException {
        Path dir = CliRunner.root().resolve("examples/harbour-strike");
        String manifest = dir.resolve("manifest.json").toString();
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        page = out.resolve("brief-harbour-strike.html");
        CliRunner.Result r = CliRunner.run("brief", dir.toString(), "--manifest", manifest, "--format", "html",
                "--out", page.toString());
        assertThat(r.status()).as(r.err()).isZero();
        html = Jsoup.parse(page.toFile());
        Path json = Files.createTempFile("brief", ".json");
        r = CliRunner.run("brief", dir.toString(), "--manifest", manifest, "--format", "json", "--out",
                json.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Files.delete(json);
        assertThat(root.get("stories")).hasSize(1);
        story = root.get("stories").get(0);
    }

    @Test
    void everyLinkInThePageLandsOnAnElement() {
        Set<String> ids = new HashSet<>();
        for (Element e : html.select("[id]")) {
            assertThat(ids.add(e.id())).as("duplicate id " + e.id()).isTrue();
        }
        assertThat(html.select("a.cite")).hasSizeGreaterThan(20);
        for (Element a : html.select("a[href^=#]")) {
            assertThat(ids).as(a.outerHtml()).contains(a.attr("href").substring(1));
        }
        assertThat(html.select("script")).isEmpty();
    }

    @Test
    void everyClaimIsInThePageWithItsWordsMarked() {
        for (JsonNode c : story.get("claims")) {
            Element entry = html.getElementById(Html.id("claim-" + c.get("id").asText()));
            assertThat(entry).as(c.get("statement").asText()).isNotNull();
            for (JsonNode s : c.get("support")) {
                Element mark = html.getElementById(BriefHtml.anchor(new Evidence(s.get("article").asText(),
                        s.get("start").asInt(), s.get("end").asInt())));
                assertThat(mark).as(s.toString()).isNotNull();
                assertThat(mark.tagName()).isEqualTo("mark");
                if (html.select("mark[data-of=" + mark.id() + "]").isEmpty()) {
                    assertThat(mark.wholeText()).isEqualTo(s.get("text").asText());
                }
            }
        }
    }

    @Test
    void numericDisputesAreChartedAndTheMatrixHasARowPerClaim() {
        for (JsonNode c : story.get("claims")) {
            if (c.get("status").asText().equals("disputed") && !c.get("values").isEmpty()) {
                Element entry = html.getElementById(Html.id("claim-" + c.get("id").asText()));
                assertThat(entry.select("svg.chart rect.bar")).hasSizeGreaterThanOrEqualTo(2);
                assertThat(entry.select("svg.chart > title")).isNotEmpty();
                assertThat(entry.select("table.figures tbody tr")).hasSize(c.get("values").size());
            }
        }
        // whether the example has a numeric dispute at all is ExampleStoryIT's business (claim grouping)
        assertThat(html.select("table.matrix tbody tr")).hasSize(story.get("claims").size());
        assertThat(html.select("table.matrix thead th")).hasSize(1 + story.get("outlets").size());
        assertThat(html.select("svg.timeline circle.badge")).isNotEmpty();
        assertThat(html.select("article.source-text")).hasSize(story.get("articles").size());
    }

    @Test
    void chromiumDrawsThePage() throws Exception {
        Path browser = Chromium.require();
        Path png = page.resolveSibling("brief-harbour-strike.png");
        Chromium.screenshot(browser, page, png, 1280, 2400);
        Chromium.Look look = Chromium.look(png);
        assertThat(look.width()).isEqualTo(1280);
        assertThat(look.height()).isEqualTo(2400);
        assertThat(look.colours()).as("distinct colours").isGreaterThan(40);
        assertThat(look.inked()).as("share of non-white pixels").isBetween(0.03, 0.9);
        System.out.println("screenshot: " + png.toAbsolutePath() + " " + look);
    }

    @Test
    void otherCommandsRefuseHtml() {
        CliRunner.Result r = CliRunner.run("cluster", "--format", "html",
                CliRunner.root().resolve("examples/harbour-strike").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("html").contains("not offered");
    }
}
