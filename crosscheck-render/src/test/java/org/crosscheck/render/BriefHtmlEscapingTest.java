package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.Story;
import org.crosscheck.api.TimelineEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A fictional article made of markup and script: the page must show all of it as text and run none of it. */
class BriefHtmlEscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(2)>";
    private static final String TEXTAREA = "</textarea><svg onload=alert(3)>";
    private static final String LINK = "<a href=\"javascript:alert(4)\">click</a>";
    private static final String AMP = "Smith &amp; Sons &lt;Ltd&gt; & co";
    private static final String TEXT = "The mayor said " + SCRIPT + " was harmless. Figures: 1,200 " + IMG
            + " attended. " + TEXTAREA + " " + LINK + " <style>body{display:none}</style> <!-- " + AMP
            + " ]]> 'quoted' \"double\". He said \"" + SCRIPT + "\" twice.";
    private static final String ID = "evil\"><img src=x onerror=alert(5)>";
    private static final String OUTLET = "<b onmouseover=alert(6)>Evil Outlet</b> & " + SCRIPT;
    private static final String TITLE = SCRIPT + " & <i>title</i> &amp;";
    private static final String SPEAKER = "Dr. " + IMG + " " + SCRIPT;

    private final Article article = new Article(ID, OUTLET, LocalDate.of(2031, 5, 1), "javascript:alert(7)", TITLE,
            "en\"><script>", TEXT, "test");
    private final Article safe = new Article("ok-1", "Fine Outlet", LocalDate.of(2031, 5, 2),
            "https://fine.example/news?a=1&b=" + "%3Cscript%3E", "Plain title", "en", "Plain text " + SCRIPT + ".",
            "test");
    private final Article data = new Article("data-1", "Data Outlet", LocalDate.of(2031, 5, 3),
            "data:text/html,<script>alert(8)</script>", "Data title", "en", "More text.", "test");

    private Document render() {
        Map<String, AnnotatedArticle> docs = new LinkedHashMap<>();
        for (Article a : List.of(article, safe, data)) {
            docs.put(a.id(), AnnotatedArticle.of(a));
        }
        Evidence whole = new Evidence(ID, 0, TEXT.length());
        Evidence script = span(TEXT, SCRIPT);
        Evidence img = span(TEXT, IMG);
        Claim c = new Claim(ID + ":0", ID, 0, TEXT.length(), TEXT, List.of(), List.of(), List.of(), null, false,
                article.published());
        Claim c2 = new Claim("ok-1:0", "ok-1", 0, 11, "Plain text ", List.of(), List.of(), List.of(), null, false,
                safe.published());
        ClaimGroup disputed = new ClaimGroup("s-evil:" + SCRIPT, TEXT, ClaimStatus.DISPUTED, List.of(c, c2),
                List.of(whole, script, c2.evidence()), List.of(
                        new ClaimValue(ID, OUTLET, 1200, SCRIPT, Qualifier.AT_LEAST, IMG, article.published(), img),
                        new ClaimValue("ok-1", "Fine Outlet", -5, SCRIPT, Qualifier.EXACT, TEXTAREA,
                                safe.published(), c2.evidence())), null, ID);
        ClaimGroup single = new ClaimGroup("s-evil:" + IMG, LINK + TITLE, ClaimStatus.SUPERSEDED, List.of(c),
                List.of(img), List.of(), "s-evil:" + SCRIPT, ID);
        Brief b = new Brief(new Story("s-evil" + IMG, List.of(ID, "ok-1", "data-1"), List.of(OUTLET, "Fine Outlet"),
                article.published(), safe.published()), TITLE, List.of(disputed, single),
                List.of(new TimelineEvent("2031-05-01" + SCRIPT, TEXT, List.of(ID), List.of(script)),
                        new TimelineEvent("2031-05-01", LINK, List.of(ID, "ok-1"), List.of(img))),
                List.of(new BriefQuote(ID, SPEAKER, SCRIPT, script), new BriefQuote(ID, null, IMG, img)),
                List.of(new SourceProfile(ID, OUTLET, article.published(), List.of(new Attribution(script.start(),
                        script.end(), SCRIPT, SPEAKER, SourceKind.NAMED_PERSON, null)), List.of(SCRIPT, IMG), 1, 0, 0,
                        IMG)));
        return Jsoup.parse(BriefHtml.of(List.of(b), docs));
    }

    private static Evidence span(String text, String part) {
        int at = text.indexOf(part);
        return new Evidence(ID, at, at + part.length());
    }

    @Test
    void nothingExecutableSurvives() {
        Document page = render();
        assertThat(page.select("script, img, iframe, object, embed, textarea, form, base, link, b, i")).isEmpty();
        assertThat(page.select("svg svg")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.selectFirst("style").parent().tagName()).isEqualTo("head");
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase()).as(e.tagName()).doesNotStartWith("on");
                if (List.of("href", "src", "action", "formaction", "xlink:href", "style").contains(a.getKey())) {
                    assertThat(a.getValue().toLowerCase().replaceAll("\\s", "")).as(a.getKey())
                            .doesNotContain("javascript:").doesNotStartWith("data:");
                }
            }
        }
        for (Element a : page.select("a[href]")) {
            assertThat(a.attr("href")).matches("#[A-Za-z][A-Za-z0-9_-]*|https?://.*");
        }
        assertThat(page.select("[lang]").eachAttr("lang")).containsOnly("en");
    }

    @Test
    void theTextSurvivesLiterally() {
        Document page = render();
        assertThat(page.title()).isEqualTo(TITLE);
        assertThat(page.selectFirst("h1").text()).isEqualTo(TITLE);
        Element text = page.getElementById(Citations.articleAnchor(ID)).selectFirst(".text");
        assertThat(text.wholeText()).isEqualTo(TEXT);
        assertThat(page.getElementById(Citations.articleAnchor(ID)).selectFirst(".outlet").text()).isEqualTo(OUTLET);
        assertThat(page.select(".speaker h3").eachText()).contains(SPEAKER + " 1");
        assertThat(page.select(".speaker q").eachText()).contains(SCRIPT, IMG);
        assertThat(page.select(".dispute h3").text()).isEqualTo(TEXT);
        assertThat(page.select("table.figures td").eachText()).contains(IMG, TEXTAREA);
        assertThat(page.select(".flag").eachText()).contains(SCRIPT, IMG);
        assertThat(page.select(".step.earlier .stmt").text()).isEqualTo(LINK + TITLE);
        assertThat(page.select("ol.events .stmt").eachText()).contains(TEXT, LINK);
        assertThat(page.select("svg desc").text()).contains(SCRIPT);
        assertThat(page.select("table.matrix th[scope=row] a").eachAttr("title")).contains(TEXT);
        assertThat(page.select("span.url").eachText()).containsExactlyInAnyOrder("javascript:alert(7)",
                "data:text/html,<script>alert(8)</script>");
    }

    @Test
    void onlyHttpUrlsBecomeLinksAndIdsAreSafe() {
        Document page = render();
        assertThat(page.select("a.url").eachAttr("href"))
                .containsExactly("https://fine.example/news?a=1&b=%3Cscript%3E");
        assertThat(page.select("a.url").attr("rel")).contains("noopener").contains("noreferrer");
        for (Element e : page.select("[id]")) {
            assertThat(e.id()).matches("[A-Za-z][A-Za-z0-9_-]*");
        }
        for (Element a : page.select("a.cite")) {
            assertThat(page.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
        }
    }
}
