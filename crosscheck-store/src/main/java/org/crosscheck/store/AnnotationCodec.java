package org.crosscheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Boilerplate;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
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

/**
 * An article's annotations as JSON and back, losslessly. The article itself (text, title, ...) is not part of it:
 * it sits in its own columns, and the annotations are joined back onto it when read.
 *
 * <p>crosscheck-render's {@code AnnotationJson} is the public view and drops what a reader does not need (sentence
 * tokens and paragraphs, where removed boilerplate was); the store must give the pipeline back exactly what it
 * stored, hence this codec. Enum constants are written by name, which is stable.
 */
final class AnnotationCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotationCodec() {
    }

    static String encode(AnnotatedArticle doc) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode removed = o.putArray("removed");
        for (Boilerplate b : doc.removed()) {
            span(removed.addObject(), b.start(), b.end(), b.text()).put("why", b.why());
        }
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : doc.sentences()) {
            ObjectNode n = sentences.addObject();
            n.put("start", s.start());
            n.put("end", s.end());
            n.put("paragraph", s.paragraph());
            ArrayNode tokens = n.putArray("tokens");
            for (Span t : s.tokens()) {
                tokens.add(t.start());
                tokens.add(t.end());
            }
        }
        ArrayNode regions = o.putArray("regions");
        for (Region r : doc.regions()) {
            ObjectNode n = regions.addObject();
            n.put("start", r.start());
            n.put("end", r.end());
            n.put("kind", r.kind().name());
            n.put("why", r.why());
        }
        ArrayNode entities = o.putArray("entities");
        for (EntityMention e : doc.entities()) {
            ObjectNode n = span(entities.addObject(), e.start(), e.end(), e.text());
            n.put("type", e.type().name());
            n.put("canonical", e.canonical());
        }
        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : doc.quantities()) {
            ObjectNode n = span(quantities.addObject(), q.start(), q.end(), q.text());
            n.put("value", q.value());
            n.put("unit", q.unit());
            n.put("qualifier", q.qualifier().name());
            n.put("counted", q.counted());
            if (q.converted() != null) {
                ObjectNode c = n.putObject("converted");
                c.put("value", q.converted().value());
                c.put("unit", q.converted().unit());
            }
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : doc.times()) {
            ObjectNode n = span(times.addObject(), t.start(), t.end(), t.text());
            n.put("type", t.type().name());
            n.put("value", t.value());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : doc.quotes()) {
            ObjectNode n = span(quotes.addObject(), q.start(), q.end(), q.text());
            n.put("speaker", q.speaker());
            putSpan(n, "speaker_span", q.speakerSpan());
            n.put("speaker_kind", q.speakerKind() == null ? null : q.speakerKind().name());
        }
        ArrayNode attributions = o.putArray("attributions");
        for (Attribution a : doc.attributions()) {
            ObjectNode n = span(attributions.addObject(), a.start(), a.end(), a.text());
            n.put("source", a.source());
            n.put("kind", a.kind().name());
            putSpan(n, "content", a.content());
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write annotations of " + doc.id(), e);
        }
    }

    /** The annotated article from its stored article and annotation JSON; a damaged record names the article. */
    static AnnotatedArticle decode(Article article, String json) {
        try {
            JsonNode o = JSON.readTree(json);
            return new AnnotatedArticle(article,
                    list(o, "removed", n -> new Boilerplate(i(n, "start"), i(n, "end"), s(n, "text"), s(n, "why"))),
                    list(o, "sentences", AnnotationCodec::sentence),
                    list(o, "regions", n -> new Region(i(n, "start"), i(n, "end"), RegionKind.valueOf(s(n, "kind")),
                            s(n, "why"))),
                    list(o, "entities", n -> new EntityMention(i(n, "start"), i(n, "end"), s(n, "text"),
                            EntityType.valueOf(s(n, "type")), s(n, "canonical"))),
                    list(o, "quantities", AnnotationCodec::quantity),
                    list(o, "times", n -> new TimeExpression(i(n, "start"), i(n, "end"), s(n, "text"),
                            TimeType.valueOf(s(n, "type")), s(n, "value"))),
                    list(o, "quotes", n -> new Quote(i(n, "start"), i(n, "end"), s(n, "text"), s(n, "speaker"),
                            span(n.get("speaker_span")),
                            s(n, "speaker_kind") == null ? null : SourceKind.valueOf(s(n, "speaker_kind")))),
                    list(o, "attributions", n -> new Attribution(i(n, "start"), i(n, "end"), s(n, "text"),
                            s(n, "source"), SourceKind.valueOf(s(n, "kind")), span(n.get("content")))));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StoreException("damaged annotations of article " + article.id(), e);
        }
    }

    private static Sentence sentence(JsonNode n) {
        List<Span> tokens = new ArrayList<>();
        JsonNode t = n.path("tokens");
        for (int k = 0; k + 1 < t.size(); k += 2) {
            tokens.add(new Span(t.get(k).asInt(), t.get(k + 1).asInt()));
        }
        return new Sentence(i(n, "start"), i(n, "end"), tokens, n.path("paragraph").asInt());
    }

    private static Quantity quantity(JsonNode n) {
        JsonNode c = n.get("converted");
        Quantity.Converted converted = c == null || c.isNull() ? null
                : new Quantity.Converted(c.get("value").asDouble(), s(c, "unit"));
        return new Quantity(i(n, "start"), i(n, "end"), s(n, "text"), n.get("value").asDouble(), s(n, "unit"),
                Qualifier.valueOf(s(n, "qualifier")), s(n, "counted"), converted);
    }

    private static <T> List<T> list(JsonNode o, String field, Function<JsonNode, T> read) {
        List<T> out = new ArrayList<>();
        for (JsonNode n : o.path(field)) {
            out.add(read.apply(n));
        }
        return out;
    }

    private static ObjectNode span(ObjectNode n, int start, int end, String text) {
        n.put("start", start);
        n.put("end", end);
        n.put("text", text);
        return n;
    }

    private static void putSpan(ObjectNode n, String field, Span span) {
        if (span != null) {
            ArrayNode a = n.putArray(field);
            a.add(span.start());
            a.add(span.end());
        }
    }

    private static Span span(JsonNode a) {
        return a == null || a.isNull() ? null : new Span(a.get(0).asInt(), a.get(1).asInt());
    }

    private static int i(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new IllegalArgumentException("missing or bad \"" + field + "\" in " + n);
        }
        return v.asInt();
    }

    private static String s(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
