package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.Story;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class BriefHtmlStructureTest {

    private final LakeOrrin story = new LakeOrrin();
    private final String html = BriefHtml.of(List.of(story.brief), story.docs);
    private final Document page = Jsoup.parse(html);

    @Test
    void everyInternalLinkResolvesToOneElement() {
        Set<String> ids = new HashSet<>();
        for (Element e : page.select("[id]")) {
            assertThat(ids.add(e.id())).as("duplicate id " + e.id()).isTrue();
        }
        List<Element> links = page.select("a[href^=#]");
        assertThat(links).hasSizeGreaterThan(30);
        for (Element a : links) {
            assertThat(ids).as(a.outerHtml()).contains(a.attr("href").substring(1));
        }
    }

    @Test
    void citationsLandOnTheExactWordsTheyCite() {
        List<Element> cites = page.select("a.cite");
        assertThat(cites).isNotEmpty();
        Evidence pax = story.ev(LakeOrrin.POST, "At least 150 passengers were aboard, the operator said.");
        Element mark = page.getElementById(Citations.anchor(pax));
        assertThat(mark).isNotNull();
        assertThat(mark.tagName()).isEqualTo("mark");
        assertThat(mark.wholeText()).isEqualTo("At least 150 passengers were aboard, the operator said.");
        assertThat(mark.closest("article.source-text").id()).isEqualTo(Citations.articleAnchor(LakeOrrin.POST));
    }

    @Test
    void articleTextsSurviveMarkingWordForWord() {
        for (AnnotatedArticle d : story.docs.values()) {
            Element text = page.getElementById(Citations.articleAnchor(d.id())).selectFirst(".text");
            assertThat(text.wholeText()).isEqualTo(d.text());
        }
    }

    @Test
    void numericDisputesGetAChartPerUnitAndWordDisputesNone() {
        Element passengers = page.getElementById(Html.id("claim-s-orrin:passengers"));
        assertThat(passengers.select("svg.chart")).hasSize(1);
        assertThat(passengers.select("svg.chart rect.bar")).hasSize(3);
        assertThat(passengers.select("svg.chart rect.bar.hedged")).hasSize(1);
        assertThat(passengers.select("svg.chart text.axis-title").text()).isEqualTo("passengers");
        assertThat(passengers.select("svg.chart > title").text()).contains("Figures reported");
        assertThat(passengers.select("svg.chart > desc").text()).contains("Радио Северин").contains("95 passengers");
        Element weather = page.getElementById(Html.id("claim-s-orrin:weather"));
        assertThat(weather.select("svg.chart")).hasSize(2);
        assertThat(weather.select("text.figure").eachText()).contains("-12 degrees", "\u2248\u202f0 degrees",
                "3,500,000,000 krona");
        Element cause = page.getElementById(Html.id("claim-s-orrin:cause"));
        assertThat(cause.select("svg")).isEmpty();
        assertThat(cause.select("ul.versions li")).hasSize(2);
    }

    @Test
    void negativeAndZeroFiguresDrawFromTheZeroLine() {
        Element weather = page.getElementById(Html.id("claim-s-orrin:weather"));
        Element chart = weather.select("svg.chart").get(0);
        double zero = Double.parseDouble(chart.selectFirst("line.zero").attr("x1"));
        List<Element> bars = chart.select("rect.bar");
        Element negative = bars.get(0);
        double x = Double.parseDouble(negative.attr("x"));
        double w = Double.parseDouble(negative.attr("width"));
        assertThat(x + w).isCloseTo(zero, org.assertj.core.data.Offset.offset(0.2));
        assertThat(x).isLessThan(zero);
    }

    @Test
    void matrixHasOneRowPerClaimGroupAndOneColumnPerOutlet() {
        Element matrix = page.selectFirst("table.matrix");
        assertThat(matrix.select("tbody tr")).hasSize(story.brief.claims().size());
        assertThat(matrix.select("thead th")).hasSize(1 + 3);
        assertThat(matrix.select("td.supports .sym").eachText()).containsOnly("\u2713");
        assertThat(matrix.select("td.differs")).hasSize(3 + 2 + 2);
        assertThat(matrix.select("td.overtaken")).hasSize(1);
        assertThat(page.select(".legend .key")).extracting(Element::text)
                .anyMatch(t -> t.contains("silent")).anyMatch(t -> t.contains("states it"));
    }

    @Test
    void timelinePlacesDatedEventsAndListsTheRest() {
        Element svg = page.selectFirst("svg.timeline");
        // 2030, 2031-Q1, 2031-03, 2031-W10, 2031-03-02 (twice), 2031-03-04: six stops, seven badges
        assertThat(svg.select(".stop")).hasSize(6);
        assertThat(svg.select("circle.badge")).hasSize(7);
        assertThat(svg.select("text.date").eachText()).contains("2030", "Q1 2031", "Mar 2031", "week 10, 2031",
                "2 Mar 2031");
        assertThat(page.select("ol.events > li")).hasSize(8);
        assertThat(page.select("ol.events time.unplaced").text()).isEqualTo("PRESENT_REF");
    }

    @Test
    void supersededClaimShowsWhatOvertookItWithDates() {
        Element change = page.getElementById(Html.id("claim-s-orrin:no-injuries"));
        assertThat(change.select(".step.earlier time").text()).isEqualTo("2031-03-03");
        assertThat(change.select(".step.later .stmt").text()).isEqualTo("Later, hospitals reported 4 injured.");
        assertThat(change.select(".step.later time").text()).isEqualTo("2031-03-04");
    }

    @Test
    void quotesAreGroupedBySpeakerWithUnnamedOnesApart() {
        List<String> speakers = page.select(".speaker h3").eachText();
        assertThat(speakers).containsExactly("Mira Solt 2", "Speaker not given 1", "Мира Солт 1");
    }

    @Test
    void sourcesShowFlagsAndOnlyHttpUrlsBecomeLinks() {
        assertThat(page.select("table.sources tbody tr")).hasSize(3);
        assertThat(page.select(".flag.caution").eachText()).contains("anonymous-sourcing", "second-hand");
        assertThat(page.select("a.url").eachAttr("href")).containsExactly("https://gazette.example/ferries?id=1&x=2");
        assertThat(page.select("span.url").text()).isEqualTo("ftp://severin.example/x");
    }

    @Test
    void pageIsSelfContained() {
        assertThat(page.select("script, link, img, iframe, object, embed, base, form")).isEmpty();
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.selectFirst("style").data()).doesNotContain("url(").doesNotContain("@import");
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
    }

    @Test
    void pageParsesWithoutErrors() {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).isEmpty();
    }

    @Test
    void sameInputSamePage() {
        assertThat(BriefHtml.of(List.of(story.brief), story.docs)).isEqualTo(html);
    }

    @Test
    void emptySectionsSaySoAndOneArticleStoryRenders() {
        Article a = new Article("solo", null, null, null, null, null, "One sentence only.", "test");
        AnnotatedArticle d = AnnotatedArticle.of(a);
        Claim c = new Claim("solo:0", "solo", 0, 18, "One sentence only.", List.of(), List.of(), List.of(), null,
                false, null);
        ClaimGroup g = new ClaimGroup("s-solo:1", c.statement(), ClaimStatus.SINGLE_SOURCE, List.of(c),
                List.of(c.evidence()), List.of(), null, "solo");
        Brief b = new Brief(Story.of("s-solo", List.of(d)), null, List.of(g), List.of(), List.of(), List.of());
        Document p = Jsoup.parse(BriefHtml.of(List.of(b), Map.of("solo", d)));
        assertThat(p.select("h1").text()).isEqualTo("Story s-solo");
        assertThat(p.select("p.empty")).hasSize(6);
        assertThat(p.select("table.matrix tbody tr")).hasSize(1);
        assertThat(p.select("svg")).isEmpty();
        assertThat(p.getElementById(Citations.anchor(c.evidence())).text()).isEqualTo("One sentence only.");
        assertThat(Jsoup.parse(BriefHtml.of(List.of(), Map.of())).select("p.empty")).hasSize(1);
    }

    @Test
    void spansOutsideTheRunAreShownButNotLinked() {
        Article a = new Article("short", "Outlet", null, null, null, null, "Tiny.", "test");
        AnnotatedArticle d = AnnotatedArticle.of(a);
        Claim c = new Claim("short:0", "short", 0, 5, "Tiny.", List.of(), List.of(), List.of(), null, false, null);
        ClaimGroup g = new ClaimGroup("s-x:1", "Tiny.", ClaimStatus.SINGLE_SOURCE, List.of(c),
                List.of(new Evidence("short", 0, 99), new Evidence("elsewhere", 0, 3)), List.of(), null, "short");
        Brief b = new Brief(Story.of("s-x", List.of(d)), "x", List.of(g), List.of(), List.of(), List.of());
        Document p = Jsoup.parse(BriefHtml.of(List.of(b), Map.of("short", d)));
        assertThat(p.select(".cite.missing")).hasSize(2);
        assertThat(p.select("a.cite")).isEmpty();
    }

    @Test
    void severalStoriesGetAnIndexAndEachArticleOnce() {
        ClaimGroup first = story.brief.claims().get(0);
        ClaimGroup copy = new ClaimGroup("s-two:1", first.statement(), first.status(), first.claims(),
                first.support(), List.of(), null, first.firstReported());
        Brief second = new Brief(new Story("s-two", List.of(LakeOrrin.GAZETTE), List.of("Orrin Gazette"), null,
                null), "Second story", List.of(copy), List.of(), List.of(), List.of());
        Document p = Jsoup.parse(BriefHtml.of(List.of(story.brief, second), story.docs));
        assertThat(p.select("nav.stories li")).hasSize(2);
        assertThat(p.select("article.story")).hasSize(2);
        assertThat(p.select("article.source-text")).hasSize(3);
        Set<String> ids = new HashSet<>();
        p.select("[id]").forEach(e -> assertThat(ids.add(e.id())).as(e.id()).isTrue());
    }
}
