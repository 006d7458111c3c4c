package org.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.eval.Spans.At;

/**
 * Scores the brief JSON of a story against gold claims, timeline, quotes and source flags. Gold claims carry a
 * proposition and the articles behind it, not spans, so a claim group is paired with a gold claim by the articles it
 * rests on and the content words it shares with the proposition, one to one, best pairs first.
 */
final class BriefScorer {

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "for",
            "with", "by", "at", "from", "its", "it", "is", "was", "were", "be", "as", "that", "this", "their", "us",
            "has", "have", "had", "against", "inside", "into", "how", "many", "also");
    private static final double MIN_PAIR = 0.35;

    private final SeedGold gold;
    private final Map<String, JsonNode> docs;
    private final JsonNode story;
    private final List<String> notes;
    private final List<JsonNode> groups = new ArrayList<>();

    BriefScorer(SeedGold gold, Map<String, JsonNode> docs, JsonNode brief, List<String> notes) {
        this.gold = gold;
        this.docs = docs;
        this.notes = notes;
        this.story = mainStory(brief);
        if (story != null && story.get("claims") != null) {
            story.get("claims").forEach(groups::add);
        }
    }

    /** The story holding most of the gold members. */
    private JsonNode mainStory(JsonNode brief) {
        Set<String> members = goldMembers();
        JsonNode best = null;
        int bestCount = -1;
        for (JsonNode s : brief.path("stories")) {
            int n = 0;
            for (JsonNode a : s.path("articles")) {
                n += members.contains(a.asText()) ? 1 : 0;
            }
            if (n > bestCount) {
                best = s;
                bestCount = n;
            }
        }
        return best;
    }

    private Set<String> goldMembers() {
        Set<String> out = new LinkedHashSet<>();
        gold.root().path("story").path("members").forEach(m -> out.add(gold.id(m.asText())));
        return out;
    }

    boolean storyTogether() {
        if (story == null) {
            return false;
        }
        Set<String> ids = new HashSet<>();
        story.path("articles").forEach(a -> ids.add(a.asText()));
        return ids.containsAll(goldMembers());
    }

    private static Set<String> articles(JsonNode group) {
        Set<String> out = new LinkedHashSet<>();
        group.path("support").forEach(s -> out.add(s.get("article").asText()));
        group.path("values").forEach(v -> out.add(v.get("article").asText()));
        return out;
    }

    private Set<String> goldArticles(JsonNode claim) {
        Set<String> out = new LinkedHashSet<>();
        claim.path("support").forEach(a -> out.add(gold.id(a.asText())));
        claim.path("values").forEach(v -> out.add(gold.id(v.get("article").asText())));
        return out;
    }

    private static String goldStatus(JsonNode claim) {
        if (claim.has("values")) {
            return "disputed";
        }
        return claim.path("support").size() >= 2 ? "corroborated" : "single-source";
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    private double pairScore(JsonNode group, JsonNode claim) {
        Set<String> ga = articles(group);
        Set<String> ca = goldArticles(claim);
        Set<String> inter = new HashSet<>(ga);
        inter.retainAll(ca);
        Set<String> union = new HashSet<>(ga);
        union.addAll(ca);
        double jaccard = union.isEmpty() ? 0 : (double) inter.size() / union.size();
        Set<String> prop = words(claim.get("proposition").asText());
        Set<String> text = new HashSet<>(words(group.path("statement").asText("")));
        group.path("support").forEach(s -> text.addAll(words(s.path("text").asText(""))));
        Set<String> shared = new HashSet<>(prop);
        shared.retainAll(text);
        double content = prop.isEmpty() ? 0 : (double) shared.size() / prop.size();
        return 0.5 * jaccard + 0.5 * content;
    }

    private Map<JsonNode, JsonNode> pairs;

    /** Gold claim to claim group, greedily by pair score. */
    private Map<JsonNode, JsonNode> pairs() {
        if (pairs != null) {
            return pairs;
        }
        record P(JsonNode claim, JsonNode group, double score) {
        }
        List<P> all = new ArrayList<>();
        for (JsonNode c : gold.list("claims")) {
            for (JsonNode g : groups) {
                if (!g.path("status").asText().equals("superseded")) {
                    all.add(new P(c, g, pairScore(g, c)));
                }
            }
        }
        all.sort((a, b) -> Double.compare(b.score(), a.score()));
        pairs = new java.util.IdentityHashMap<>();
        Set<JsonNode> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (P p : all) {
            if (p.score() < MIN_PAIR || pairs.containsKey(p.claim()) || used.contains(p.group())) {
                continue;
            }
            pairs.put(p.claim(), p.group());
            used.add(p.group());
        }
        return pairs;
    }

    /**
     * Recall: gold claims paired with a group of the gold status (a corroborated one backed by at least every gold
     * article). Precision: of the groups that are not
     * superseded, those paired with a gold claim of their status; groups gold does not list count against it.
     */
    Score claims() {
        int right = 0;
        for (JsonNode c : gold.list("claims")) {
            JsonNode g = pairs().get(c);
            String want = goldStatus(c);
            boolean backed = g != null && (!want.equals("corroborated") || articles(g).containsAll(goldArticles(c)));
            if (g != null && g.path("status").asText().equals(want) && backed) {
                right++;
            } else if (g != null && g.path("status").asText().equals(want)) {
                Set<String> missing = new LinkedHashSet<>(goldArticles(c));
                missing.removeAll(articles(g));
                notes.add("claim " + c.get("id").asText() + " (" + want + "): group lacks " + missing);
            } else {
                notes.add("claim " + c.get("id").asText() + " (" + want + "): "
                        + (g == null ? "no matching group" : "got " + g.path("status").asText() + " for \""
                        + g.path("statement").asText() + "\" " + articles(g)));
            }
        }
        int predicted = (int) groups.stream().filter(g -> !g.path("status").asText().equals("superseded")).count();
        return new Score(right, predicted, right, gold.list("claims").size());
    }

    /** For each gold claim with an earlier contrary report: a superseded group of that article points at its pair. */
    boolean supersededFound() {
        boolean all = true;
        for (JsonNode c : gold.list("claims")) {
            if (!c.has("earlier_contrary")) {
                continue;
            }
            JsonNode later = pairs().get(c);
            for (JsonNode old : c.get("earlier_contrary")) {
                String id = gold.id(old.asText());
                boolean found = groups.stream().anyMatch(g -> g.path("status").asText().equals("superseded")
                        && articles(g).contains(id)
                        && (later == null || later.path("id").asText().equals(g.path("superseded_by").asText())));
                if (!found) {
                    notes.add("superseded: no superseded group of " + id + " pointing at the group of "
                            + c.get("id").asText());
                }
                all &= found;
            }
        }
        return all;
    }

    Ratio disputedValues() {
        int found = 0;
        int total = 0;
        for (JsonNode c : gold.list("claims")) {
            if (!c.has("values")) {
                continue;
            }
            JsonNode g = pairs().get(c);
            Set<Double> have = new HashSet<>();
            if (g != null) {
                g.path("values").forEach(v -> have.add(v.get("value").asDouble()));
            }
            Set<Double> want = new LinkedHashSet<>();
            c.get("values").forEach(v -> want.add(v.get("value").asDouble()));
            for (double v : want) {
                total++;
                found += have.contains(v) ? 1 : 0;
            }
        }
        return new Ratio(found, total);
    }

    /** Support spans (claims and timeline) that fall inside a gold non-reporting span. */
    int interviewSupport() {
        int bad = 0;
        for (JsonNode r : gold.list("non_reporting_spans")) {
            String id = gold.id(r.get("article").asText());
            String text = docs.containsKey(id) ? docs.get(id).get("text").asText() : "";
            At from = Spans.first(text, r.get("from").asText());
            At to = Spans.first(text, r.get("to").asText());
            if (from == null || to == null) {
                notes.add("non-reporting span not found in annotated text of " + id);
                continue;
            }
            At region = new At(from.start(), to.end());
            List<JsonNode> spans = new ArrayList<>();
            groups.forEach(g -> g.path("support").forEach(spans::add));
            story.path("timeline").forEach(e -> e.path("support").forEach(spans::add));
            for (JsonNode s : spans) {
                if (s.get("article").asText().equals(id) && region.overlaps(s)) {
                    bad++;
                    notes.add("support inside non-reporting text: " + s);
                }
            }
        }
        return bad;
    }

    int uncitedClaims() {
        return (int) groups.stream().filter(g -> g.path("support").isEmpty()).count();
    }

    Ratio timeline() {
        Set<String> have = new HashSet<>();
        if (story != null) {
            story.path("timeline").forEach(e -> have.add(e.get("when").asText()));
        }
        int found = 0;
        List<JsonNode> events = gold.list("timeline");
        for (JsonNode e : events) {
            boolean ok = have.contains(e.get("when").asText());
            found += ok ? 1 : 0;
            if (!ok) {
                notes.add("timeline missing " + e.get("when").asText() + ": " + e.get("event").asText());
            }
        }
        return new Ratio(found, events.size());
    }

    Ratio quoteSpeakers() {
        Set<String> want = new LinkedHashSet<>();
        gold.list("quotes").forEach(q -> want.add(q.get("speaker").asText()));
        List<String> have = new ArrayList<>();
        if (story != null) {
            story.path("quotes").forEach(q -> have.add(q.path("speaker").asText(null)));
        }
        int found = 0;
        for (String w : want) {
            boolean ok = have.stream().anyMatch(h -> SeedScorer.speakerMatches(gold, h, w));
            found += ok ? 1 : 0;
            if (!ok) {
                notes.add("brief quotes lack speaker " + w);
            }
        }
        return new Ratio(found, want.size());
    }

    /** Flags a careful reader expects from gold: relays, anonymous sources, non-reporting content. */
    Ratio flags() {
        Map<String, Set<String>> want = new java.util.LinkedHashMap<>();
        for (JsonNode a : gold.list("attributions")) {
            String id = gold.id(a.get("article").asText());
            String kind = a.get("kind").asText();
            if (kind.equals("outlet")) {
                want.computeIfAbsent(id, k -> new LinkedHashSet<>()).add("second-hand");
            } else if (kind.startsWith("anonymous")) {
                want.computeIfAbsent(id, k -> new LinkedHashSet<>()).add("anonymous-sourcing");
            }
        }
        for (JsonNode r : gold.list("non_reporting_spans")) {
            want.computeIfAbsent(gold.id(r.get("article").asText()), k -> new LinkedHashSet<>())
                    .add("non-reporting-content");
        }
        int found = 0;
        int total = 0;
        for (Map.Entry<String, Set<String>> e : want.entrySet()) {
            Set<String> have = new HashSet<>();
            if (story != null) {
                for (JsonNode s : story.path("sources")) {
                    if (s.get("article").asText().equals(e.getKey())) {
                        s.path("flags").forEach(f -> have.add(f.asText()));
                    }
                }
            }
            for (String f : e.getValue()) {
                total++;
                found += have.contains(f) ? 1 : 0;
                if (!have.contains(f)) {
                    notes.add("flag " + f + " missing on " + e.getKey());
                }
            }
        }
        return new Ratio(found, total);
    }
}
