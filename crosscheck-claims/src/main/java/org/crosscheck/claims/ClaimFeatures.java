package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.Claim;
import org.crosscheck.api.stage.SentenceEmbedder;

/**
 * What the aligner compares of one claim: its content keys (stems or synonym classes, attribution phrase left out,
 * marked "?" where they are only asked for), its entities (canonical names, plus capitalised adjectives read as the
 * entity they derive from and nationality words read as their country), the predicate a denial denies, and the
 * embedding of its content text when an embedder is given.
 *
 * <p>Computed from one article alone, so an article's features never change when other articles join its story:
 * that is what lets {@link StoryClaims} add an article without recomputing the others.
 *
 * @param negatedPredicate for a denial, the key of the word it denies ("yet to authorize" gives the #permit class),
 *                         else {@code null}
 * @param vector           L2-normalised embedding of the content text, or {@code null} without an embedder
 * @param figures          the numbers it states, with what they count
 */
public record ClaimFeatures(Claim claim, Set<String> keys, Set<String> entities, String negatedPredicate, float[] vector,
                            List<Figure> figures) {

    public ClaimFeatures {
        keys = Set.copyOf(keys);
        entities = Set.copyOf(entities);
        figures = List.copyOf(figures);
    }

    /** The features of one article's claims; {@code embedder} may be {@code null}. */
    static List<ClaimFeatures> of(List<Claim> articleClaims, SentenceEmbedder embedder) {
        Map<String, String> heads = heads(articleClaims);
        List<ClaimFeatures> out = new ArrayList<>(articleClaims.size());
        for (Claim c : articleClaims) {
            out.add(of(c, heads, embedder));
        }
        return out;
    }

    private static ClaimFeatures of(Claim c, Map<String, String> heads, SentenceEmbedder embedder) {
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
        // what a request asks for: after its verb in the clause, or all of it when the verb is in the attribution
        // left out of the content ("Zelensky has demanded" + "permission to strike")
        int[] request = Lexicon.requested(content);
        int wantedFrom = content.length();
        int wantedTo = content.length();
        if (c.attribution() != null && Lexicon.requested(c.attribution().text()) != null
                && !content.equals(c.statement())) {
            wantedFrom = 0;
        } else if (request != null) {
            wantedFrom = request[0];
            wantedTo = request[1];
        }
        for (int[] w : Lexicon.wordSpans(content)) {
            String word = content.substring(w[0], w[1]);
            boolean wanted = w[0] >= wantedFrom && w[1] <= wantedTo;
            String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (!Lexicon.isContent(lower) || nameWords.contains(lower)) {
                continue;
            }
            String entity = capital ? heads.get(prefix(lower)) : null;
            if (entity == null && capital) {
                entity = Lexicon.nation(lower);
            }
            if (entity != null) {
                ents.add(entity); // "Ostmarkian forces" is about Ostmark even when no recogniser said so
            } else {
                // what is asked for meets only what is asked for elsewhere, never the same thing done
                keys.add(wanted ? "?" + Lexicon.key(lower) : Lexicon.key(lower));
            }
        }
        String predicate = c.negated() ? Lexicon.negatedPredicate(content) : null;
        float[] vector = embedder == null ? null : embedder.embed(content);
        return new ClaimFeatures(c, keys, ents, predicate, vector, Figure.of(c));
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
}
