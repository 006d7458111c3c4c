package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.Quantity;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.Story;
import org.crosscheck.api.TimelineEvent;
import org.junit.jupiter.api.Test;

class RenderTest {

    private static final String HOSTILE = "<script>alert('x')</script> Mayor *Ilse* Varn | said [link](javascript:x) 1,200 troops";

    private final Article article = new Article("a<1>", "<b>Outlet</b>", LocalDate.of(2031, 3, 4), null,
            "Title <img src=x onerror=alert(1)>", "en", HOSTILE, "test");

    private AnnotatedArticle doc() {
        int m = HOSTILE.indexOf("Ilse");
        int q = HOSTILE.indexOf("1,200 troops");
        return AnnotatedArticle.of(article)
                .withEntities(List.of(new EntityMention(m, m + 4, "Ilse", EntityType.PERSON, "Ilse Varn")))
                .withQuantities(List.of(new Quantity(q, q + 12, "1,200 troops", 1200, "troops", Qualifier.EXACT,
                        null, null)));
    }

    @Test
    void annotationJsonHasInterfaceFieldsAndOffsetsIntoText() {
        JsonNode n = AnnotationJson.of(doc());
        assertThat(n.get("id").asText()).isEqualTo("a<1>");
        assertThat(n.get("published").asText()).isEqualTo("2031-03-04");
        JsonNode e = n.get("entities").get(0);
        String text = n.get("text").asText();
        assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
        assertThat(n.get("quantities").get(0).get("value").isIntegralNumber()).isTrue();
        assertThat(n.get("quantities").get(0).get("qualifier").asText()).isEqualTo("exact");
    }

    @Test
    void markdownEscapesMarkupFromArticles() {
        AnnotatedArticle d = doc();
        Claim c = new Claim("a<1>:0", d.id(), 0, HOSTILE.length(), HOSTILE, List.of(), List.of(), List.of(), null,
                false, article.published());
        Evidence ev = c.evidence();
        ClaimGroup g = new ClaimGroup("s:1", HOSTILE, ClaimStatus.DISPUTED, List.of(c), List.of(ev),
                List.of(new ClaimValue(d.id(), "<i>x</i>", 1200, "troops", Qualifier.EXACT, "<u>scope</u>",
                        article.published(), ev)), null, d.id());
        Brief b = new Brief(new Story("s", List.of(d.id()), List.of("<b>Outlet</b>"), article.published(),
                article.published()), "Head <script>x</script>", List.of(g),
                List.of(new TimelineEvent("2031-03-04", HOSTILE, List.of(d.id()), List.of(ev))), List.of(),
                List.of(new SourceProfile(d.id(), "<b>Outlet</b>", article.published(), List.of(),
                        List.of("anonymous-sourcing"), 0, 1, 0, null)));
        String md = BriefMarkdown.of(List.of(b), Map.of(d.id(), d));
        assertThat(md).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<u>")
                .doesNotContain("<i>").doesNotContainPattern("(?<!\\\\)\\]\\(javascript");
        assertThat(md).contains("&lt;script&gt;").contains("1,200 troops");
        String am = AnnotationMarkdown.of(d);
        assertThat(am).doesNotContain("<img").doesNotContain("<b>");
        // every table row keeps its column count: pipes inside article text are escaped
        md.lines().filter(l -> l.startsWith("| 2031")).forEach(l ->
                assertThat(l.replace("\\|", "").chars().filter(ch -> ch == '|').count()).isEqualTo(4));
    }

    @Test
    void briefJsonCarriesStatusSupportTextAndValues() {
        AnnotatedArticle d = doc();
        Claim c = new Claim("k", d.id(), 0, 10, HOSTILE.substring(0, 10), List.of(), List.of(), List.of(), null,
                false, null);
        ClaimGroup g = new ClaimGroup("s:2", "x", ClaimStatus.SINGLE_SOURCE, List.of(c), List.of(c.evidence()),
                List.of(), null, d.id());
        Brief b = new Brief(new Story("s", List.of(d.id()), List.of(), null, null), "h", List.of(g), List.of(),
                List.of(), List.of());
        JsonNode n = BriefJson.of(List.of(b), Map.of(d.id(), d));
        JsonNode claim = n.get("stories").get(0).get("claims").get(0);
        assertThat(claim.get("status").asText()).isEqualTo("single-source");
        assertThat(claim.get("support").get(0).get("text").asText()).isEqualTo(HOSTILE.substring(0, 10));
    }
    @Test
    void briefsWrittenStoryByStoryReadExactlyAsTheWholeDocument() throws java.io.IOException {
        AnnotatedArticle d = doc();
        Claim c = new Claim("k", d.id(), 0, 10, HOSTILE.substring(0, 10), List.of(), List.of(), List.of(), null,
                false, null);
        ClaimGroup g = new ClaimGroup("s:2", "x", ClaimStatus.SINGLE_SOURCE, List.of(c), List.of(c.evidence()),
                List.of(), null, d.id());
        List<Brief> briefs = List.of(
                new Brief(new Story("s1", List.of(d.id()), List.of(), null, null), "one", List.of(g), List.of(),
                        List.of(), List.of()),
                new Brief(new Story("s2", List.of(d.id()), List.of(), null, null), "two", List.of(), List.of(),
                        List.of(), List.of()));
        Map<String, AnnotatedArticle> docs = Map.of(d.id(), d);

        java.io.StringWriter json = new java.io.StringWriter();
        BriefJson.write(json, briefs, docs);
        assertThat(json.toString()).isEqualTo(Json.pretty(BriefJson.of(briefs, docs)));
        assertThat(Json.MAPPER.readTree(json.toString()).get("stories")).hasSize(2);

        List<String> pieces = new java.util.ArrayList<>();
        BriefMarkdown.write(pieces::add, briefs, docs);
        assertThat(pieces).hasSize(2);
        assertThat(String.join("", pieces)).isEqualTo(BriefMarkdown.of(briefs, docs)).contains("\n---\n");
    }

    @Test
    void aClauseCitationAlsoGivesItsSentence() {
        String text = "The council closed the port on Monday, and the union called a strike. Talks resumed.";
        int and = text.indexOf(", and");
        int end = text.indexOf(". Talks") + 1;
        AnnotatedArticle d = AnnotatedArticle.of(new Article("c", "Outlet", null, null, null, "en", text, "test"))
                .withSentences(List.of(new Sentence(0, end + 1, List.of(), 0),
                        new Sentence(end + 1, text.length(), List.of(), 0)));
        Claim clause = new Claim("c:0", "c", 0, and, text.substring(0, and), List.of(), List.of(), List.of(), null,
                false, null);
        Claim whole = new Claim("c:1", "c", end + 1, text.length(), text.substring(end + 1), List.of(), List.of(),
                List.of(), null, false, null);
        ClaimGroup g = new ClaimGroup("s:3", "x", ClaimStatus.SINGLE_SOURCE, List.of(clause, whole),
                List.of(clause.evidence(), whole.evidence()), List.of(), null, "c");
        Brief b = new Brief(new Story("s", List.of("c"), List.of(), null, null), "h", List.of(g), List.of(),
                List.of(), List.of());
        JsonNode support = BriefJson.of(List.of(b), Map.of("c", d)).get("stories").get(0).get("claims").get(0)
                .get("support");
        assertThat(support.get(0).get("end").asInt()).isEqualTo(and);
        assertThat(support.get(0).get("sentence_start").asInt()).isZero();
        assertThat(support.get(0).get("sentence_end").asInt()).isEqualTo(end);
        assertThat(support.get(1).has("sentence_start")).isFalse();
    }
}
