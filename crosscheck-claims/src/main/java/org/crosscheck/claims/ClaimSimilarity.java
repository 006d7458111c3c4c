package org.crosscheck.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.Claim;

/**
 * How much two claims of one story say the same thing: shared canonical entities and shared content words, each
 * weighted by rarity across the story's articles. Entities and words every article uses (the story's protagonists)
 * say little; the ones only some articles use say which fact a sentence reports.
 *
 * <p>Built once per story and then read-only, so one instance can be shared by threads aligning that story.
 */
final class ClaimSimilarity {

    /** Weight of entities against words when both claims name entities. */
    static final double ENTITY_WEIGHT = 0.4;

    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, Set<String>> entities = new HashMap<>();
    private final Map<String, Double> wordWeight = new HashMap<>();
    private final Map<String, Double> entityWeight = new HashMap<>();

    ClaimSimilarity(List<Claim> claims) {
        Map<String, Set<String>> wordArticles = new HashMap<>();
        Map<String, Set<String>> entityArticles = new HashMap<>();
        Set<String> articles = new HashSet<>();
        Map<String, String> heads = heads(claims);
        for (Claim c : claims) {
            articles.add(c.article());
            String content = contentText(c);
            Set<String> ents = new LinkedHashSet<>();
            Set<String> nameWords = new HashSet<>();
            for (String e : c.entities()) {
                if (!namedOnlyAsSource(c, e)) {
                    ents.add(e);
                }
                nameWords.addAll(Lexicon.words(e));
            }
            Set<String> keys = new LinkedHashSet<>();
            for (int[] w : Lexicon.wordSpans(content)) {
                String word = content.substring(w[0], w[1]);
                String lower = word.toLowerCase(Locale.ROOT);
                if (!Lexicon.isContent(lower) || nameWords.contains(lower)) {
                    continue;
                }
                String entity = Character.isUpperCase(word.charAt(0)) ? heads.get(prefix(lower)) : null;
                if (entity != null) {
                    ents.add(entity); // "Ostmarkian forces" is about Ostmark even when no recogniser said so
                } else {
                    keys.add(Lexicon.key(lower));
                }
            }
            words.put(c.id(), keys);
            entities.put(c.id(), ents);
            for (String k : keys) {
                wordArticles.computeIfAbsent(k, x -> new HashSet<>()).add(c.article());
            }
            for (String e : ents) {
                entityArticles.computeIfAbsent(e, x -> new HashSet<>()).add(c.article());
            }
        }
        int n = Math.max(1, articles.size());
        wordArticles.forEach((k, a) -> wordWeight.put(k, idf(n, a.size())));
        entityArticles.forEach((k, a) -> entityWeight.put(k, idf(n, a.size())));
    }

    /** Rarity weight that never reaches zero: a word in every article still counts a little. */
    private static double idf(int n, int df) {
        return Math.log(1.0 + (double) n / df) + 0.15;
    }

    /**
     * Entity heads by five-letter prefix of their last word ("korea" for North Korea), so a capitalised adjective
     * or a bare surname can be read as the entity; prefixes shared by two entities are left out.
     */
    private static Map<String, String> heads(List<Claim> claims) {
        Map<String, String> m = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Claim c : claims) {
            for (String e : c.entities()) {
                List<String> w = Lexicon.words(e);
                if (w.isEmpty() || w.get(w.size() - 1).length() < 4) {
                    continue;
                }
                String p = prefix(w.get(w.size() - 1));
                String prev = m.putIfAbsent(p, e);
                if (prev != null && !prev.equals(e)) {
                    ambiguous.add(p);
                }
            }
        }
        ambiguous.forEach(m::remove);
        return m;
    }

    private static String prefix(String lower) {
        String w = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    /**
     * The claim's words without its attribution phrase: "according to ministry spokesperson Mara Quist" says who
     * told, not what happened, and would otherwise make every claim of one source look alike.
     */
    static String contentText(Claim c) {
        String s = c.statement();
        if (c.attribution() == null) {
            return s;
        }
        int from = Math.max(c.attribution().start(), c.start()) - c.start();
        int to = Math.min(c.attribution().end(), c.end()) - c.start();
        if (from < 0 || to <= from || to > s.length()) {
            return s;
        }
        return s.substring(0, from) + " " + s.substring(to);
    }

    /** Whether an entity appears in the claim only as the credited source. */
    private static boolean namedOnlyAsSource(Claim c, String entity) {
        if (c.attribution() == null) {
            return false;
        }
        String attr = c.attribution().text().toLowerCase(Locale.ROOT);
        String last = entity.toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
        return attr.contains(last) && !contentText(c).toLowerCase(Locale.ROOT).contains(last);
    }

    /**
     * Two claims that share names but no content word report different facts about the same cast ("Rehn confirmed
     * the closure", "Rehn said 2,500 were on strike"); one shared word is weak evidence, two or more are a match.
     */
    double similarity(Claim a, Claim b) {
        Set<String> wa = words.getOrDefault(a.id(), Set.of());
        Set<String> wb = words.getOrDefault(b.id(), Set.of());
        int shared = 0;
        for (String w : wa) {
            shared += wb.contains(w) ? 1 : 0;
        }
        if (shared == 0) {
            return 0;
        }
        double strength = shared == 1 ? SINGLE_WORD_FACTOR : 1.0;
        return strength * mixed(a, b, wa, wb);
    }

    /**
     * How related two claims are, names included even without a shared word: for matching a denial with the
     * assertion that overtook it ("no plans to close the port" against "the ministry approved the closure"), which
     * share actors more than wording.
     */
    double related(Claim a, Claim b) {
        return mixed(a, b, words.getOrDefault(a.id(), Set.of()), words.getOrDefault(b.id(), Set.of()));
    }

    /** A claim pair sharing a single content word counts at this fraction of its similarity. */
    static final double SINGLE_WORD_FACTOR = 0.6;

    private double mixed(Claim a, Claim b, Set<String> wa, Set<String> wb) {
        double lex = weightedOverlap(wa, wb, wordWeight);
        Set<String> ea = entities.getOrDefault(a.id(), Set.of());
        Set<String> eb = entities.getOrDefault(b.id(), Set.of());
        if (ea.isEmpty() || eb.isEmpty()) {
            return lex * (1 - ENTITY_WEIGHT / 2);
        }
        double ent = weightedOverlap(ea, eb, entityWeight);
        return (1 - ENTITY_WEIGHT) * lex + ENTITY_WEIGHT * ent;
    }

    /** The content keys of a claim, for explaining and for merging near-identical timeline text. */
    Set<String> keys(Claim c) {
        return words.getOrDefault(c.id(), Set.of());
    }

    /**
     * Weighted Ochiai (cosine of binary weighted sets): unlike Jaccard it does not punish a long sentence for the
     * extra facts it carries beside the shared one.
     */
    static double weightedOverlap(Set<String> a, Set<String> b, Map<String, Double> weight) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double inter = 0;
        double wa = 0;
        double wb = 0;
        for (String k : a) {
            double w = weight.getOrDefault(k, 1.0);
            wa += w;
            if (b.contains(k)) {
                inter += w;
            }
        }
        for (String k : b) {
            wb += weight.getOrDefault(k, 1.0);
        }
        return inter / Math.sqrt(wa * wb);
    }
}
