package org.crosscheck.entities;

import java.util.Locale;
import java.util.Set;

/**
 * The small general word lists the entity rules rely on: titles that precede names, the nouns that mark a weapon
 * name, words that end a newspaper's name, and demonyms. They describe English news prose in general, not any one
 * story, and are kept in one place so a reviewer can see every word the rules depend on.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Words that precede a person's name as title or role; lower case, periods kept where they are written. */
    static final Set<String> TITLES = Set.of(
            "the", "president", "vice", "prime", "minister", "chancellor", "secretary", "general", "gen.", "sen.",
            "senator", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor", "king",
            "queen", "prince", "princess", "pope", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "sir",
            "lord", "lady", "judge", "justice", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chief",
            "director", "commander", "col.", "colonel", "lt.", "lieutenant", "admiral", "adm.", "sgt.", "sergeant",
            "captain", "capt.", "maj.", "foreign", "defense", "defence", "deputy", "former", "chairman",
            "chairwoman", "chair", "leader", "speaker", "rabbi", "imam", "archbishop", "bishop", "sheikh", "emir",
            "crown", "premier", "dictator", "envoy", "adviser", "advisor", "aide", "officer", "coach", "ceo",
            "founder", "professor", "prof.", "analyst", "expert", "reporter", "correspondent", "host", "security",
            "chancellor-elect", "president-elect", "ex-president", "mp", "senior", "top", "acting", "interim",
            "u.s.", "un", "nato", "pres", "pres.");

    /** Titles that are never a name on their own: a PERSON mention that is just one of these is a CRF slip. */
    static final Set<String> BARE_TITLES = Set.of(
            "the", "president", "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen.", "rep.",
            "congressman", "congresswoman", "governor", "gov.", "mayor", "pope", "dr.", "mr.", "mrs.", "ms.",
            "ambassador", "spokesman", "spokeswoman", "spokesperson", "director", "commander", "chairman",
            "chairwoman", "premier", "envoy", "adviser", "advisor", "president-elect", "chancellor-elect", "ceo",
            "pres", "pres.");

    /**
     * Nouns and adjectives for the members of the two US parties ("Democrats", "Republican"), which the CRF often
     * tags as an organisation: they name people, not the party ("the Republican Party", "GOP"). Parties elsewhere
     * are called by their members' name ("the Conservatives", "the Liberals"), so those words are not here.
     */
    static final Set<String> PARTISANS = Set.of("democrat", "democrats", "democratic", "republican",
            "republicans");

    /** Head nouns that follow a weapon's name ("Taurus missiles", "Leopard tanks", "F-16 jets"). */
    static final Set<String> WEAPON_HEADS = Set.of(
            "missile", "missiles", "rocket", "rockets", "drone", "drones", "tank", "tanks", "jet", "jets",
            "fighter", "fighters", "launcher", "launchers", "howitzer", "howitzers", "warhead", "warheads",
            "interceptor", "interceptors", "torpedo", "torpedoes", "bomb", "bombs", "munition", "munitions",
            "warplane", "warplanes", "helicopter", "helicopters", "gunship", "gunships", "rifle", "rifles");

    /** Heads that name a weapon only after an all-caps or numbered name ("HIMARS systems", "S-400 system"). */
    static final Set<String> WEAPON_WEAK_HEADS = Set.of("system", "systems", "launchers", "aircraft", "vehicles");

    /** Words that may sit between a weapon's name and its head noun ("Storm Shadow cruise missiles"). */
    static final Set<String> WEAPON_MODIFIERS = Set.of(
            "cruise", "ballistic", "long-range", "short-range", "medium-range", "intermediate-range", "air-defense",
            "air-defence", "air", "defense", "defence", "anti-tank", "anti-aircraft", "anti-ship", "hypersonic",
            "guided", "surface-to-air", "air-to-air", "air-to-surface", "missile", "rocket", "battle", "fighter",
            "attack", "multiple", "launch", "main", "combat", "kamikaze", "strike", "tactical", "artillery",
            "precision", "precision-guided", "unmanned", "armored", "armoured", "heavy", "light", "infantry");

    /** Last words of newspaper and magazine names, which carry a capitalised "The" (The New York Times). */
    static final Set<String> PRESS_WORDS = Set.of(
            "times", "post", "journal", "guardian", "telegraph", "independent", "economist", "herald", "tribune",
            "globe", "observer", "sun", "mirror", "atlantic", "hill", "standard", "examiner", "chronicle",
            "inquirer", "gazette", "express", "star", "mail", "register", "intercept", "spectator", "nation",
            "weekly", "daily", "courier", "ledger", "dispatch", "monitor");

    /** Bodies a country's name often precedes as part of the body's own name ("the United States Senate"). */
    static final Set<String> INSTITUTIONS = Set.of("Senate", "House", "Congress", "Army", "Navy", "Air Force",
            "Marine Corps", "Coast Guard", "Supreme Court", "Parliament", "Embassy");

    /** Words that open a capitalised run but are not part of a name. */
    static final Set<String> NAME_STOPS = Set.of(
            "the", "a", "an", "these", "those", "this", "that", "its", "their", "his", "her", "our", "my", "your",
            "western", "eastern", "soviet", "nuclear", "new", "more", "some", "many", "several", "all", "both", "no",
            "any", "other", "such", "and", "or", "of", "with", "by", "for", "from", "to", "in", "on", "at", "as",
            "if", "when", "while", "after", "before", "send", "sending", "supply", "supplying", "use", "using",
            "fire", "firing", "launch", "launching", "provide", "providing", "deliver", "delivering", "modern",
            "advanced", "enemy", "allied", "foreign", "domestic", "military", "most", "first", "last", "two", "three");

    /** Demonyms and country adjectives that are common and not built from the -ian/-ese/-ish patterns. */
    private static final Set<String> DEMONYMS = Set.of(
            "us", "u.s.", "uk", "u.k.", "american", "israeli", "iraqi", "pakistani", "saudi", "thai", "yemeni",
            "kuwaiti", "qatari", "emirati", "somali", "british", "french", "dutch", "swiss", "greek", "czech",
            "german", "korean", "chinese", "japanese", "turkish", "polish", "danish", "swedish", "finnish",
            "spanish", "irish", "scottish", "welsh", "nato", "eu", "western", "russian-made", "us-made",
            "american-made", "western-made", "iranian-made", "soviet-era", "soviet-made", "german-made",
            "british-made", "french-made", "ukrainian-made");

    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word names a nationality rather than a thing ("Iranian drones", "German tanks"). */
    static boolean isDemonym(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (DEMONYMS.contains(w) || w.endsWith("-made") || w.endsWith("-built") || w.endsWith("-supplied")) {
            return true;
        }
        return w.length() > 4 && (w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese")
                || w.endsWith("ish") || w.endsWith("ic"));
    }

    /**
     * Common words that open English sentences and are capitalised only for that: articles, pronouns,
     * prepositions, conjunctions and sentence adverbs. None is also a usual name (no "May", "Will", "Bush"), so a
     * name at the start of a sentence is never mistaken for one.
     */
    static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "in", "on", "at", "by", "to", "of",
            "from", "with", "without", "within", "into", "over", "under", "after", "before", "during", "since",
            "until", "while", "when", "whenever", "where", "why", "how", "what", "which", "who", "whom", "whose",
            "whether", "if", "unless", "although", "though", "because", "as", "than", "then", "thus", "however",
            "meanwhile", "moreover", "also", "still", "even", "just", "only", "now", "here", "there", "this", "that",
            "these", "those", "it", "its", "he", "she", "they", "we", "you", "him", "her", "them", "us", "our",
            "their", "his", "my", "your", "me", "one", "some", "many", "most", "much", "more", "few", "several",
            "all", "both", "each", "every", "either", "neither", "no", "not", "none", "another", "other", "such",
            "any", "according", "asked", "despite", "amid", "among", "between", "through", "about", "across",
            "against", "along", "around", "toward", "towards", "upon", "like", "unlike", "instead", "yes",
            "indeed", "perhaps", "maybe", "already", "again", "later", "earlier", "last", "next", "first",
            "finally", "recently", "today", "yesterday", "tonight", "tomorrow", "once", "otherwise");

    /**
     * Capitalised words that are not a person's, organisation's or place's name on their own: the pronoun "I" and
     * the days of the week. A name they are part of ("The Sunday Times") has another capitalised word.
     */
    static final Set<String> NEVER_NAMES = Set.of("I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
}
