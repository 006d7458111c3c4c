package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Brief;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.Quantity;
import org.crosscheck.api.Quote;
import org.crosscheck.api.Region;
import org.crosscheck.api.RegionKind;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.Span;
import org.crosscheck.api.TimeExpression;
import org.crosscheck.api.TimeType;
import org.crosscheck.api.TimelineEvent;
import org.junit.jupiter.api.Test;

/**
 * The seed story with its gold annotations standing in for the upstream stages (boilerplate removed as a cleaner
 * would, a naive sentence splitter): does the brief find what a correct reading finds? Reads the seed files from the
 * shared folder and skips when it is absent; nothing of them is stored in the project.
 */
class SeedBriefIT {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+|\\n+");

    private static Path seeds() {
        String prop = System.getProperty("crosscheck.shared");
        Path shared = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
        return shared.resolve("seeds");
    }

    @Test
    void briefOfTheSeedStoryFindsItsAgreementsConflictsAndTimeline() throws IOException {
        Path dir = seeds();
        assumeTrue(Files.isRegularFile(dir.resolve("gold.json")), "seed story not present");
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
        List<AnnotatedArticle> docs = new ArrayList<>();
        gold.get("articles").fields().forEachRemaining(e -> {
            try {
                docs.add(annotate(dir, gold, e.getKey(), e.getValue()));
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        });
        Brief brief = new StoryBriefBuilder().build("seed", docs, List.of());
        print(brief);
        if (Boolean.getBoolean("seed.debug")) {
            debug(docs);
        }

        ClaimGroup superseded = brief.claims().stream().filter(g -> g.status() == ClaimStatus.SUPERSEDED)
                .filter(g -> g.articles().contains("002")).findFirst().orElseThrow();
        ClaimGroup authorized = brief.claims().stream().filter(g -> g.id().equals(superseded.supersededBy()))
                .findFirst().orElseThrow();
        assertThat(authorized.status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(authorized.articles()).hasSizeGreaterThanOrEqualTo(2).doesNotContain("002");
        // 000 names the decision only as "the authorization" it reports, one word: the event noun joins the reports
        // that state the event by its verb, so all four articles that report it back it
        assertThat(authorized.articles()).contains("000", "001", "003", "004");
        // Zelensky's demand for permission is no report of the permission
        assertThat(authorized.claims()).noneMatch(c -> c.statement().contains("demanded"));

        // the US decision and the British-French one are two facts with two actors
        assertThat(authorized.claims()).noneMatch(c -> c.statement().contains("France"));
        // the British-French decision is reported by two outlets in different words
        assertThat(brief.claims()).anySatisfy(g -> {
            assertThat(g.status()).isEqualTo(ClaimStatus.CORROBORATED);
            assertThat(g.articles()).contains("000", "003");
            assertThat(g.claims()).allMatch(c -> c.statement().contains("Storm Shadow"));
        });

        // one sentence of 001 states two facts, what influenced the decision's timing (Trump's coming presidency)
        // and what prompted it (Russia's alliance with North Korea): each clause joins its own corroboration and
        // cites its own clause
        AnnotatedArticle b = docs.stream().filter(d -> d.id().equals("001")).findFirst().orElseThrow();
        Sentence twoFacts = b.sentences().stream()
                .filter(x -> b.text().substring(x.start(), x.end()).contains("impending transition")).findFirst()
                .orElseThrow();
        List<ClaimGroup> clauseGroups = brief.claims().stream().filter(g -> g.status() == ClaimStatus.CORROBORATED)
                .filter(g -> g.claims().stream().anyMatch(c -> c.article().equals("001")
                        && twoFacts.start() <= c.start() && c.end() <= twoFacts.end()))
                .toList();
        assertThat(clauseGroups).hasSizeGreaterThanOrEqualTo(2);
        assertThat(clauseGroups).anySatisfy(g -> assertThat(g.articles()).contains("003"));
        int sentenceLength = b.text().substring(twoFacts.start(), twoFacts.end()).strip().length();
        assertThat(clauseGroups).allSatisfy(g -> assertThat(g.support()).noneMatch(e -> e.article().equals("001")
                && e.end() - e.start() >= sentenceLength));

        ClaimGroup troops = brief.claims().stream().filter(g -> g.status() == ClaimStatus.DISPUTED)
                .filter(g -> g.values().stream().anyMatch(v -> v.value() == 8000)).findFirst().orElseThrow();
        assertThat(troops.values()).extracting(ClaimValue::value).contains(3000.0, 8000.0, 10000.0, 11000.0);
        assertThat(troops.values()).extracting(ClaimValue::value).doesNotContain(50000.0);

        assertThat(brief.timeline()).extracting(TimelineEvent::when).contains("2024-02", "2024-04", "2024-11-05",
                "2024-11-12", "2024-11-17", "2024-11-19");
        for (ClaimGroup g : brief.claims()) {
            for (Evidence e : g.support()) {
                AnnotatedArticle d = docs.stream().filter(x -> x.id().equals(e.article())).findFirst().orElseThrow();
                assertThat(d.isNonReporting(new Span(e.start(), e.end()))).isFalse();
            }
        }
    }

    private static void debug(List<AnnotatedArticle> docs) {
        List<org.crosscheck.api.Claim> all = new ArrayList<>();
        docs.forEach(d -> all.addAll(new SentenceClaimExtractor().extract(d)));
        ClaimScores sim = new ClaimScores(new StoryClaimAligner().state("seed", all, List.of()));
        for (org.crosscheck.api.Claim a : all) {
            if (!a.statement().matches("(?s).*(authoriz|approved|allowed|permitting|no change|unchanged).*")) {
                continue;
            }
            System.out.println("## " + a.article() + (a.negated() ? " NEG " : " ") + a.statement());
            all.stream().filter(b -> !b.article().equals(a.article()))
                    .sorted(Comparator.comparingDouble(b -> -sim.similarity(a, b))).limit(4)
                    .forEach(b -> System.out.printf("   %.3f %s%s %s%n", sim.similarity(a, b), b.article(),
                            b.negated() ? " NEG" : "", b.statement().substring(0, Math.min(90, b.statement().length()))));
        }
    }

    private static void print(Brief b) {
        System.out.println("HEADLINE " + b.headline());
        for (ClaimGroup g : b.claims()) {
            System.out.printf("%-13s %s %s%n    %s%n", g.status().label(), g.articles(),
                    g.supersededBy() == null ? "" : "-> " + g.supersededBy(), g.statement());
            for (ClaimValue v : g.values()) {
                System.out.printf("      %s %.0f %s %s [%s]%n", v.article(), v.value(), v.unit(),
                        v.qualifier().label(), v.scope());
            }
        }
        for (TimelineEvent t : b.timeline()) {
            System.out.println("TL " + t.when() + " " + t.articles() + " " + t.event());
        }
        b.sources().forEach(s -> System.out.println("SRC " + s.article() + " " + s.flags()));
    }

    /** The seed articles annotated from gold, or an empty list when the seed story is absent. */
    static List<AnnotatedArticle> seedDocs() throws IOException {
        Path dir = seeds();
        if (!Files.isRegularFile(dir.resolve("gold.json"))) {
            return List.of();
        }
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
        List<AnnotatedArticle> docs = new ArrayList<>();
        var it = gold.get("articles").fields();
        while (it.hasNext()) {
            var e = it.next();
            docs.add(annotate(dir, gold, e.getKey(), e.getValue()));
        }
        return docs;
    }

    private static AnnotatedArticle annotate(Path dir, JsonNode gold, String id, JsonNode meta) throws IOException {
        String text = Files.readString(dir.resolve("articles").resolve(meta.get("file").asText()),
                StandardCharsets.UTF_8);
        for (JsonNode b : gold.get("boilerplate")) {
            if (b.get("article").asText().equals(id)) {
                text = text.replace(b.get("text").asText(), "");
            }
        }
        text = text.strip();
        String outlet = meta.get("outlet").isNull() ? null : meta.get("outlet").asText();
        Article article = new Article(id, outlet, LocalDate.parse(meta.get("published").asText()), null, null, "en",
                text, "seed");
        List<Sentence> sentences = sentences(text);
        List<EntityMention> entities = new ArrayList<>();
        for (JsonNode e : gold.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                for (Span s : all(text, m.asText())) {
                    if (entities.stream().noneMatch(x -> x.span().overlaps(s))) {
                        entities.add(new EntityMention(s.start(), s.end(), m.asText(),
                                EntityType.valueOf(e.get("type").asText()), e.get("canonical").asText()));
                    }
                }
            }
        }
        entities.sort(Comparator.comparingInt(EntityMention::start));
        List<Quantity> quantities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        for (JsonNode q : mine(gold.get("quantities"), id)) {
            for (Span s : first(text, q.get("text").asText())) {
                quantities.add(new Quantity(s.start(), s.end(), q.get("text").asText(), q.get("value").asDouble(),
                        q.get("unit").asText(), Qualifier.fromLabel(q.get("qualifier").asText()), null, null));
            }
        }
        for (JsonNode t : mine(gold.get("time_expressions"), id)) {
            for (Span s : first(text, t.get("text").asText())) {
                String v = t.get("value").asText();
                times.add(new TimeExpression(s.start(), s.end(), t.get("text").asText(),
                        v.startsWith("P") ? TimeType.DURATION : TimeType.DATE, v));
            }
        }
        for (JsonNode q : mine(gold.get("quotes"), id)) {
            for (Span s : first(text, q.get("text").asText())) {
                quotes.add(new Quote(s.start(), s.end(), q.get("text").asText(), q.get("speaker").asText(), null,
                        SourceKind.fromLabel(q.get("speaker_kind").asText())));
            }
        }
        for (JsonNode a : mine(gold.get("attributions"), id)) {
            for (Span s : first(text, a.get("text").asText())) {
                Sentence in = sentences.stream().filter(x -> x.span().contains(s.start())).findFirst().orElse(null);
                attributions.add(new Attribution(s.start(), s.end(), a.get("text").asText(), a.get("source").asText(),
                        SourceKind.fromLabel(a.get("kind").asText()), in == null ? null : in.span()));
            }
        }
        List<Region> regions = new ArrayList<>();
        for (JsonNode r : mine(gold.get("non_reporting_spans"), id)) {
            int from = text.indexOf(r.get("from").asText());
            String to = r.get("to").asText();
            int end = text.indexOf(to, Math.max(0, from));
            if (from >= 0 && end >= 0) {
                regions.add(new Region(from, end + to.length(), RegionKind.INTERVIEW, r.get("why").asText()));
            }
        }
        return new AnnotatedArticle(article, List.of(), sentences, regions, entities, quantities,
                times.stream().sorted(Comparator.comparingInt(TimeExpression::start)).toList(), quotes, attributions);
    }

    private static List<JsonNode> mine(JsonNode array, String id) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.get("article").asText().equals(id)) {
                out.add(n);
            }
        });
        return out;
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new Sentence(start, m.start(), List.of(), 0));
            }
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new Sentence(start, text.length(), List.of(), 0));
        }
        return out;
    }

    private static List<Span> first(String text, String s) {
        int at = text.indexOf(s);
        return at < 0 ? List.of() : List.of(new Span(at, at + s.length()));
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
