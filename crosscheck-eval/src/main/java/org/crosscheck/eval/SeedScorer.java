package org.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.eval.Spans.At;

/**
 * Scores the JSON of {@code crosscheck annotate} and {@code crosscheck brief} on a story against its gold reading
 * ({@link SeedGold}). Matching is by span overlap, because gold gives texts, not offsets, and a span that differs by a
 * preposition is still the same find; values, units, speakers and statuses must then agree.
 */
public final class SeedScorer {

    private final SeedGold gold;
    private final Map<String, JsonNode> docs;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param annotated the lines of {@code annotate --format jsonl}, keyed by article id
     */
    public SeedScorer(SeedGold gold, Map<String, JsonNode> annotated) {
        this.gold = gold;
        this.docs = annotated;
    }

    public SeedReport score(JsonNode brief) {
        notes.clear();
        Map<String, Set<String>> canonicals = new LinkedHashMap<>();
        Score entities = entities(canonicals);
        Ratio canonical = canonical(canonicals);
        Ratio[] quantityDetail = new Ratio[2];
        Score quantities = quantities(quantityDetail);
        Score times = times();
        Ratio[] speakers = new Ratio[1];
        Score quotes = quotes(speakers);
        Ratio[] kinds = new Ratio[1];
        Score attributions = attributions(kinds);
        BriefScorer b = new BriefScorer(gold, docs, brief, notes);
        return new SeedReport(entities, canonical, quantities, quantityDetail[0], quantityDetail[1], times, quotes,
                speakers[0], attributions, kinds[0], b.claims(), b.supersededFound(), b.disputedValues(),
                b.interviewSupport(), b.uncitedClaims(), b.timeline(), b.quoteSpeakers(), b.flags(),
                b.storyTogether(), List.copyOf(notes));
    }

    private String text(String id) {
        JsonNode d = docs.get(id);
        return d == null ? "" : d.get("text").asText();
    }

    private List<JsonNode> items(String id, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode d = docs.get(id);
        if (d != null && d.get(field) != null) {
            d.get(field).forEach(out::add);
        }
        return out;
    }

    /** Gold mention occurrences (longest first, nested ones dropped) against predicted mentions of the same type. */
    private Score entities(Map<String, Set<String>> canonicals) {
        int predictedCorrect = 0;
        int predicted = 0;
        int goldFound = 0;
        int goldTotal = 0;
        for (String id : gold.articleIds().values()) {
            String text = text(id);
            record G(At at, String entity, String type) {
            }
            List<G> spans = new ArrayList<>();
            for (JsonNode e : gold.list("entities")) {
                for (JsonNode m : e.get("mentions")) {
                    for (At at : Spans.find(text, m.asText(), true)) {
                        spans.add(new G(at, e.get("canonical").asText(), e.get("type").asText()));
                    }
                }
            }
            spans.removeIf(g -> spans.stream().anyMatch(o -> o != g && o.at().start() <= g.at().start()
                    && g.at().end() <= o.at().end() && o.at().end() - o.at().start() > g.at().end() - g.at().start()));
            List<JsonNode> pred = items(id, "entities");
            predicted += pred.size();
            for (JsonNode p : pred) {
                boolean ok = false;
                for (G g : spans) {
                    if (g.at().overlaps(p) && g.type().equals(p.get("type").asText())) {
                        ok = true;
                        canonicals.computeIfAbsent(g.entity(), k -> new LinkedHashSet<>())
                                .add(p.get("canonical").asText());
                    }
                }
                predictedCorrect += ok ? 1 : 0;
            }
            goldTotal += spans.size();
            for (G g : spans) {
                boolean found = pred.stream().anyMatch(p -> g.at().overlaps(p) && g.type().equals(p.get("type").asText()));
                goldFound += found ? 1 : 0;
                if (!found) {
                    notes.add("entity missed: " + g.entity() + " (" + g.type() + ") in " + id + " at " + g.at().start());
                }
            }
        }
        return new Score(predictedCorrect, predicted, goldFound, goldTotal);
    }

    private Ratio canonical(Map<String, Set<String>> canonicals) {
        Map<String, Integer> owners = new HashMap<>();
        canonicals.values().forEach(set -> set.forEach(c -> owners.merge(c, 1, Integer::sum)));
        int ok = 0;
        for (Map.Entry<String, Set<String>> e : canonicals.entrySet()) {
            Set<String> names = e.getValue();
            boolean good = names.size() == 1 && owners.get(names.iterator().next()) == 1;
            ok += good ? 1 : 0;
            if (!good) {
                notes.add("canonical: " + e.getKey() + " -> " + names);
            }
        }
        return new Ratio(ok, canonicals.size());
    }

    private Score quantities(Ratio[] detail) {
        int pc = 0;
        int p = 0;
        int gf = 0;
        int g = 0;
        int units = 0;
        int qualifiers = 0;
        List<At> goldSpans = new ArrayList<>();
        Map<String, List<At>> perArticle = new HashMap<>();
        for (JsonNode q : gold.list("quantities")) {
            String id = gold.id(q.get("article").asText());
            At at = Spans.first(text(id), q.get("text").asText());
            g++;
            JsonNode match = null;
            if (at != null) {
                // every occurrence of the gold text is a correct place to find it ("24 hours" said twice)
                perArticle.computeIfAbsent(id, k -> new ArrayList<>()).addAll(Spans.find(text(id), q.get("text").asText(), false));
                for (JsonNode pq : items(id, "quantities")) {
                    if (at.overlaps(pq) && sameNumber(pq.get("value").asDouble(), q.get("value").asDouble())) {
                        match = pq;
                        break;
                    }
                }
            }
            if (match == null) {
                notes.add("quantity missed: " + q.get("text").asText() + " in " + id);
                continue;
            }
            gf++;
            units += sameUnit(match.get("unit").asText(""), q.get("unit").asText()) ? 1 : 0;
            qualifiers += match.get("qualifier").asText("").equalsIgnoreCase(q.get("qualifier").asText()) ? 1 : 0;
            if (!match.get("qualifier").asText("").equalsIgnoreCase(q.get("qualifier").asText())) {
                notes.add("quantity qualifier: " + q.get("text").asText() + " -> " + match.get("qualifier").asText()
                        + " (gold " + q.get("qualifier").asText() + ")");
            }
        }
        for (String id : gold.articleIds().values()) {
            for (JsonNode pq : items(id, "quantities")) {
                p++;
                boolean ok = perArticle.getOrDefault(id, List.of()).stream().anyMatch(a -> a.overlaps(pq));
                pc += ok ? 1 : 0;
                if (!ok) {
                    notes.add("quantity extra: " + pq.get("text").asText() + " in " + id);
                }
            }
        }
        detail[0] = new Ratio(units, gf);
        detail[1] = new Ratio(qualifiers, gf);
        return new Score(pc, p, gf, g);
    }

    private Score times() {
        int pc = 0;
        int p = 0;
        int gf = 0;
        int g = 0;
        Map<String, List<JsonNode>> goldBy = new HashMap<>();
        for (JsonNode t : gold.list("time_expressions")) {
            goldBy.computeIfAbsent(gold.id(t.get("article").asText()), k -> new ArrayList<>()).add(t);
        }
        for (String id : gold.articleIds().values()) {
            String text = text(id);
            List<JsonNode> pred = items(id, "times");
            List<At> goldAts = new ArrayList<>();
            for (JsonNode t : goldBy.getOrDefault(id, List.of())) {
                g++;
                At at = Spans.first(text, t.get("text").asText());
                goldAts.add(at);
                boolean found = at != null && pred.stream().anyMatch(pt -> at.overlaps(pt)
                        && pt.get("value").asText().equals(t.get("value").asText()));
                gf += found ? 1 : 0;
                if (!found) {
                    String got = at == null ? "text not found" : pred.stream().filter(at::overlaps)
                            .map(pt -> pt.get("value").asText()).toList().toString();
                    notes.add("time missed: " + t.get("text").asText() + " = " + t.get("value").asText() + " in " + id
                            + " (got " + got + ")");
                }
            }
            List<JsonNode> goldList = goldBy.getOrDefault(id, List.of());
            for (JsonNode pt : pred) {
                p++;
                boolean ok = false;
                for (JsonNode gt : goldList) {
                    for (At at : Spans.find(text, gt.get("text").asText(), false)) {
                        ok |= at.overlaps(pt) && pt.get("value").asText().equals(gt.get("value").asText());
                    }
                }
                pc += ok ? 1 : 0;
                if (!ok) {
                    notes.add("time extra: " + pt.get("text").asText() + " = " + pt.get("value").asText() + " in " + id);
                }
            }
        }
        return new Score(pc, p, gf, g);
    }

    private Score quotes(Ratio[] speakers) {
        return overlaps("quotes", "quote", speakers, (q, matches) -> {
            boolean ok = speakerMatches(matches.get(0).get("speaker").asText(null), q.get("speaker").asText());
            return ok ? null : "speaker " + matches.get(0).get("speaker") + " for gold " + q.get("speaker").asText();
        });
    }

    private Score attributions(Ratio[] kinds) {
        return overlaps("attributions", "attribution", kinds, (a, matches) -> {
            String want = a.get("kind").asText();
            return matches.stream().anyMatch(m -> m.get("kind").asText().equals(want)) ? null
                    : "kind " + matches.stream().map(m -> m.get("kind").asText()).toList() + " (gold " + want + ")";
        });
    }

    /**
     * Gold items of {@code field} (located by their text) against the predicted items of the same field, matched by
     * span overlap; among found items, {@code detail} checks what must also agree and returns {@code null} when it
     * does, or what differs.
     */
    private Score overlaps(String field, String label, Ratio[] detailOut,
                           java.util.function.BiFunction<JsonNode, List<JsonNode>, String> detail) {
        int predictedCorrect = 0;
        int predicted = 0;
        int found = 0;
        int total = 0;
        int right = 0;
        Map<String, List<At>> goldAts = new HashMap<>();
        for (JsonNode item : gold.list(field)) {
            String id = gold.id(item.get("article").asText());
            At at = Spans.first(text(id), item.get("text").asText());
            total++;
            if (at == null) {
                notes.add(label + " text not in article: " + item.get("text").asText());
                continue;
            }
            goldAts.computeIfAbsent(id, k -> new ArrayList<>()).add(at);
            List<JsonNode> matches = items(id, field).stream().filter(at::overlaps).toList();
            if (matches.isEmpty()) {
                notes.add(label + " missed: " + item.get("text").asText() + " in " + id);
                continue;
            }
            found++;
            String wrong = detail.apply(item, matches);
            if (wrong == null) {
                right++;
            } else {
                notes.add(label + " " + item.get("text").asText() + ": " + wrong);
            }
        }
        for (String id : gold.articleIds().values()) {
            for (JsonNode p : items(id, field)) {
                predicted++;
                boolean ok = goldAts.getOrDefault(id, List.of()).stream().anyMatch(a -> a.overlaps(p));
                predictedCorrect += ok ? 1 : 0;
                if (!ok) {
                    notes.add(label + " extra: " + p.get("text").asText() + " in " + id);
                }
            }
        }
        detailOut[0] = new Ratio(right, found);
        return new Score(predictedCorrect, predicted, found, total);
    }

    /** A predicted speaker matches when it names the same gold entity or gives the same description. */
    boolean speakerMatches(String predicted, String goldSpeaker) {
        return speakerMatches(gold, predicted, goldSpeaker);
    }

    static boolean speakerMatches(SeedGold gold, String predicted, String goldSpeaker) {
        if (predicted == null) {
            return false;
        }
        if (Names.same(predicted, goldSpeaker)) {
            return true;
        }
        JsonNode entity = gold.entityNamed(goldSpeaker);
        if (entity == null) {
            return false;
        }
        Set<String> lastTokens = new HashSet<>();
        lastTokens.add(Names.lastToken(entity.get("canonical").asText()));
        entity.get("mentions").forEach(m -> lastTokens.add(Names.lastToken(m.asText())));
        return lastTokens.contains(Names.lastToken(predicted));
    }

    private static boolean sameNumber(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    private static boolean sameUnit(String predicted, String gold) {
        String p = predicted.toLowerCase(Locale.ROOT);
        String g = gold.toLowerCase(Locale.ROOT);
        return p.equals(g) || p.equals(g + "s") || g.equals(p + "s");
    }
}
