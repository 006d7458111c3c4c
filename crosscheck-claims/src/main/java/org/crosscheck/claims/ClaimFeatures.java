package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.Claim;
import org.crosscheck.api.stage.SentenceEmbedder;

/**
 * What the aligner compares of one claim: its content keys (stems or synonym classes, attribution phrase left out,
 * marked "?" where they are only asked for), its entities (canonical names, plus capitalised adjectives read as the
 * entity they derive from, nationality words read as their country and a capital's country beside the capital), the
 * entities of its subject, the predicate a denial denies, and the embedding of its content text when an embedder is
 * given.
 *
 * <p>Computed from one article alone, so an article's features never change when other articles join its story:
 * that is what lets {@link StoryClaims} add an article without recomputing the others.
 *
 * @param subject          the entities named before the claim's first verb, datelines and leading phrases of time
 *                         or place left out ("On Sunday, Tarsland's premier approved ..." gives Tarsland): who does
 *                         what the claim states, when the sentence says it first
 * @param negatedPredicate for a denial, the key of the word it denies ("yet to authorize" gives the #permit class),
 *                         else {@code null}
 * @param vector           L2-normalised embedding of the content text, or {@code null} without an embedder
 * @param figures          the numbers it states, with what they count
 * @param verb             the key of its main predicate's verb ({@link Clauses#predicate}), or {@code null}
 * @param possible         whether the main predicate is stated as a possibility or a condition, not as done
 * @param fact             the content keys without the words of the claim's time expressions and its quantifiers:
 *                         what it states, apart from when and how many said so ("the port closed on Sunday" states
 *                         that the port closed)
 * @param mainFact         the keys of {@link #fact} stated outside background clauses ({@link
 *                         Lexicon#backgroundSpans}: a leading scene setter, relative asides, a closing "since" or
 *                         "after" adjunct), or all of {@code fact} when nothing else is left: what its own news is
 * @param eventNoun        for a claim that names an event only by its noun after a determiner and states nothing
 *                         else of its own ("The Times first reported the authorization"), the key of that noun
 *                         (the #permit class), else {@code null}: such a claim says that the story's event
 *                         happened, and its one word is all it shares with the reports that state it
 */
public record ClaimFeatures(Claim claim, Set<String> keys, Set<String> entities, Set<String> subject,
                            String negatedPredicate, float[] vector, List<Figure> figures, String verb,
                            boolean possible, Set<String> fact, Set<String> mainFact, String eventNoun) {

    public ClaimFeatures {
        keys = Set.copyOf(keys);
        fact = Set.copyOf(fact);
        mainFact = Set.copyOf(mainFact);
        entities = Set.copyOf(entities);
        subject = Set.copyOf(subject);
        figures = List.copyOf(figures);
    }

    /** The features of one article's claims; {@code embedder} may be {@code null}. */
    static List<ClaimFeatures> of(List<Claim> articleClaims, SentenceEmbedder embedder) {
        Map<String, String> heads = heads(articleClaims);
        List<ClaimFeatures> out = new ArrayList<>(articleClaims.size());
        Claim previous = null;
        for (Claim c : articleClaims) {
            out.add(of(c, sharedHead(previous, c), heads, embedder));
            previous = c;
        }
        return out;
    }

    /**
     * The head an object conjunct shares with the claim before it ("The shift was driven by A" and "B", cut at
     * " and "), or {@code null}: the conjunct is compared as the statement "The shift was driven by B".
     */
    private static String sharedHead(Claim previous, Claim c) {
        if (previous == null || !previous.article().equals(c.article())
                || c.start() - previous.end() != " and ".length()) {
            return null;
        }
        return Clauses.sharedHead(previous.statement(), c.statement());
    }

    private static ClaimFeatures of(Claim c, String head, Map<String, String> heads, SentenceEmbedder embedder) {
        String content = head == null ? contentText(c) : head + " " + contentText(c);
        Set<String> ents = new LinkedHashSet<>();
        Set<String> nameWords = new HashSet<>();
        for (String e : c.entities()) {
            if (!namedOnlyAsSource(c, e)) {
                ents.add(e);
                addCountry(ents, e);
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
        String nominal = null;
        String before = "";
        // the words of what the claim reports: a closing place aside (", where a new law lets shops refuse
        // service") is background of its own, and its words would match the claims that report that background
        // rather than this one's fact
        String stated = request == null && wantedFrom == content.length() ? Lexicon.withoutPlaceAside(content)
                : content;
        List<int[]> background = Lexicon.backgroundSpans(stated);
        Set<String> mainKeys = new HashSet<>();
        for (int[] w : Lexicon.wordSpans(stated)) {
            String word = stated.substring(w[0], w[1]);
            boolean wanted = w[0] >= wantedFrom && w[1] <= wantedTo;
            String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            String previous = before;
            before = lower;
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
                addCountry(ents, entity);
            } else {
                // what is asked for meets only what is asked for elsewhere, never the same thing done
                String key = wanted ? "?" + Lexicon.key(lower) : Lexicon.key(lower);
                keys.add(key);
                if (!within(background, w)) {
                    mainKeys.add(key);
                }
                if (nominal == null && !wanted && eventNominal(lower) && DETERMINERS.contains(previous)) {
                    nominal = Lexicon.key(lower);
                }
            }
        }
        if (CIRCUMSTANCE.matcher(content).find()) {
            keys.add(Lexicon.CAUSE);
            mainKeys.add(Lexicon.CAUSE);
        }
        String predicate = c.negated() ? Lexicon.negatedPredicate(content) : null;
        if (predicate == null && c.negated()) {
            // the cue may sit in the attribution left out of the content ("Scholz has refused" + "to supply ..."):
            // what is denied is still named after it
            predicate = Lexicon.negatedPredicate(c.statement());
        }
        float[] vector = embedder == null ? null : embedder.embed(content);
        Clauses.MainVerb main = Clauses.predicate(content, reportedInPast(c));
        List<Figure> figures = Figure.of(c);
        Set<String> fact = fact(keys, c);
        String eventNoun = fact.size() == 1 && fact.contains(nominal) && figures.isEmpty() ? nominal : null;
        // a claim that is all background (a clause cut from its sentence: "after the indictments were announced")
        // states that background as its fact
        Set<String> mainFact = fact(mainKeys, c);
        return new ClaimFeatures(c, keys, ents, subject(content, c.entities(), heads), predicate, vector,
                figures, main == null ? null : Lexicon.key(main.verb()), main != null && main.possible(),
                fact, mainFact.isEmpty() ? fact : mainFact, eventNoun);
    }

    private static boolean within(List<int[]> spans, int[] word) {
        for (int[] sp : spans) {
            if (word[0] >= sp[0] && word[1] <= sp[1]) {
                return true;
            }
        }
        return false;
    }

    /** Determiners of a definite noun phrase: "the decision", "its approval". */
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their", "his", "her");

    /** A noun made from a verb by a suffix of nominalisation: "authorization", "closure", "approval". */
    static boolean eventNominal(String lower) {
        String w = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return w.length() >= 6 && (w.endsWith("tion") || w.endsWith("sion") || w.endsWith("ment")
                || w.endsWith("al") || w.endsWith("ance") || w.endsWith("ence") || w.endsWith("ure"));
    }

    /**
     * Words that say how many sources or things there are, not what happened: "multiple sources identified the
     * suspect" and "an official identified the suspect" state one fact.
     */
    private static final Set<String> QUANTIFIERS = Set.of("multiple", "several", "many", "numerous", "various",
            "two", "three", "four", "five");

    /**
     * Content keys less the words of the claim's time expressions ("on Tuesday", "last year") and its quantifiers
     * ({@link #QUANTIFIERS}).
     */
    private static Set<String> fact(Set<String> keys, Claim c) {
        Set<String> out = new LinkedHashSet<>(keys);
        QUANTIFIERS.forEach(q -> out.remove(Lexicon.key(q)));
        for (org.crosscheck.api.TimeExpression t : c.times()) {
            for (String w : Lexicon.words(t.text())) {
                out.remove(Lexicon.key(w));
            }
        }
        return out;
    }

    /**
     * "The decision comes as troops arrive", "the move came amid protests": news English sets an event in the
     * circumstance that prompted it, which other outlets state as a cause ("was triggered by", "in response to").
     */
    private static final Pattern CIRCUMSTANCE = Pattern.compile(
            "\\b(?:comes?|came|coming)\\s+(?:as|amid|after|in\\s+the\\s+wake\\s+of)\\b", Pattern.CASE_INSENSITIVE);

    /** A capital's country beside it: "Moscow" in one report and "Russia" in another name one actor. */
    private static void addCountry(Set<String> names, String entity) {
        String country = Lexicon.countryOfCapital(entity);
        if (country != null) {
            names.add(country);
        }
    }

    /** Where a subject ends: a comma, a dash or a bracket closes a dateline, a leading phrase or an aside. */
    private static final Pattern SUBJECT_BREAK = Pattern.compile("[,;:()\u2014\u2013]|\\s-\\s");
    /** A leading phrase of time, place or circumstance, not the subject: "On Sunday,", "In Kyiv,". */
    private static final Pattern LEADING_PHRASE = Pattern.compile(
            "^\\W*(?:on|in|at|after|before|during|from|for|with|within|following|amid|despite|since|by|under|as|"
                    + "last|earlier|later|meanwhile|however|when|while|if|unless|although|though|because|once|until|"
                    + "according|\\p{L}+ing)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The entities named before the first verb of a statement (see {@link #subject()}): the stretches between breaks
     * that are neither a dateline in capitals nor a leading phrase of time, place or circumstance ("Marking a defeat
     * for the government, the house voted"). Empty when the sentence opens with no name ("Officials said ...", "The
     * ministry approved ...").
     */
    static Set<String> subject(String content, List<String> entities, Map<String, String> heads) {
        String before = content.substring(0, Lexicon.firstVerb(content));
        Set<String> out = new LinkedHashSet<>();
        if (before.chars().noneMatch(Character::isUpperCase)) {
            return out;
        }
        Map<String, String> byWord = null;
        for (String part : SUBJECT_BREAK.split(before)) {
            if (part.isBlank() || LEADING_PHRASE.matcher(part).find() || part.strip().equals(part.strip()
                    .toUpperCase(Locale.ROOT))) {
                continue;
            }
            for (int[] w : Lexicon.wordSpans(part)) {
                String word = part.substring(w[0], w[1]);
                if (!Character.isUpperCase(word.charAt(0))) {
                    continue;
                }
                String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
                if (Lexicon.STOP.contains(lower)) {
                    continue;
                }
                if (byWord == null) {
                    byWord = new HashMap<>();
                    for (String e : entities) {
                        for (String n : Lexicon.words(e)) {
                            byWord.putIfAbsent(n, e);
                        }
                    }
                }
                String bare = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
                String entity = byWord.get(bare);
                if (entity == null) {
                    entity = heads.get(prefix(lower));
                }
                if (entity == null) {
                    entity = Lexicon.nation(bare);
                }
                if (entity != null) {
                    out.add(entity);
                    addCountry(out, entity);
                }
            }
        }
        return out;
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
     * told, not what happened, and would otherwise make every claim of one source look alike. A closing commentary
     * clause goes too (see {@link #withoutCommentary}).
     */
    static String contentText(Claim c) {
        String s = c.statement();
        if (c.attribution() != null) {
            int from = Math.max(c.attribution().start(), c.start()) - c.start();
            int to = Math.min(c.attribution().end(), c.end()) - c.start();
            if (from >= 0 && to > from && to <= s.length()) {
                s = s.substring(0, from) + " " + s.substring(to);
            }
        }
        return withoutCommentary(s);
    }

    /**
     * A closing clause in which the writer reads the fact rather than reports it: ", suggesting a broader shift",
     * ", underscoring the risks". Quotation marks end the search, so a quote's own words stay.
     */
    private static final Pattern COMMENTARY = Pattern.compile(
            ",\\s+(?:suggesting|indicating|signall?ing|underscoring|highlighting|reflecting|illustrating|"
                    + "showcasing|demonstrating)\\b[^\"“”]*$", Pattern.CASE_INSENSITIVE);

    /**
     * A statement without its closing commentary (see {@link #COMMENTARY}): two outlets that report the same fact
     * rarely read it the same way, and the reading's words would dilute what they share.
     */
    static String withoutCommentary(String s) {
        Matcher m = COMMENTARY.matcher(s);
        return m.find() ? s.substring(0, m.start()) + "." : s;
    }

    /**
     * Whether the claim's own sentence credits it with a past-tense reporting verb ("Gov. Inslee announced Monday
     * that ..."), which {@link #contentText} leaves out: the claim is then indirect speech, whose "would" is a
     * shifted "will" ({@link Clauses#predicate(String, boolean)}).
     */
    private static boolean reportedInPast(Claim c) {
        if (c.attribution() == null || c.attribution().start() < c.start() || c.attribution().end() > c.end()) {
            return false;
        }
        return Lexicon.words(c.attribution().text()).stream()
                .anyMatch(w -> Clauses.pastReporting(w.toLowerCase(Locale.ROOT)));
    }

    /** Whether an entity appears in the claim only as the credited source. */
    private static boolean namedOnlyAsSource(Claim c, String entity) {
        if (c.attribution() == null) {
            return false;
        }
        String attr = c.attribution().text().toLowerCase(Locale.ROOT);
        String last = entity.toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
        String content = contentText(c);
        return attr.contains(last) && !content.toLowerCase(Locale.ROOT).contains(last)
                && !SPEAKER_AS_SUBJECT.matcher(content).find();
    }

    /**
     * What is reported opens on a personal pronoun: the one who says it is also who it is about ("Romney reiterated
     * that he opposes same-sex marriage", "'I apologize to Sen. Grassley,' Braley wrote"), so the name in the
     * attribution is the statement's subject too. Not an "I" that only frames what follows ("I can tell you there's
     * been no change to the policy", "I think the plan is wrong"): that statement is about something else.
     */
    private static final Pattern SPEAKER_AS_SUBJECT = Pattern.compile(
            "^[\\s,:\"“”']*(?:that\\s+)?(?:he|she|they|(?:i|we)\\b(?!(?:\\s+(?:can|would|do|must|have\\s+to))?"
                    + "\\s+(?:tell|say|said|think|believe|know|guess|mean|feel|hope|expect|suppose)\\b))\\b",
            Pattern.CASE_INSENSITIVE);
}
