package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.Quantity;
import org.crosscheck.api.Quote;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.Span;
import org.crosscheck.api.TimeExpression;
import org.crosscheck.api.TimeType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's fictional example story (examples/harbour-strike: four invented outlets on a dockworkers' strike)
 * through the claims stage, with the annotations the upstream stages give it (entities, figures, times, quotes and
 * attributions, located by their surface text in the example's own files). The same three behaviours crosscheck-cli's
 * ExampleStoryIT checks through every command, here without the rest of the pipeline, so a change to the claims stage
 * that breaks them fails in this module.
 */
class ExampleStoryBriefIT {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+|\\n+");
    private static final Pattern DATELINE = Pattern.compile("^(\\d{2})-(\\d{2})-(\\d{4})\\b");

    static Brief brief;
    static List<AnnotatedArticle> docs;

    private static Path example() {
        String prop = System.getProperty("crosscheck.root");
        Path root = prop != null ? Path.of(prop) : Path.of("..");
        return root.resolve("examples").resolve("harbour-strike");
    }

    @BeforeAll
    static void build() throws IOException {
        docs = examples();
        brief = new StoryBriefBuilder().build("harbour", docs, List.of());
        for (ClaimGroup g : brief.claims()) {
            System.out.printf("%-13s %s %s%n    %s%n", g.status().label(), g.articles(),
                    g.supersededBy() == null ? "" : "-> " + g.supersededBy(), g.statement());
            for (ClaimValue v : g.values()) {
                System.out.printf("      %s %.0f %s [%s]%n", v.article(), v.value(), v.unit(), v.scope());
            }
        }
    }

    @Test
    void strikerCountIsDisputedWithEveryFigure() {
        ClaimGroup count = brief.claims().stream()
                .filter(g -> g.status() == ClaimStatus.DISPUTED)
                .filter(g -> values(g).containsAll(Set.of(2500.0, 4000.0)))
                .findFirst().orElseThrow(() -> new AssertionError("no disputed group with 2,500 and 4,000"));
        // every outlet's figure, with its outlet, date and scope
        for (String article : List.of("coastline-oct13", "courier-oct16")) {
            for (double v : List.of(2500.0, 4000.0)) {
                assertThat(count.values()).as(article + " " + v)
                        .anyMatch(x -> x.article().equals(article) && x.value() == v && x.outlet() != null
                                && x.published() != null && x.scope() != null);
            }
        }
        // no other group claims the two outlets agree on a striker count
        assertThat(brief.claims()).noneMatch(g -> g.status() == ClaimStatus.CORROBORATED
                && (values(g).contains(2500.0) || values(g).contains(4000.0)));
    }

    @Test
    void earlyNoChangeStatementIsSupersededNotDisputed() {
        List<ClaimGroup> fromLedger = brief.claims().stream()
                .filter(g -> g.articles().equals(List.of("ledger-oct02")))
                .filter(g -> g.statement().contains("no change") || g.statement().contains("no plans to close"))
                .toList();
        assertThat(fromLedger).isNotEmpty();
        ClaimGroup noChange = fromLedger.stream().filter(g -> g.statement().contains("no change")).findFirst()
                .orElseThrow();
        assertThat(noChange.status()).isEqualTo(ClaimStatus.SUPERSEDED);
        ClaimGroup later = brief.claims().stream().filter(g -> g.id().equals(noChange.supersededBy())).findFirst()
                .orElseThrow(() -> new AssertionError("superseded by a group that is not in the brief"));
        assertThat(later.claims()).allMatch(c -> c.published().isAfter(LocalDate.of(2031, 10, 10)));
        assertThat(later.statement()).containsIgnoringCase("clos");
        assertThat(fromLedger).noneMatch(g -> g.status() == ClaimStatus.DISPUTED
                || g.status() == ClaimStatus.SINGLE_SOURCE);
        assertThat(brief.claims()).filteredOn(g -> g.status() == ClaimStatus.DISPUTED)
                .noneMatch(g -> g.articles().contains("ledger-oct02"));
    }

    @Test
    void quotesHaveSpeakersAndTheBriefCitesTheUndatedArticle() {
        assertThat(brief.quotes()).extracting(BriefQuote::speaker)
                .anyMatch(s -> s.contains("Kovalchuk")).anyMatch(s -> s.contains("Marquardt"));
        assertThat(brief.claims()).anyMatch(g -> g.status() == ClaimStatus.CORROBORATED);
        assertThat(brief.claims()).anyMatch(g -> g.status() == ClaimStatus.DISPUTED);
        List<Evidence> cited = brief.claims().stream().flatMap(g -> g.support().stream()).toList();
        assertThat(cited).anyMatch(e -> e.article().equals("courier-oct16"));
        for (Evidence e : cited) {
            AnnotatedArticle d = docs.stream().filter(x -> x.id().equals(e.article())).findFirst().orElseThrow();
            assertThat(e.start()).isGreaterThanOrEqualTo(0).isLessThan(e.end());
            assertThat(e.end()).isLessThanOrEqualTo(d.text().length());
        }
    }

    private static Set<Double> values(ClaimGroup g) {
        return g.values().stream().map(ClaimValue::value).collect(Collectors.toSet());
    }

    // ---- the example's articles with their annotations ----

    /**
     * Article, surface text, type and canonical name of the entities the recogniser and resolver give, each at the
     * first occurrence no earlier row of its article took (the recogniser misses some mentions, as here).
     */
    private static final String[][] ENTITIES = {
            {"ledger-oct02", "Ministry of Transport", "ORGANIZATION", "Ministry of Transport"},
            {"ledger-oct02", "Port of Valmora", "LOCATION", "Port of Valmora"},
            {"ledger-oct02", "Port of Valmora", "LOCATION", "Port of Valmora"},
            {"ledger-oct02", "Ilse Marquardt", "PERSON", "Ilse Marquardt"},
            {"ledger-oct02", "Valmora", "LOCATION", "Valmora"},
            {"ledger-oct02", "Dmytro Kovalchuk", "PERSON", "Dmytro Kovalchuk"},
            {"ledger-oct02", "Kovalchuk", "PERSON", "Dmytro Kovalchuk"},
            {"ledger-oct02", "Tomas Rehn", "PERSON", "Tomas Rehn"},
            {"ledger-oct02", "Ostrel", "LOCATION", "Ostrel"},
            {"ledger-oct02", "Estrava", "LOCATION", "Estrava"},
            {"coastline-oct13", "Valmora", "LOCATION", "Valmora"},
            {"coastline-oct13", "Coastline News", "ORGANIZATION", "Coastline News"},
            {"coastline-oct13", "Ministry of Transport", "ORGANIZATION", "Ministry of Transport"},
            {"coastline-oct13", "Tomas Rehn", "PERSON", "Tomas Rehn"},
            {"coastline-oct13", "Dmytro Kovalchuk", "PERSON", "Dmytro Kovalchuk"},
            {"coastline-oct13", "Ostrel", "LOCATION", "Ostrel"},
            {"coastline-oct13", "Ilse Marquardt", "PERSON", "Ilse Marquardt"},
            {"wire-oct14", "Estrava", "LOCATION", "Estrava"},
            {"wire-oct14", "Coastline News", "ORGANIZATION", "Coastline News"},
            {"wire-oct14", "Ministry of Transport", "ORGANIZATION", "Ministry of Transport"},
            {"wire-oct14", "Dmitri Kovalchuk", "PERSON", "Dmytro Kovalchuk"},
            {"wire-oct14", "Ostrel", "LOCATION", "Ostrel"},
            {"courier-oct16", "Port of Valmora", "LOCATION", "Port of Valmora"},
            {"courier-oct16", "Ministry of Transport", "ORGANIZATION", "Ministry of Transport"},
            {"courier-oct16", "Tomas Rehn", "PERSON", "Tomas Rehn"},
            {"courier-oct16", "Valmora", "LOCATION", "Valmora"},
            {"courier-oct16", "Ostrel", "LOCATION", "Ostrel"},
            {"courier-oct16", "Dmytro Kovalchuk", "PERSON", "Dmytro Kovalchuk"}};

    /** Article, surface text, value, unit, qualifier: the figures as the quantity stage reads them. */
    private static final String[][] QUANTITIES = {
            {"ledger-oct02", "about 2,000 of its members", "2000", "members", "approximately"},
            {"ledger-oct02", "1.2 million containers", "1200000", "containers", "exact"},
            {"coastline-oct13", "4,000 workers", "4000", "workers", "exact"},
            {"coastline-oct13", "2,500", "2500", "workers", "exact"},
            {"coastline-oct13", "At least 40 ships", "40", "ships", "at least"},
            {"coastline-oct13", "90 kilometres", "90", "km", "exact"},
            {"wire-oct14", "more than 3,000 strikers", "3000", "strikers", "more than"},
            {"wire-oct14", "Nearly 45 ships", "45", "ships", "nearly"},
            {"courier-oct16", "2,500 workers", "2500", "workers", "exact"},
            {"courier-oct16", "4,000", "4000", "workers", "exact"},
            {"courier-oct16", "about $12 million", "12000000", "USD", "approximately"}};

    /** Article, surface text, TIMEX3 value. */
    private static final String[][] TIMES = {
            {"ledger-oct02", "on Thursday", "2031-10-02"},
            {"ledger-oct02", "by the end of the month", "2031-10-31"},
            {"ledger-oct02", "last year", "2030"},
            {"coastline-oct13", "on Sunday", "2031-10-12"},
            {"coastline-oct13", "2019", "2019"},
            {"coastline-oct13", "on Saturday", "2031-10-11"},
            {"wire-oct14", "on Sunday", "2031-10-12"},
            {"wire-oct14", "on Monday", "2031-10-13"},
            {"wire-oct14", "on Saturday", "2031-10-11"},
            {"wire-oct14", "by Monday morning", "2031-10-13"},
            {"courier-oct16", "16-10-2031", "2031-10-16"},
            {"courier-oct16", "on Wednesday", "2031-10-15"},
            {"courier-oct16", "the weekend", "2031-W41-WE"},
            {"courier-oct16", "on Tuesday", "2031-10-14"},
            {"courier-oct16", "before the end of the year", "2031-12-31"},
            {"courier-oct16", "tomorrow", "2031-10-17"}};

    /** Article, quoted text, speaker. */
    private static final String[][] QUOTES = {
            {"ledger-oct02", "There has been no change to the ministry's position: the port stays open and talks "
                    + "continue,", "Ilse Marquardt"},
            {"coastline-oct13", "We will not go back until the contracts are signed,", "Dmytro Kovalchuk"},
            {"wire-oct14", "The contracts come first,", "Dmytro Kovalchuk"},
            {"courier-oct16", "We are ready to sign tomorrow if the ministry is,", "Dmytro Kovalchuk"}};

    /** Article, attribution phrase, source, kind. */
    private static final String[][] ATTRIBUTIONS = {
            {"ledger-oct02", "The Ministry of Transport said", "The Ministry of Transport", "organization"},
            {"ledger-oct02", "ministry spokesperson Ilse Marquardt told", "Ilse Marquardt", "named person"},
            {"ledger-oct02", "union, led by Dmytro Kovalchuk, says", "union, led by Dmytro Kovalchuk",
                    "organization"},
            {"ledger-oct02", "Kovalchuk has demanded", "Dmytro Kovalchuk", "named person"},
            {"ledger-oct02", "Port authority director Tomas Rehn said", "Tomas Rehn", "named person"},
            {"coastline-oct13", "Coastline News has learned", "Coastline News", "outlet"},
            {"coastline-oct13", "According to two officials familiar with the talks",
                    "two officials familiar with the talks", "anonymous official"},
            {"coastline-oct13", "Port authority director Tomas Rehn confirmed", "Tomas Rehn", "named person"},
            {"coastline-oct13", "The union says", "The union", "organization"},
            {"coastline-oct13", "union leader Dmytro Kovalchuk said", "Dmytro Kovalchuk", "named person"},
            {"coastline-oct13", "Ministry spokesperson Ilse Marquardt declined", "Ilse Marquardt", "named person"},
            {"wire-oct14", "Coastline News reported on Monday, citing port documents", "Coastline News", "outlet"},
            {"wire-oct14", "Police said", "Police", "organization"},
            {"wire-oct14", "Union leader Dmitri Kovalchuk told", "Dmytro Kovalchuk", "named person"},
            {"wire-oct14", "he said", "Dmytro Kovalchuk", "named person"},
            {"courier-oct16", "Port authority director Tomas Rehn said", "Tomas Rehn", "named person"},
            {"courier-oct16", "a senior ministry official said", "a senior ministry official",
                    "anonymous official"},
            {"courier-oct16", "Union leader Dmytro Kovalchuk said", "Dmytro Kovalchuk", "named person"},
            {"courier-oct16", "he said", "Dmytro Kovalchuk", "named person"}};

    static List<AnnotatedArticle> examples() throws IOException {
        Path dir = example();
        assertThat(dir.resolve("manifest.json")).as("the example story ships with the project").isRegularFile();
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        List<AnnotatedArticle> out = new ArrayList<>();
        var it = manifest.fields();
        while (it.hasNext()) {
            var e = it.next();
            out.add(annotate(dir.resolve(e.getKey()), e.getValue()));
        }
        assertThat(out).hasSize(4);
        return out;
    }

    private static AnnotatedArticle annotate(Path file, JsonNode meta) throws IOException {
        String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String raw = Files.readString(file, StandardCharsets.UTF_8).strip();
        // a plain-text article's first line, set off by a blank line and not ending a sentence, is its title
        String title = null;
        String text = raw;
        int blank = raw.indexOf("\n\n");
        if (blank > 0 && raw.indexOf('\n') == blank && !raw.substring(0, blank).strip().matches(".*[.!?\"”]$")) {
            title = raw.substring(0, blank).strip();
            text = raw.substring(blank).strip();
        }
        LocalDate published = meta.hasNonNull("published") ? LocalDate.parse(meta.get("published").asText()) : null;
        Matcher dl = DATELINE.matcher(text);
        if (published == null && dl.find()) {
            published = LocalDate.of(Integer.parseInt(dl.group(3)), Integer.parseInt(dl.group(2)),
                    Integer.parseInt(dl.group(1)));
        }
        Article article = new Article(id, meta.get("outlet").asText(), published, null, title, "en", text,
                file.toString());
        List<Sentence> sentences = sentences(text);

        List<EntityMention> entities = new ArrayList<>();
        for (String[] e : mine(ENTITIES, id)) {
            Span s = all(text, e[1]).stream().filter(x -> entities.stream().noneMatch(m -> m.span().overlaps(x)))
                    .findFirst().orElseThrow(() -> new AssertionError("'" + e[1] + "' in " + id));
            entities.add(new EntityMention(s.start(), s.end(), e[1], EntityType.valueOf(e[2]), e[3]));
        }
        entities.sort(Comparator.comparingInt(EntityMention::start));
        List<Quantity> quantities = new ArrayList<>();
        for (String[] q : mine(QUANTITIES, id)) {
            Span s = first(text, q[1]);
            quantities.add(new Quantity(s.start(), s.end(), q[1], Double.parseDouble(q[2]), q[3],
                    Qualifier.fromLabel(q[4]), q[3], null));
        }
        quantities.sort(Comparator.comparingInt(Quantity::start));
        List<TimeExpression> times = new ArrayList<>();
        for (String[] t : mine(TIMES, id)) {
            Span s = first(text, t[1]);
            times.add(new TimeExpression(s.start(), s.end(), t[1], TimeType.DATE, t[2]));
        }
        times.sort(Comparator.comparingInt(TimeExpression::start));
        List<Quote> quotes = new ArrayList<>();
        for (String[] q : mine(QUOTES, id)) {
            Span s = first(text, q[1]);
            quotes.add(new Quote(s.start(), s.end(), q[1], q[2], null, SourceKind.NAMED_PERSON));
        }
        List<Attribution> attributions = new ArrayList<>();
        for (String[] a : mine(ATTRIBUTIONS, id)) {
            Span s = first(text, a[1]);
            Sentence in = sentences.stream().filter(x -> x.span().contains(s.start())).findFirst().orElseThrow();
            attributions.add(new Attribution(s.start(), s.end(), a[1], a[2], SourceKind.fromLabel(a[3]),
                    in.span()));
        }
        attributions.sort(Comparator.comparingInt(Attribution::start));
        return new AnnotatedArticle(article, List.of(), sentences, List.of(), entities, quantities, times, quotes,
                attributions);
    }

    private static List<String[]> mine(String[][] rows, String id) {
        List<String[]> out = new ArrayList<>();
        for (String[] r : rows) {
            if (r[0].equals(id)) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        int paragraph = 0;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new Sentence(start, m.start(), List.of(), paragraph));
            }
            if (m.group().contains("\n")) {
                paragraph++;
            }
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new Sentence(start, text.length(), List.of(), paragraph));
        }
        return out;
    }

    private static Span first(String text, String s) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(s)).matcher(text);
        assertThat(m.find()).as("'" + s + "' in the example text").isTrue();
        return new Span(m.start(), m.start() + s.length());
    }

    private static List<Span> all(String text, String s) {
        List<Span> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\b" + Pattern.quote(s) + "\\b").matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }
}
