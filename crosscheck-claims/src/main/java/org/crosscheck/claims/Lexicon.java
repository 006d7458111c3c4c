package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small amount of English the claim stages need: stop-words, a light stemmer, negation cues, the reporting verbs
 * that carry no content of their own, and classes of general news verbs and nouns that outlets use interchangeably.
 *
 * <p>Why a hand-made table instead of a word-embedding model: the stages must stay deterministic and explainable
 * (a reader can see why two sentences were aligned), and the paraphrases outlets actually alternate between for
 * one fact ("authorized" / "approved" / "allowed" / "gave the green light") are few and stable across stories.
 * Nothing here is specific to one story: every entry is a general word of news English.
 */
public final class Lexicon {

    private Lexicon() {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");

    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "into", "onto", "as", "than", "that", "this", "these", "those", "there", "here", "it", "its", "it's",
            "he", "she", "they", "them", "their", "his", "her", "we", "our", "you", "your", "i", "me", "my", "who",
            "whom", "whose", "which", "what", "when", "where", "why", "how", "be", "is", "are", "was", "were", "been",
            "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "also", "just", "so", "such", "some", "any", "all", "more",
            "most", "other", "others", "about", "after", "before", "over", "under", "between", "during", "while",
            "up", "down", "out", "off", "then", "now", "very", "only", "own", "same", "both", "each", "few",
            "further", "once", "again", "yet", "still", "even", "however", "meanwhile", "although", "though",
            "because", "since", "until", "via", "per", "within", "without", "against", "among", "amid", "upon",
            "whether", "not", "no", "nor", "never", "n't", "s", "mr", "mrs", "ms", "dr", "one", "new", "first");

    /**
     * Verbs that say who told rather than what happened: aligned claims must share more than "said". Verbs of
     * opinion ("believe", "think") belong here too: "you might think it's fine that they lied about the meeting" and
     * "I think it's fine he lied to the agents" share their frame, not what they hold true.
     */
    static final Set<String> REPORTING = Set.of(
            "say", "said", "says", "saying", "tell", "told", "tells", "report", "reported", "reports", "reporting",
            "state", "stated", "states", "announce", "announced", "announces", "claim", "claimed", "claims",
            "declare", "declared", "add", "added", "adds", "note", "noted", "notes", "remark", "remarked",
            "confirm", "confirmed", "confirms", "according", "cite", "cited", "citing", "indicate", "indicated",
            "indicates", "suggest", "suggested", "suggests", "acknowledge", "acknowledged", "explain", "explained",
            "write", "writes", "wrote", "insist", "insisted", "argue", "argued", "believe", "believed", "believes",
            "think", "thinks", "thought", "reportedly", "sources", "source", "official", "officials", "spokesperson",
            "spokesman", "spokeswoman");

    /** Stems of the reporting verbs, for their -ing forms ("suggesting", "noting", "adding"). */
    private static final Set<String> REPORTING_STEMS = reportingStems();

    private static Set<String> reportingStems() {
        Set<String> out = new java.util.HashSet<>();
        REPORTING.forEach(w -> out.add(stem(w)));
        return Set.copyOf(out);
    }

    /**
     * Hedges and degree adverbs: they say how sure the outlet is or how much, not what happened ("appears
     * influenced", "was primarily triggered"), so two reports of one fact need not share them, and two reports of
     * different facts that share only them ("specifically targets", "specifically ATACMS") are not alike.
     */
    static final Set<String> HEDGES = Set.of(
            "appear", "appears", "appeared", "seem", "seems", "seemed", "apparently", "allegedly", "likely",
            "possibly", "probably", "perhaps", "particularly", "especially", "specifically", "primarily", "mainly",
            "largely", "mostly", "partly", "fully", "highly", "significantly", "fundamentally", "effectively",
            "directly", "closely", "currently", "recently", "already", "reportedly");

    /** Words ending in -ly that are verbs or nouns, not adverbs ({@link #adverb}). */
    private static final Set<String> NOT_ADVERBS = Set.of(
            "rally", "ally", "tally", "fly", "rely", "bully", "family", "assembly", "monopoly", "anomaly");

    /** Auxiliaries and very common verbs: together with {@link #REPORTING} and the classes they tell a clause. */
    private static final Set<String> VERBISH = Set.of(
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may",
            "might", "must", "should", "shall", "did", "does", "do", "remain", "remains", "remained", "plan",
            "plans", "planned", "begin", "began", "begun", "begins", "make", "made", "makes", "take", "took",
            "takes", "taken", "come", "came", "comes", "go", "went", "goes", "gone", "give", "gave", "gives",
            "given", "seek", "sought", "seeks", "hold", "held", "holds", "lead", "led", "leads", "fear", "fears",
            "feared", "aim", "aims", "want", "wants", "need", "needs", "face", "faces", "keep", "kept", "keeps",
            "become", "became", "becomes", "appear", "appears", "seem", "seems", "follow", "follows", "mark",
            "marks", "urge", "urged", "urges", "help", "helps", "show", "shows", "showed", "shown", "win", "won",
            "wins", "lose", "lost", "loses", "meet", "met", "meets", "leave", "left", "leaves", "put", "puts",
            "set", "sets", "get", "got", "gets", "run", "ran", "runs", "expect", "expects", "expected");

    /**
     * Words outlets use interchangeably for one fact, by class. A class name is what similarity compares, so
     * "authorized" and "gave permission" meet.
     */
    private static final Map<String, List<String>> CLASSES = Map.ofEntries(
            Map.entry("#permit", List.of("authorize", "authorise", "authorization", "authorisation", "allow",
                    "permit", "permission", "approve", "approval", "greenlight", "green-light", "greenlit",
                    "lift", "loosen", "sanction", "okay")),
            Map.entry("#deploy", List.of("deploy", "deployment", "send", "sent", "station", "dispatch",
                    "move", "transfer", "arrive", "arrival", "presence")),
            Map.entry("#strike", List.of("strike", "attack", "hit", "target", "bomb", "bombing", "shell",
                    "shelling", "raid", "assault", "struck")),
            Map.entry("#kill", List.of("kill", "die", "dead", "death", "deaths", "fatality", "fatalities", "slain",
                    "killed")),
            Map.entry("#injure", List.of("injure", "injury", "wound", "hurt")),
            Map.entry("#arrest", List.of("arrest", "detain", "detention", "custody", "apprehend")),
            Map.entry("#change", List.of("change", "shift", "alter", "reverse", "reversal", "unchanged",
                    "departure", "overhaul", "u-turn")),
            Map.entry("#supply", List.of("supply", "provide", "deliver", "delivery", "ship", "shipment",
                    "equip")),
            Map.entry("#warn", List.of("warn", "warning", "caution", "threaten", "threat")),
            Map.entry("#criticize", List.of("criticize", "criticise", "criticism", "condemn", "denounce",
                    "slam", "blast", "decry")),
            Map.entry("#rise", List.of("rise", "rose", "increase", "grow", "grew", "climb", "surge", "jump",
                    "soar")),
            Map.entry("#fall", List.of("fall", "fell", "decrease", "drop", "plunge", "slump", "reduce", "cut")),
            Map.entry("#troop", List.of("troop", "soldier", "force", "forces", "personnel", "servicemen",
                    "serviceman", "fighter", "military")),
            Map.entry("#weapon", List.of("weapon", "arm", "arms", "missile", "munition", "rocket")),
            Map.entry("#win", List.of("win", "won", "victory", "triumph")),
            Map.entry("#elect", List.of("elect", "election", "electoral", "vote", "poll")),
            Map.entry("#resign", List.of("resign", "resignation", "quit")),
            Map.entry("#meet", List.of("meet", "meeting", "talks", "summit", "conversation", "call")),
            Map.entry("#agree", List.of("agree", "agreement", "deal", "accord", "pact")),
            Map.entry("#refuse", List.of("refuse", "refusal", "reject", "rejection", "decline", "deny", "denial",
                    "rebuff")),
            Map.entry("#decide", List.of("decide", "decision", "directive")),
            // a policy is a standing course ("no change to the president's policy", "a reversal of his stance"), a
            // decision one act: "personnel decisions" and "anti-discrimination policies" are two things
            Map.entry("#stance", List.of("policy", "stance")),
            Map.entry("#cause", List.of("cause", "trigger", "influence", "prompt", "spur", "motivate", "motivation",
                    "provoke", "response", "reaction", "retaliation")),
            Map.entry("#territory", List.of("territory", "soil", "land", "ground")),
            Map.entry("#deep", List.of("deep", "deeper", "deepest", "inside", "long-range", "far")));

    private static final Map<String, String> CLASS_OF = buildClassIndex();

    /** The key of the words that say what prompted an event ("triggered", "in response to"). */
    static final String CAUSE = "#cause";

    private static Map<String, String> buildClassIndex() {
        Map<String, String> m = new HashMap<>();
        CLASSES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (String w : e.getValue()) {
                m.putIfAbsent(w, e.getKey());
                m.putIfAbsent(stem(w), e.getKey());
            }
        });
        return Map.copyOf(m);
    }

    /**
     * Negation cues. "not only"/"not just" are left out because they add rather than deny; cues inside a leading
     * subordinate clause ("While X has not yet responded, Y condemned ...") are ignored by {@link #isNegated}.
     */
    private static final Pattern NEGATION = Pattern.compile(
            "n['’]t\\b|\\b(?:not(?!\\s+(?:only|just|least|to\\s+mention))|never|no\\s+longer|"
                    + "no(?!\\s+(?:time|doubt|stranger|small|less|more|matter|wonder|one\\s+else))|none|nobody|"
                    + "nothing|neither|nor|cannot|yet\\s+to|declined?\\s+to|declines\\s+to|refus(?:e|es|ed|ing)"
                    + "|den(?:y|ies|ied|ying)|rul(?:e|es|ed)\\s+out|unchanged|reject(?:s|ed)?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A leading subordinate clause whose negation belongs to a background fact, not to the main statement. */
    private static final Pattern LEADING_SUBORDINATE = Pattern.compile(
            "^\\s*(?:while|although|though|whereas|even\\s+though|even\\s+as|as|since|because|if|unless|after|"
                    + "before|when)\\b[^,;]{0,160},", Pattern.CASE_INSENSITIVE);

    /**
     * A non-restrictive relative clause, ", where a new law lets shops deny service", ", who did not attend": an
     * aside that describes a noun of the sentence with a fact of its own, so its negation is that fact's, not the
     * statement's. It runs to the next comma or semicolon.
     */
    private static final Pattern RELATIVE_ASIDE = Pattern.compile(
            ",\\s+(?:which|who|whom|whose|where)\\b[^,;]*", Pattern.CASE_INSENSITIVE);

    /**
     * A condition after the statement and what would follow from it: "... the best deal possible, and if we don't
     * get it, there should be no deal". It says what would happen, not what is, so a negation inside it denies
     * nothing the statement reports ("as if" compares rather than sets a condition; "that if" opens a reported
     * clause on its condition, see {@link #REPORTED_CONDITION}).
     */
    private static final Pattern CONDITIONAL_TAIL = Pattern.compile(
            "(?<!\\bas|\\bthat)\\s+(?:if|unless)\\b.*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * A reported clause that opens on its condition, "McCain tweeted that if Trump is not prepared to hold Putin
     * accountable, the talks should not move forward": the condition is background, as a leading one is; what
     * follows it is the statement.
     */
    private static final Pattern REPORTED_CONDITION = Pattern.compile(
            "\\bthat\\s+(?:if|unless)\\b[^,;]{0,160},", Pattern.CASE_INSENSITIVE);

    /** Words inside quotation marks are another voice; a cue there still negates what the sentence reports. */
    public static boolean isNegated(String sentence) {
        String s = mainStatement(sentence);
        return s != null && NEGATION.matcher(s).find();
    }

    /**
     * A sentence without what states a background fact rather than the statement: a leading subordinate clause (also
     * one opening a reported clause), non-restrictive relative clauses and a closing condition. {@code null} for no
     * sentence.
     */
    private static String mainStatement(String sentence) {
        if (sentence == null || sentence.isEmpty()) {
            return null;
        }
        String s = sentence;
        Matcher lead = LEADING_SUBORDINATE.matcher(s);
        if (lead.find()) {
            s = s.substring(lead.end());
        }
        s = REPORTED_CONDITION.matcher(s).replaceFirst("that");
        s = CONDITIONAL_TAIL.matcher(s).replaceFirst("");
        return RELATIVE_ASIDE.matcher(s).replaceAll(",");
    }

    /**
     * A closing aside about a place, ", where a new law lets shops refuse service": it describes where the fact
     * happened with a fact of its own, which other outlets report in sentences of their own.
     */
    private static final Pattern PLACE_ASIDE = Pattern.compile(",\\s+where\\b[^,;]*[.!?\"”]*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A statement without its closing place aside ({@link #PLACE_ASIDE}): the words of what it reports. Other
     * relative asides stay: "..., which carry cameras" is part of what a sentence about the rockets reports.
     */
    static String withoutPlaceAside(String s) {
        Matcher m = PLACE_ASIDE.matcher(s);
        return m.find() ? s.substring(0, m.start()) + "." : s;
    }

    /**
     * A leading phrase or clause that sets the scene of the statement after it: "After the vote, ...", "Since the
     * shutdown began, ...", "Despite the warnings, ...", "With the override, ...". Not the contrasting "while" or
     * "although": what they set against the statement is often the story's own news.
     */
    private static final Pattern LEADING_BACKGROUND = Pattern.compile(
            "^\\W*(?:after|before|since|despite|amid|following|when|with|as)\\b[^,;]{0,160},",
            Pattern.CASE_INSENSITIVE);

    /**
     * A closing adjunct of time or circumstance, to the end of the sentence: "... ever since the governor signed it
     * into law", "... after the video was released", "... amid the larger inquiry into the deal". Not after "comes"
     * ("the decision comes after troops arrived": there the circumstance is what the sentence reports, see
     * {@link ClaimFeatures}) nor after a reporting verb ("said after the hearing that ...": the reported clause
     * follows).
     */
    private static final Pattern TRAILING_BACKGROUND = Pattern.compile(
            "(?<!\\b(?:comes?|came|coming))\\s+(?:ever\\s+)?(?:since|after|amid|following)\\s+[^,;:\"\u201c\u201d]+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Where a statement gives background rather than its own fact, as {@code [from, to)} offsets: a leading scene
     * setter ({@link #LEADING_BACKGROUND}), non-restrictive relative clauses (", who ran for governor in 2010,") and
     * a closing adjunct of time or circumstance ({@link #TRAILING_BACKGROUND}). Outlets give the same background in
     * sentences that report different news ("the governor was taken aback by the reactions to the act, which he
     * signed on Thursday" / "lawmakers have defended the act ever since the governor signed it on Thursday"): words
     * shared there say the two sentences have a context in common, not a fact.
     */
    static List<int[]> backgroundSpans(String s) {
        List<int[]> out = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        Matcher lead = LEADING_BACKGROUND.matcher(s);
        if (lead.find()) {
            out.add(new int[] {0, lead.end()});
        }
        Matcher rel = RELATIVE_ASIDE.matcher(s);
        while (rel.find()) {
            out.add(new int[] {rel.start(), rel.end()});
        }
        Matcher tail = TRAILING_BACKGROUND.matcher(s);
        if (tail.find() && !afterReportingVerb(s, tail.start())) {
            out.add(new int[] {tail.start(), s.length()});
        }
        return out;
    }

    private static boolean afterReportingVerb(String s, int at) {
        List<String> before = words(s.substring(0, at));
        return !before.isEmpty() && REPORTING.contains(before.get(before.size() - 1));
    }

    /** Cues that deny by their own meaning ("unchanged", "rejected"): the cue is the predicate. */
    private static final Pattern SELF_PREDICATE = Pattern.compile(
            "unchanged|reject(?:s|ed)?|den(?:y|ies|ied|ying)|rul(?:e|es|ed)\\s+out", Pattern.CASE_INSENSITIVE);

    /**
     * The key of what a denial denies: the first content word after the negation cue ("has yet to directly
     * respond" gives "respond", "no change to the policy" gives the #change class), or the cue itself when it
     * carries the meaning ("unchanged"). {@code null} when the sentence is not negated or names nothing after it.
     *
     * <p>Why: a denial contradicts only a statement of the same predicate. "X has yet to respond" says nothing
     * against "X said he could end the war", however many names the two share.
     */
    public static String negatedPredicate(String sentence) {
        String s = mainStatement(sentence);
        if (s == null) {
            return null;
        }
        Matcher m = NEGATION.matcher(s);
        if (!m.find()) {
            return null;
        }
        String cue = m.group();
        if (SELF_PREDICATE.matcher(cue).matches()) {
            return key(cue.split("\\s+")[0]);
        }
        Matcher w = WORD.matcher(s);
        w.region(m.end(), s.length());
        int seen = 0;
        while (w.find() && seen < 8) {
            String lower = w.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            seen++;
            if (STOP.contains(lower) || VERBISH.contains(lower) || adverb(lower) || lower.length() < 3
                    || lower.chars().allMatch(Character::isDigit)) {
                continue;
            }
            return key(lower);
        }
        return null;
    }

    /**
     * Whether a word ending in -ly is an adverb ("directly", "quickly"), not a verb or noun of that ending that names
     * what happened ("supply", "apply", "reply", "rally"): words of a class, and -ply words, are not adverbs.
     */
    private static boolean adverb(String lower) {
        return lower.endsWith("ly") && !lower.endsWith("ply") && !CLASS_OF.containsKey(lower)
                && !NOT_ADVERBS.contains(lower);
    }

    /** Lower-cased word tokens of a text, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    /** Where the first verb of a text begins (see {@link #isVerbLike}; capitalised words are names), or its length. */
    static int firstVerb(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!Character.isUpperCase(text.charAt(m.start()))
                    && isVerbLike(m.group().toLowerCase(Locale.ROOT).replace('’', '\''))) {
                return m.start();
            }
        }
        return text.length();
    }

    /** Word tokens with their offsets into {@code text}. */
    public static List<int[]> wordSpans(String text) {
        List<int[]> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /**
     * A light suffix-stripping stemmer: enough to meet "authorized"/"authorization"/"authorize" and
     * "strikes"/"striking" without a dependency, and stable, which a full Porter stemmer would also be but is
     * heavier than what similarity needs.
     */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ation") && w.length() > 7) {
            w = w.substring(0, w.length() - 5);
        } else if (w.endsWith("ing") && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
                && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /**
     * Adjectives and nouns of nationality, by the country they name: "British Storm Shadow missiles" is about the
     * United Kingdom as much as "Britain's missiles" is, whether or not the sentence also names the country; "Britain"
     * and the short forms ("US", "UK") are here because entity stages often leave them apart from the full name. The
     * names are the canonical ones the entity stage gives the countries. Left out: forms that are also common words
     * or name a region or a people as much as a state ("Korean", which may be North or South, "English", "Georgian",
     * "European"). Callers take only capitalised words ("Polish", not "polish").
     */
    private static final Map<String, String> NATIONS = Map.ofEntries(
            Map.entry("american", "United States"), Map.entry("british", "United Kingdom"),
            Map.entry("briton", "United Kingdom"), Map.entry("britain", "United Kingdom"),
            Map.entry("us", "United States"), Map.entry("usa", "United States"), Map.entry("uk", "United Kingdom"),
            Map.entry("french", "France"), Map.entry("german", "Germany"),
            Map.entry("russian", "Russia"), Map.entry("ukrainian", "Ukraine"), Map.entry("chinese", "China"),
            Map.entry("japanese", "Japan"), Map.entry("indian", "India"), Map.entry("israeli", "Israel"),
            Map.entry("iranian", "Iran"), Map.entry("iraqi", "Iraq"), Map.entry("syrian", "Syria"),
            Map.entry("turkish", "Turkey"), Map.entry("polish", "Poland"), Map.entry("italian", "Italy"),
            Map.entry("spanish", "Spain"), Map.entry("canadian", "Canada"), Map.entry("mexican", "Mexico"),
            Map.entry("brazilian", "Brazil"), Map.entry("australian", "Australia"), Map.entry("egyptian", "Egypt"),
            Map.entry("saudi", "Saudi Arabia"), Map.entry("pakistani", "Pakistan"), Map.entry("afghan", "Afghanistan"),
            Map.entry("lebanese", "Lebanon"), Map.entry("belarusian", "Belarus"), Map.entry("dutch", "Netherlands"),
            Map.entry("swedish", "Sweden"), Map.entry("finnish", "Finland"), Map.entry("norwegian", "Norway"),
            Map.entry("danish", "Denmark"), Map.entry("greek", "Greece"), Map.entry("hungarian", "Hungary"),
            Map.entry("venezuelan", "Venezuela"), Map.entry("cuban", "Cuba"), Map.entry("qatari", "Qatar"),
            Map.entry("emirati", "United Arab Emirates"), Map.entry("taiwanese", "Taiwan"),
            Map.entry("vietnamese", "Vietnam"), Map.entry("nigerian", "Nigeria"), Map.entry("kenyan", "Kenya"),
            Map.entry("yemeni", "Yemen"), Map.entry("libyan", "Libya"), Map.entry("sudanese", "Sudan"),
            Map.entry("ethiopian", "Ethiopia"));

    /**
     * Capitals by the country whose government they stand for in news English: "Moscow's deployment" and "Russia's
     * deployment" report one fact, "Washington viewed it as an escalation" speaks for the United States. Names are
     * the canonical ones the entity stage gives.
     */
    private static final Map<String, String> SEATS = Map.ofEntries(
            Map.entry("Moscow", "Russia"), Map.entry("Washington", "United States"), Map.entry("Kyiv", "Ukraine"),
            Map.entry("Kiev", "Ukraine"), Map.entry("Beijing", "China"), Map.entry("London", "United Kingdom"),
            Map.entry("Paris", "France"), Map.entry("Berlin", "Germany"), Map.entry("Tokyo", "Japan"),
            Map.entry("Tehran", "Iran"), Map.entry("Pyongyang", "North Korea"), Map.entry("Seoul", "South Korea"),
            Map.entry("Ankara", "Turkey"), Map.entry("Damascus", "Syria"), Map.entry("Baghdad", "Iraq"),
            Map.entry("Kabul", "Afghanistan"), Map.entry("Ottawa", "Canada"), Map.entry("Canberra", "Australia"),
            Map.entry("New Delhi", "India"), Map.entry("Islamabad", "Pakistan"), Map.entry("Riyadh", "Saudi Arabia"),
            Map.entry("Cairo", "Egypt"), Map.entry("Warsaw", "Poland"), Map.entry("Rome", "Italy"),
            Map.entry("Madrid", "Spain"), Map.entry("Caracas", "Venezuela"), Map.entry("Havana", "Cuba"),
            Map.entry("Minsk", "Belarus"), Map.entry("Taipei", "Taiwan"), Map.entry("Mexico City", "Mexico"));

    /** The country a capital stands for (see {@link #SEATS}), or {@code null} for any other name. */
    public static String countryOfCapital(String canonical) {
        return canonical == null ? null : SEATS.get(canonical);
    }

    /** The country a capitalised nationality word names ("British", "Russians"), lower-cased, or {@code null}. */
    public static String nation(String lowerWord) {
        return NATIONS.get(singular(lowerWord));
    }

    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ese")
                ? w.substring(0, w.length() - 1) : w;
    }

    /** The key a word is compared by: its synonym class when it has one, else its stem. */
    public static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        String cls = CLASS_OF.get(lower);
        if (cls != null) {
            return cls;
        }
        String st = stem(lower);
        cls = CLASS_OF.get(st);
        return cls != null ? cls : st;
    }

    /**
     * Whether a word is content: not a stop-word (nor one with a contracted "is" or "has": "that's", "there's"), a
     * reporting verb, a hedge or a bare number.
     */
    public static boolean isContent(String lowerWord) {
        return !STOP.contains(lowerWord) && !REPORTING.contains(lowerWord) && !HEDGES.contains(lowerWord)
                && !(lowerWord.endsWith("'s") && STOP.contains(lowerWord.substring(0, lowerWord.length() - 2)))
                && !(lowerWord.endsWith("ing") && REPORTING_STEMS.contains(stem(lowerWord))) && lowerWord.length() > 1
                && !lowerWord.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
    }

    /** The content keys of a text, in order and with repeats removed. */
    public static List<String> contentKeys(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (isContent(w)) {
                String k = key(w);
                if (!out.contains(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** Whether a word is likely a verb: an auxiliary, a reporting verb, a class member, or an -ed form. */
    public static boolean isVerbLike(String lowerWord) {
        if (VERBISH.contains(lowerWord) || REPORTING.contains(lowerWord)) {
            return !lowerWord.equals("sources") && !lowerWord.equals("source") && !lowerWord.equals("official")
                    && !lowerWord.equals("officials");
        }
        if (lowerWord.endsWith("ed") && lowerWord.length() > 4) {
            return true;
        }
        String cls = CLASS_OF.get(lowerWord);
        if (cls == null) {
            cls = CLASS_OF.get(stem(lowerWord));
        }
        return cls != null && !cls.equals("#troop") && !cls.equals("#weapon") && !cls.equals("#territory")
                && !cls.equals("#deep");
    }

    /** The class of what a counted noun or unit refers to ("soldiers", "forces" and "troops" count one thing). */
    public static String unitFamily(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String u = unit.toLowerCase(Locale.ROOT).trim();
        int space = u.lastIndexOf(' ');
        String head = space >= 0 ? u.substring(space + 1) : u;
        return switch (head) {
            case "km", "kilometer", "kilometers", "kilometre", "kilometres", "mi", "mile", "miles", "m", "meter",
                    "meters", "metre", "metres" -> "#length";
            case "usd", "$", "dollar", "dollars", "eur", "€", "euro", "euros", "gbp", "£", "pound", "pounds" ->
                    "#money:" + head;
            default -> key(head);
        };
    }

    /** A value in the family's base unit (kilometres for lengths), so "190 miles" and "306 km" compare. */
    public static double baseValue(double value, String unit) {
        if (unit == null) {
            return value;
        }
        String u = unit.toLowerCase(Locale.ROOT).trim();
        return switch (u) {
            case "mi", "mile", "miles" -> value * 1.609344;
            case "m", "meter", "meters", "metre", "metres" -> value / 1000.0;
            default -> value;
        };
    }

    /**
     * Verbs of asking, and the modals of obligation: what follows them in the clause is wanted, not done ("Zelensky
     * demanded permission to strike" reports no permission; "lawmakers believe the government must lift the limits"
     * reports no lifting). Ends at the clause's end. "Expect" with its own subject and object ("the chairs wrote
     * they expect the minister to publish the audit at once") states what someone wants or foresees another to do,
     * not what was done, and so it never meets a forecast ("the minister is expected to publish more of it"),
     * which no one in the sentence asks for and which stays a statement of its own. Nor does a denied expectation
     * ("don't expect him to fade from the scene"): that is the writer's forecast, not anyone's wish.
     */
    static final Pattern REQUEST = Pattern.compile(
            "\\b(?:must|should|ought\\s+to|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
                    + "ask(?:s|ed|ing)?\\s+for|call(?:s|ed|ing)?\\s+for|press(?:es|ed|ing)?\\s+for|"
                    + "lobb(?:y|ies|ied|ying)\\s+for|appeal(?:s|ed|ing)?\\s+for|plead(?:s|ed|ing)?\\s+for|"
                    + "pleaded\\s+for|sought|seek(?:s|ing)?|"
                    + "(?<!(?:\\b(?:is|are|was|were|be|been|being|not)|n['\u2019]t)\\s)expect(?:s|ed|ing)?"
                    + "(?=\\s+(?!to\\b)[^,;:.!?]{1,60}?\\bto\\s))\\b"
                    + "[^,;:.!?]*",
            Pattern.CASE_INSENSITIVE);

    /** Documents that "call for" what they contain: "the bill calls for screening" states the bill's content. */
    private static final Pattern STIPULATING = Pattern.compile(
            "\\b(?:bill|law|legislation|measure|plan|proposal|deal|agreement|accord|resolution|treaty|budget|"
                    + "order|package|draft|text)s?\\s+(?:also\\s+|would\\s+|will\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Where a request puts what it asks for: {@code [from, to)} in {@code text} from the request verb to the end of
     * its clause, or {@code null} when nothing is asked for. A document that "calls for" something contains it.
     */
    static int[] requested(String text) {
        Matcher m = REQUEST.matcher(text);
        while (m.find()) {
            if (!STIPULATING.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    /** Words that make a figure a projection rather than a count: "could grow to", "expected to reach". */
    static final Pattern PROJECTION = Pattern.compile(
            "\\b(?:could|would|might|may|will|expected|projected|forecast|set\\s+to|likely\\s+to|grow\\s+to|"
                    + "rise\\s+to|reach|planned|plans?\\s+to)\\b",
            Pattern.CASE_INSENSITIVE);
}
