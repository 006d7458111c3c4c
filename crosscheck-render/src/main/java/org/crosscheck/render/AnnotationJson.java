package org.crosscheck.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Boilerplate;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.Quantity;
import org.crosscheck.api.Quote;
import org.crosscheck.api.Region;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.TimeExpression;

/** An annotated article as one JSON object, in the fields of {@code crosscheck annotate} (INTERFACE.md). */
public final class AnnotationJson {
    private AnnotationJson() {
    }

    public static ObjectNode of(AnnotatedArticle doc) {
        Article a = doc.article();
        ObjectNode o = Json.object();
        o.put("id", a.id());
        o.put("outlet", a.outlet());
        Json.putDate(o, "published", a.published());
        o.put("language", a.language());
        o.put("title", a.title());
        o.put("url", a.url());
        o.put("text", a.text());
        ArrayNode entities = o.putArray("entities");
        for (EntityMention e : doc.entities()) {
            ObjectNode n = span(entities.addObject(), e.start(), e.end(), e.text());
            n.put("type", e.type().name());
            n.put("canonical", e.canonical());
        }
        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : doc.quantities()) {
            ObjectNode n = span(quantities.addObject(), q.start(), q.end(), q.text());
            Json.putNumber(n, "value", q.value());
            n.put("unit", q.unit());
            n.put("qualifier", q.qualifier().label());
            n.put("counted", q.counted());
            if (q.converted() != null) {
                ObjectNode c = n.putObject("converted");
                Json.putNumber(c, "value", q.converted().value());
                c.put("unit", q.converted().unit());
            }
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : doc.times()) {
            ObjectNode n = span(times.addObject(), t.start(), t.end(), t.text());
            n.put("value", t.value());
            n.put("type", t.type().name());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : doc.quotes()) {
            ObjectNode n = span(quotes.addObject(), q.start(), q.end(), q.text());
            n.put("speaker", q.speaker());
            if (q.speakerSpan() != null) {
                n.put("speaker_start", q.speakerSpan().start());
                n.put("speaker_end", q.speakerSpan().end());
            }
            n.put("speaker_kind", q.speakerKind() == null ? null : q.speakerKind().label());
        }
        ArrayNode attributions = o.putArray("attributions");
        for (Attribution at : doc.attributions()) {
            ObjectNode n = span(attributions.addObject(), at.start(), at.end(), at.text());
            n.put("source", at.source());
            n.put("kind", at.kind().label());
            if (at.content() != null) {
                n.put("content_start", at.content().start());
                n.put("content_end", at.content().end());
            }
        }
        ArrayNode regions = o.putArray("non_reporting");
        for (Region r : doc.regions()) {
            ObjectNode n = regions.addObject();
            n.put("start", r.start());
            n.put("end", r.end());
            n.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("why", r.why());
        }
        ArrayNode removed = o.putArray("removed");
        for (Boilerplate b : doc.removed()) {
            ObjectNode n = removed.addObject();
            n.put("text", b.text());
            n.put("why", b.why());
        }
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : doc.sentences()) {
            ArrayNode pair = sentences.addArray();
            pair.add(s.start());
            pair.add(s.end());
        }
        return o;
    }

    private static ObjectNode span(ObjectNode n, int start, int end, String text) {
        n.put("start", start);
        n.put("end", end);
        n.put("text", text);
        return n;
    }
}
