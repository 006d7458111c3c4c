package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.Span;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.TimelineEvent;
import org.junit.jupiter.api.Test;

class StoryBriefBuilderTest {

    private final StoryBriefBuilder builder = new StoryBriefBuilder();

    private Brief brief() {
        List<StoryAssignment> assignments = List.of(
                new StoryAssignment("vt", "s1", true, 1.0, null),
                new StoryAssignment("nl", "s1", false, 0.8, null),
                new StoryAssignment("cp", "s1", false, 0.7, null),
                new StoryAssignment("rw", "s1", false, 0.9, "nl"));
        return builder.build("s1", VeldraStory.all(), assignments);
    }

    @Test
    void claimsAreOrderedCorroboratedDisputedSupersededSingle() {
        List<ClaimStatus> statuses = brief().claims().stream().map(ClaimGroup::status).toList();
        assertThat(statuses).contains(ClaimStatus.CORROBORATED, ClaimStatus.DISPUTED, ClaimStatus.SUPERSEDED,
                ClaimStatus.SINGLE_SOURCE);
        assertThat(statuses).isSortedAccordingTo((a, b) -> Integer.compare(rank(a), rank(b)));
    }

    private static int rank(ClaimStatus s) {
        return List.of(ClaimStatus.CORROBORATED, ClaimStatus.DISPUTED, ClaimStatus.SUPERSEDED,
                ClaimStatus.SINGLE_SOURCE).indexOf(s);
    }

    @Test
    void headlineIsTheMostCentralArticlesTitle() {
        assertThat(brief().headline()).isEqualTo("Veldra approves engineer mission to Ostmark");
    }

    @Test
    void withoutTitlesTheHeadlineIsTheCoreClaimWithoutItsAttribution() {
        AnnotatedArticle a = Fixture.article("a", "Outlet One", "2031-05-02")
                .s("The Harbor Gazette, citing unnamed sources, first reported the closure.")
                .s("On Monday, officials said that the Port of Brenmoor closed its northern terminal to all cargo ships"
                        + " \u2014 a blow to the exporters of the region.")
                .loc("Port of Brenmoor", "Port of Brenmoor")
                .attr("officials said", "officials", org.crosscheck.api.SourceKind.ANONYMOUS_OFFICIAL).build();
        AnnotatedArticle b = Fixture.article("b", "Outlet Two", "2031-05-02")
                .s("The Port of Brenmoor closed its northern terminal to all cargo ships on Monday, the harbor"
                        + " authority said.")
                .loc("Port of Brenmoor", "Port of Brenmoor")
                .attr("the harbor authority said", "harbor authority", org.crosscheck.api.SourceKind.ORGANIZATION)
                .build();
        Brief brief = builder.build("s9", List.of(a, b), List.of(new StoryAssignment("a", "s9", true, 1.0, null),
                new StoryAssignment("b", "s9", false, 0.9, null)));
        assertThat(brief.claims()).extracting(ClaimGroup::status).contains(ClaimStatus.CORROBORATED);
        assertThat(brief.headline()).startsWith("The Port of Brenmoor closed its northern terminal to all cargo ships")
                .doesNotContain("said", "Gazette", "\u2014", "exporters").doesNotEndWith(".");
    }

    @Test
    void aHeadlineStopsWhereTheStatementTurnsToAComment() {
        assertThat(StoryBriefBuilder.asHeadline("The council of Brenmoor approved the new harbor tax on Friday evening"
                + " \u2014 its first new levy in a decade.")).isEqualTo(
                "The council of Brenmoor approved the new harbor tax on Friday evening");
        assertThat(StoryBriefBuilder.asHeadline("Tax approved \u2014 at last.")).isEqualTo("Tax approved \u2014 at last");
    }

    @Test
    void timelineIsChronologicalMergedAndFreeOfForecastsAndRegions() {
        List<TimelineEvent> tl = brief().timeline();
        assertThat(tl).extracting(TimelineEvent::when).containsExactly("2031-02", "2031-02-27", "2031-03-01",
                "2031-03-04", "2031-03-09", "2031-03-10");
        TimelineEvent bridge = tl.get(3);
        assertThat(bridge.articles()).containsExactlyInAnyOrder("nl", "rw");
        TimelineEvent published = tl.get(5);
        assertThat(published.event()).startsWith("Northern Ledger, Coastal Post, Ridge Wire report: ");
        assertThat(published.articles()).containsExactly("nl", "cp", "rw");
        assertThat(tl).extracting(TimelineEvent::when).doesNotContain("2031-01", "2031-12-31");
        assertThat(tl.get(2).event()).isEqualTo("Valley Times reports: Veldra keeps engineer policy unchanged, "
                + "ministry says");
    }

    @Test
    void quotesComeOnlyFromReportingText() {
        List<BriefQuote> quotes = brief().quotes();
        assertThat(quotes).extracting(BriefQuote::speaker).containsExactly("Mara Quist");
    }

    @Test
    void sourcesCarryFlagsAndCounts() {
        Map<String, SourceProfile> p = brief().sources().stream()
                .collect(Collectors.toMap(SourceProfile::article, Function.identity()));
        assertThat(p.get("vt").flags()).contains("on-record").doesNotContain("anonymous-sourcing");
        assertThat(p.get("vt").quotesOnRecord()).isEqualTo(1);
        assertThat(p.get("vt").namedSources()).isEqualTo(1);
        assertThat(p.get("nl").flags()).contains("anonymous-sourcing", "non-reporting-content",
                "single-source-claims");
        assertThat(p.get("nl").anonymousSources()).isEqualTo(1);
        assertThat(p.get("cp").flags()).contains("second-hand");
        assertThat(p.get("rw").flags()).contains("duplicate");
        assertThat(p.get("rw").duplicateOf()).isEqualTo("nl");
    }

    @Test
    void everyEvidenceSpanLiesInItsArticleAndOutsideRegions() {
        Brief b = brief();
        Map<String, AnnotatedArticle> docs = VeldraStory.all().stream()
                .collect(Collectors.toMap(AnnotatedArticle::id, Function.identity()));
        for (ClaimGroup g : b.claims()) {
            g.support().forEach(e -> checkEvidence(docs, e));
            g.values().forEach(v -> checkEvidence(docs, v.evidence()));
        }
        b.timeline().forEach(t -> t.support().forEach(e -> checkEvidence(docs, e)));
        b.quotes().forEach(q -> checkEvidence(docs, q.evidence()));
        assertThat(b.story().articles()).containsExactly("vt", "nl", "cp", "rw");
        assertThat(b.story().first()).hasToString("2031-03-01");
    }

    private static void checkEvidence(Map<String, AnnotatedArticle> docs, Evidence e) {
        AnnotatedArticle d = docs.get(e.article());
        assertThat(d).isNotNull();
        assertThat(e.end()).isLessThanOrEqualTo(d.text().length());
        assertThat(d.isNonReporting(new Span(e.start(), e.end()))).as("evidence %s in a region", e).isFalse();
    }

    @Test
    void oddInputGivesAnEmptyBriefNotAnException() {
        Brief empty = builder.build("s", List.of(), List.of());
        assertThat(empty.claims()).isEmpty();
        assertThat(empty.headline()).isEmpty();
        Article blank = new Article("z", null, null, null, null, null, "", "test");
        Brief b = builder.build(null, List.of(AnnotatedArticle.of(blank)), null);
        assertThat(b.claims()).isEmpty();
        assertThat(b.sources()).hasSize(1);
    }

    @Test
    void sameResultFromManyThreads() throws Exception {
        Brief expected = brief();
        List<Thread> threads = new java.util.ArrayList<>();
        List<Brief> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> results.add(brief()));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).hasSize(4).allMatch(expected::equals);
    }
}
