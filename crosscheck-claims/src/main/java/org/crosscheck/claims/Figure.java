package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.Claim;
import org.crosscheck.api.Qualifier;
import org.crosscheck.api.Quantity;

/**
 * One number a claim states, with what it counts: the unit family ("troops", "soldiers" and "forces" are one), its
 * owner (whose troops: the name just before the counted noun, inside the figure, or the nearest name to its left)
 * and its scope (the place or time phrase after it; "projected" when hedged as a forecast).
 *
 * <p>Why owners: "3,000 troops sent by Veldra" and "50,000 troops of Ostmark" share a unit and a story but count
 * different things; comparing them would invent a dispute. Owners are read from the claim's own words because a
 * {@link Claim} carries entity names, not their positions.
 *
 * @param owner lower-cased five-letter word prefixes of the owner's name ("north", "korea"), empty when unknown
 */
public record Figure(Claim claim, Quantity quantity, String family, double base, Set<String> owner, String scope,
              boolean projected) {

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had", "is", "are",
            "was", "were", "will", "would", "could", "can", "may", "might", "should", "must", "be", "been");
    private static final Pattern CAPS = Pattern.compile("\\p{Lu}[\\p{L}\\-'’.]*(?:\\s+\\p{Lu}[\\p{L}\\-'’.]*)*");
    private static final Pattern SCOPE = Pattern.compile(
            "^[^,.;:!?()\"“”]{0,70}?\\b((?:in|into|to|inside|within|near|across|along|at|from|on|by)\\s+"
                    + "[^,.;:!?()\"“”]{2,60})");
    private static final Pattern NOUN_AFTER = Pattern.compile("^(?:['’]s)?\\s+([\\p{Ll}\\-]+)(?:\\s+(\\p{Ll}+))?");
    private static final Pattern OWNER_AFTER = Pattern.compile(
            "^\\s+(?:[\\p{Ll}\\-]+\\s+)?(?:from|of)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)*)");
    private static final Set<String> TITLE_WORDS = Set.of("president", "minister", "secretary", "general",
            "chancellor", "prime", "head", "chief", "spokesperson", "spokesman", "the", "a", "an", "mr", "mrs", "ms",
            "dr", "sir", "lord", "king", "queen", "senator", "governor", "mayor", "gen", "col", "lt", "sgt");

    /** The figures of one claim, in text order. */
    static List<Figure> of(Claim claim) {
        List<Figure> out = new ArrayList<>();
        String s = claim.statement();
        List<int[]> caps = capitalised(s, claim);
        for (Quantity q : claim.quantities()) {
            int rel = q.start() - claim.start();
            int relEnd = q.end() - claim.start();
            if (rel < 0 || relEnd > s.length()) {
                continue;
            }
            String family = Lexicon.unitFamily(q.unit());
            Set<String> owner = ownerOf(s, caps, rel, relEnd, family);
            if (owner.isEmpty()) {
                for (Figure earlier : out) {
                    if (earlier.family.equals(family) && !earlier.owner.isEmpty()) {
                        owner = earlier.owner;
                        break;
                    }
                }
            }
            if (owner.isEmpty()) {
                owner = nearestLeft(s, caps, rel);
            }
            boolean projected = q.qualifier() == Qualifier.PROJECTED || projectedBefore(s, rel);
            String phrase = scopePhrase(s, q, rel);
            String scope = projected ? (phrase.isEmpty() ? "projected" : "projected, " + phrase) : phrase;
            out.add(new Figure(claim, q, family, Lexicon.baseValue(q.value(), q.unit()), owner, scope, projected));
        }
        return out;
    }

    private static final Pattern VAGUE = Pattern.compile(
            "\\b(?:dozens|scores|hundreds|thousands|millions|billions|tens|several|a\\s+few|many|numerous)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the figure is an order of magnitude rather than a number ("thousands of troops", "several hundred"):
     * true to the text, but not a competing count, so it never makes a dispute and is not shown beside the
     * precise figures of others.
     */
    boolean vague() {
        String t = quantity.text();
        return t.chars().noneMatch(Character::isDigit) && VAGUE.matcher(t).find();
    }

    /**
     * A reporting verb that credits what follows to its subject: "Rehn said 2,500 ...", "the union put the figure at
     * 4,000", "police estimate ...". "put" and "give" only in their "put the number at" sense.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "\\b(?:says|said|say|saying|told|tells|tell|estimates?|estimated|estimating|claims?|claimed|counted|"
                    + "(?:puts?|putting|gave|gives?|giving)\\s+(?:the|its|their|his|her)\\s+"
                    + "(?:figure|number|total|count|toll|tally|estimate|turnout|numbers)|(?:puts?|putting)\\s+it)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Where the clause of a reporting verb's subject begins: a new clause or a contrast. */
    private static final Pattern CLAUSE_START = Pattern.compile(
            "[,;:(]|\\b(?:while|whereas|but|and|although|though|however|as|after)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "^[^.;:!?]{0,80}?\\baccording\\s+to\\s+([^,.;:!?()]{2,80})", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "which",
            "that", "this", "officials", "sources");

    /**
     * Who the sentence credits with this figure, as word stems of its name ("port", "authority"), or empty when
     * it does not say or says it only by a pronoun or a bare "officials": the subject of the last reporting verb
     * before the figure in the sentence ("the union put the figure at 4,000"), else an "according to" after it,
     * else the claim's attribution. Two figures of one article credited to different sources are competing
     * accounts the article itself presents; two it gives without a source ("was 23% in the first draft, now it is
     * 20%") are not.
     */
    Set<String> source() {
        String s = claim.statement();
        int rel = quantity.start() - claim.start();
        if (rel < 0 || rel > s.length()) {
            return Set.of();
        }
        Matcher verb = CREDIT.matcher(s);
        int verbStart = -1;
        while (verb.find() && verb.end() <= rel) {
            verbStart = verb.start();
        }
        if (verbStart >= 0) {
            String before = s.substring(0, verbStart);
            Matcher b = CLAUSE_START.matcher(before);
            int from = 0;
            while (b.find()) {
                // a subject set off by commas ("the union, led by X, says") starts before its apposition
                if (!before.substring(b.end()).isBlank()) {
                    from = b.end();
                }
            }
            Set<String> subject = sourceKeys(before.substring(from));
            if (!subject.isEmpty()) {
                return subject;
            }
        }
        int relEnd = Math.min(s.length(), quantity.end() - claim.start());
        Matcher acc = ACCORDING_TO.matcher(s.substring(Math.max(0, relEnd)));
        if (acc.find()) {
            Set<String> k = sourceKeys(acc.group(1));
            if (!k.isEmpty()) {
                return k;
            }
        }
        if (verbStart < 0 && claim.attribution() != null && claim.attribution().source() != null) {
            return sourceKeys(claim.attribution().source());
        }
        return Set.of();
    }

    private static Set<String> sourceKeys(String phrase) {
        List<String> words = Lexicon.words(phrase);
        if (words.size() == 1 && PRONOUNS.contains(words.get(0)) || words.size() > 8) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (!Lexicon.STOP.contains(w) && !PRONOUNS.contains(w) && !TITLE_WORDS.contains(w)
                    && w.chars().noneMatch(Character::isDigit)) {
                out.add(Lexicon.stem(w));
            }
        }
        return out;
    }

    /**
     * Whether the two figures are credited to different sources, both known: "the union says 4,000", "the port
     * authority put the number at 2,500".
     */
    boolean creditedApartFrom(Figure o) {
        Set<String> a = source();
        Set<String> b = o.source();
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    /** Whether two figures count the same kind of thing for the same owner. */
    boolean sameCount(Figure o) {
        if (!family.equals(o.family) || family.isEmpty()) {
            return false;
        }
        if (owner.isEmpty() && o.owner.isEmpty()) {
            // nobody named on either side: in one story, the same counted noun counts the same thing
            return quantity.unit() != null && quantity.unit().equalsIgnoreCase(o.quantity.unit());
        }
        if (owner.isEmpty() || o.owner.isEmpty()) {
            return false;
        }
        long shared = owner.stream().filter(o.owner::contains).count();
        return shared * 2 >= Math.min(owner.size(), o.owner.size());
    }

    /** The interval the figure allows given its hedge, for telling a real disagreement from rounding. */
    double[] interval() {
        double v = base;
        return switch (quantity.qualifier()) {
            case EXACT -> new double[] {v * 0.97, v * 1.03};
            case APPROXIMATELY -> new double[] {v * 0.85, v * 1.15};
            case NEARLY -> new double[] {v * 0.85, v};
            case MORE_THAN, AT_LEAST -> new double[] {v, v * 1.5};
            case LESS_THAN, AT_MOST, UP_TO -> new double[] {v * 0.5, v};
            case RANGE -> new double[] {v, v * 2};
            case PROJECTED -> new double[] {v * 0.85, v * 1.15};
        };
    }

    boolean compatibleWith(Figure o) {
        double[] a = interval();
        double[] b = o.interval();
        return a[0] <= b[1] && b[0] <= a[1];
    }

    private static Set<String> ownerOf(String s, List<int[]> caps, int rel, int relEnd, String family) {
        for (int[] c : caps) {
            if (c[0] >= rel && c[1] <= relEnd) {
                return keys(s.substring(c[0], c[1]));
            }
        }
        // A name right before a noun of the same family: "Veldran engineers", "Ostmark's ground forces".
        for (int[] c : caps) {
            String after = s.substring(c[1], Math.min(s.length(), c[1] + 40));
            Matcher m = NOUN_AFTER.matcher(after);
            if (m.find() && !family.isEmpty() && (Lexicon.unitFamily(m.group(1)).equals(family)
                    || m.group(2) != null && Lexicon.unitFamily(m.group(2)).equals(family))) {
                return keys(s.substring(c[0], c[1]));
            }
        }
        // A name right after the figure: "4,000 engineers from Veldra", "2,000 troops of the Ostmark army".
        Matcher after = OWNER_AFTER.matcher(s.substring(relEnd, Math.min(s.length(), relEnd + 60)));
        if (after.find()) {
            return keys(after.group(1));
        }
        return Set.of();
    }

    private static Set<String> nearestLeft(String s, List<int[]> caps, int rel) {
        int[] best = null;
        for (int[] c : caps) {
            if (c[1] <= rel && c[2] == 1) {
                best = c;
            }
        }
        return best == null ? Set.of() : keys(s.substring(best[0], best[1]));
    }

    /** Capitalised word runs; {@code [start, end, isEntity]} where isEntity says it matches a claim entity. */
    private static List<int[]> capitalised(String s, Claim claim) {
        Set<String> entityKeys = new LinkedHashSet<>();
        for (String e : claim.entities()) {
            entityKeys.addAll(keys(e));
        }
        List<int[]> out = new ArrayList<>();
        Matcher m = CAPS.matcher(s);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (end > start && ".'’".indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
            Set<String> k = keys(s.substring(start, end));
            if (k.isEmpty()) {
                continue;
            }
            boolean entity = k.stream().anyMatch(entityKeys::contains);
            if (insideAttribution(claim, start, end)) {
                continue; // who said it ("director Tomas Rehn said") does not own what is counted
            }
            if (start == 0 && !entity) {
                continue; // a sentence-initial capital is not a name unless it matches one
            }
            out.add(new int[] {start, end, entity ? 1 : 0});
        }
        return out;
    }

    private static boolean insideAttribution(Claim claim, int relStart, int relEnd) {
        if (claim.attribution() == null) {
            return false;
        }
        int a = claim.attribution().start() - claim.start();
        int b = claim.attribution().end() - claim.start();
        return relStart >= a && relEnd <= b;
    }

    /** Name keys: five-letter prefixes, so "Korean" meets "Korea" and "Veldran" meets "Veldra". */
    static Set<String> keys(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Lexicon.words(name)) {
            if (w.length() < 3 || TITLE_WORDS.contains(w)) {
                continue;
            }
            String k = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            out.add(k.length() > 5 ? k.substring(0, 5) : k);
        }
        return out;
    }

    private static boolean projectedBefore(String s, int rel) {
        int from = Math.max(0, rel - 40);
        String before = s.substring(from, rel);
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        if (cut >= 0) {
            before = before.substring(cut + 1);
        }
        return Lexicon.PROJECTION.matcher(before).find();
    }

    private static String scopePhrase(String s, Quantity q, int rel) {
        // Start after the digits of the figure so a scope inside its own text ("10,000 by year end") is seen.
        String qt = q.text();
        int i = 0;
        while (i < qt.length() && !Character.isDigit(qt.charAt(i))) {
            i++;
        }
        while (i < qt.length() && (Character.isDigit(qt.charAt(i)) || qt.charAt(i) == ',' || qt.charAt(i) == '.')) {
            i++;
        }
        int from = rel + i;
        String rest = s.substring(Math.min(from, s.length()), Math.min(s.length(), from + 140));
        Matcher m = SCOPE.matcher(rest);
        if (!m.find()) {
            return "";
        }
        String phrase = m.group(1).strip();
        List<String> w = List.of(phrase.split("\\s+"));
        // the scope is the prepositional phrase: it ends where the clause's verb begins
        // ("in the region | has raised alarms")
        for (int k = 2; k < w.size(); k++) {
            String lower = w.get(k).toLowerCase(Locale.ROOT);
            if (AUXILIARIES.contains(lower)) {
                w = w.subList(0, k);
                phrase = String.join(" ", w);
                break;
            }
        }
        if (w.size() > 7) {
            phrase = String.join(" ", w.subList(0, 7));
        }
        return phrase.toLowerCase(Locale.ROOT).startsWith("to ") && w.size() > 1 && Lexicon.isVerbLike(w.get(1))
                ? "" : phrase;
    }
}
