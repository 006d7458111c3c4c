package org.crosscheck.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.Story;
import org.crosscheck.api.TimelineEvent;

/**
 * Briefs as JSON in the fields of {@code crosscheck brief} (INTERFACE.md). Every support span also carries the
 * text it covers, so a reader of the JSON sees the sentence without opening the article, and a span that is one
 * clause of a longer sentence the sentence's offsets ({@code sentence_start}, {@code sentence_end}).
 */
public final class BriefJson {
    private BriefJson() {
    }

    /** {@code {"stories": [...]}} for a whole run. */
    public static ObjectNode of(List<Brief> briefs, Map<String, AnnotatedArticle> docs) {
        ObjectNode root = Json.object();
        ArrayNode stories = root.putArray("stories");
        for (Brief b : briefs) {
            stories.add(story(b, docs));
        }
        return root;
    }

    /**
     * The same document as {@link #of}, indented as {@link Json#pretty} indents it, written one story at a time: a
     * run over tens of thousands of articles never holds the JSON of all its stories at once (building that tree for
     * the 37,554 corpus articles ran the default heap out).
     */
    public static void write(Writer out, List<Brief> briefs, Map<String, AnnotatedArticle> docs) throws IOException {
        try (JsonGenerator g = Json.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("stories");
            for (Brief b : briefs) {
                g.writeTree(story(b, docs));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    public static ObjectNode story(Brief b, Map<String, AnnotatedArticle> docs) {
        Story s = b.story();
        ObjectNode o = Json.object();
        o.put("id", s.id());
        o.put("headline", b.headline());
        ArrayNode articles = o.putArray("articles");
        s.articles().forEach(articles::add);
        ArrayNode outlets = o.putArray("outlets");
        s.outlets().forEach(outlets::add);
        Json.putDate(o, "first", s.first());
        Json.putDate(o, "last", s.last());
        ArrayNode claims = o.putArray("claims");
        for (ClaimGroup g : b.claims()) {
            claims.add(claim(g, docs));
        }
        ArrayNode timeline = o.putArray("timeline");
        for (TimelineEvent e : b.timeline()) {
            ObjectNode n = timeline.addObject();
            n.put("when", e.when());
            n.put("event", e.event());
            ArrayNode ids = n.putArray("articles");
            e.articles().forEach(ids::add);
            support(n.putArray("support"), e.support(), docs);
        }
        ArrayNode quotes = o.putArray("quotes");
        for (BriefQuote q : b.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("article", q.article());
            n.put("speaker", q.speaker());
            n.put("text", q.text());
            if (q.evidence() != null) {
                n.put("start", q.evidence().start());
                n.put("end", q.evidence().end());
            }
        }
        ArrayNode sources = o.putArray("sources");
        for (SourceProfile p : b.sources()) {
            sources.add(source(p));
        }
        return o;
    }

    private static ObjectNode claim(ClaimGroup g, Map<String, AnnotatedArticle> docs) {
        ObjectNode n = Json.object();
        n.put("id", g.id());
        n.put("statement", g.statement());
        n.put("status", g.status().label());
        ArrayNode articles = n.putArray("articles");
        g.articles().forEach(articles::add);
        support(n.putArray("support"), g.support(), docs);
        ArrayNode values = n.putArray("values");
        for (ClaimValue v : g.values()) {
            ObjectNode vn = values.addObject();
            vn.put("article", v.article());
            vn.put("outlet", v.outlet());
            Json.putNumber(vn, "value", v.value());
            vn.put("unit", v.unit());
            vn.put("qualifier", v.qualifier() == null ? null : v.qualifier().label());
            vn.put("scope", v.scope());
            Json.putDate(vn, "published", v.published());
            if (v.evidence() != null) {
                vn.put("start", v.evidence().start());
                vn.put("end", v.evidence().end());
            }
        }
        n.put("superseded_by", g.supersededBy());
        n.put("first_reported", g.firstReported());
        return n;
    }

    private static void support(ArrayNode out, List<Evidence> evidence, Map<String, AnnotatedArticle> docs) {
        for (Evidence e : evidence) {
            ObjectNode s = out.addObject();
            s.put("article", e.article());
            s.put("start", e.start());
            s.put("end", e.end());
            AnnotatedArticle doc = docs.get(e.article());
            if (doc != null && e.end() <= doc.text().length()) {
                s.put("text", doc.text().substring(e.start(), e.end()));
                int[] sentence = enclosingSentence(doc, e);
                if (sentence != null) {
                    s.put("sentence_start", sentence[0]);
                    s.put("sentence_end", sentence[1]);
                }
            }
        }
    }

    /**
     * The sentence around a span that is only part of it (a claim cut at a clause boundary), trimmed of spaces, so
     * a reader sees both the exact clause and the sentence it stands in; {@code null} when the span is the sentence.
     */
    private static int[] enclosingSentence(AnnotatedArticle doc, Evidence e) {
        Sentence s = doc.sentenceAt(e.start());
        if (s == null) {
            return null;
        }
        String text = doc.text();
        int start = s.start();
        int end = Math.min(s.end(), text.length());
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        boolean inside = start <= e.start() && e.end() <= end;
        return inside && (start != e.start() || end != e.end()) ? new int[] {start, end} : null;
    }

    private static ObjectNode source(SourceProfile p) {
        ObjectNode n = Json.object();
        n.put("article", p.article());
        n.put("outlet", p.outlet());
        Json.putDate(n, "published", p.published());
        ArrayNode attributions = n.putArray("attributions");
        for (Attribution a : p.attributions()) {
            ObjectNode an = attributions.addObject();
            an.put("source", a.source());
            an.put("kind", a.kind().label());
            an.put("text", a.text());
            an.put("start", a.start());
            an.put("end", a.end());
        }
        ArrayNode flags = n.putArray("flags");
        p.flags().forEach(flags::add);
        n.put("named_sources", p.namedSources());
        n.put("anonymous_sources", p.anonymousSources());
        n.put("quotes_on_record", p.quotesOnRecord());
        n.put("duplicate_of", p.duplicateOf());
        return n;
    }
}
