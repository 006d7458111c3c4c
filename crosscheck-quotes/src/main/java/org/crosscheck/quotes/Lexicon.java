package org.crosscheck.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The closed word lists the quote and attribution rules lean on. They are general English reporting vocabulary
 * (speech verbs, source nouns, titles), kept in one place so that widening coverage never means touching a rule.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Lists are edited by hand, so a repeated word is tolerated rather than failing class loading. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Verbs that introduce speech or a reported statement, in the inflections news prose uses. */
    static final Set<String> SPEECH_VERBS = set(
            "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "adding",
            "state", "states", "stated", "note", "notes", "noted", "noting", "remark", "remarks", "remarked",
            "write", "writes", "wrote", "written", "explain", "explains", "explained", "explaining",
            "warn", "warns", "warned", "warning", "ask", "asks", "asked", "reply", "replies", "replied",
            "respond", "responds", "responded", "insist", "insists", "insisted", "argue", "argues", "argued",
            "arguing", "claim", "claims", "claimed", "claiming", "declare", "declares", "declared",
            "announce", "announces", "announced", "tweet", "tweets", "tweeted", "post", "posted",
            "report", "reports", "reported", "confirm", "confirms", "confirmed", "acknowledge",
            "acknowledges", "acknowledged", "admit", "admits", "admitted", "assert", "asserts", "asserted",
            "contend", "contends", "contended", "continue", "continued", "emphasize", "emphasized",
            "emphasised", "stress", "stresses", "stressed", "insisting", "mention", "mentioned", "recall",
            "recalls", "recalled", "predict", "predicted", "promise", "promised", "pledge", "pledged",
            "vow", "vows", "vowed", "accuse", "accuses", "accused", "accusing", "criticize", "criticized",
            "criticised", "criticizing", "condemn", "condemned", "describe", "describes", "described",
            "describing", "call", "calls", "called", "calling", "urge", "urges", "urged", "urging",
            "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "show", "shows",
            "showed", "reveal", "reveals", "revealed", "disclose", "disclosed", "learn", "learned", "learnt",
            "estimate", "estimates", "estimated", "believe", "believes", "believed", "think", "thinks",
            "thought", "joke", "joked", "quip", "quipped", "complain", "complained", "boast", "boasted",
            "concede", "conceded", "deny", "denies", "denied", "testify", "testified", "observe",
            "observed", "comment", "commented", "shout", "shouted", "yell", "yelled", "cry", "cried",
            "charge", "charged", "allege", "alleges", "alleged", "maintain", "maintains", "maintained",
            "caution", "cautioned", "counter", "countered", "retort", "retorted", "conclude", "concluded",
            "speculate", "speculated", "signal", "signaled", "signalled", "tout", "touted", "brag",
            "bragged", "scoff", "scoffed", "lament", "lamented", "point", "pointed", "hint", "hinted",
            "repeat", "repeated", "reiterate", "reiterated", "quote", "quoted", "cite", "cites", "cited",
            "citing", "agree", "agreed", "find", "found", "finds", "demand", "demanded", "stating",
            "telling", "writing", "announcing", "confirming", "declaring", "blast", "blasted", "slam",
            "slammed", "praise", "praised", "question", "questioned", "sings", "sang", "sing", "chanted", "chant",
            "whispered", "recounted", "mused", "interjected", "wondered", "answered", "echoed", "pleaded",
            "exclaimed", "proclaimed", "assured", "reminded", "advised", "informed", "offered", "summed",
            "acknowledging", "elaborated", "clarified", "conceding", "predicts", "vowing", "says",
            "continues", "concludes", "assure", "assures", "mock", "mocks", "mocked", "boomed", "barked", "groused",
            "bemoaned", "quips", "snapped", "fumed", "chided", "scolded", "marveled", "marvelled", "affirmed",
            "affirms", "proclaims", "cautions", "retweeted", "muses", "shrugged", "gushed", "raged", "sneered",
            "hollered", "screamed", "murmured", "stressing", "replies", "responds", "recounts", "wonders",
            "explains", "exclaims", "declares", "insists", "concedes", "laments", "complains", "jokes", "jested",
            "promises", "pledges", "warns", "notes", "retorts", "counters", "cautioned", "conceded", "testifies",
            "yells", "shouts", "screams", "cries", "whispers", "mutters", "muttered", "grumbled", "snaps");

    /**
     * Verbs of stance that attribute a position to a person rather than report speech ("Sanders rejected the
     * plan", "she wants a vote"): cues only with a named or pronoun subject, as the attribution literature
     * (PolNeAR's guidelines) counts them, discussion ("discussed") and worry ("fear", "worries") included. Forms
     * that double as plural nouns ("talks", "attacks") and verbs that start a source's own description ("an
     * official who spoke to ...", "who talked to ...") are left out; so are verbs of wanting, planning, knowing and
     * perceiving ("want", "plans", "support", "knew", "see", "feel"), which on PolNeAR's train split were about as
     * often wrong as right. "hopes" stays: after a name or pronoun it was right twice as often as wrong.
     */
    static final Set<String> STANCE_VERBS = set(
            "declined", "declines", "refused", "refuses", "expressed", "expresses", "proposed", "proposes",
            "defended", "defends", "rejected", "rejects", "endorsed", "endorses", "hoped", "wants", "wanted",
            "feared", "worried", "expects", "expected", "doubted", "opposes", "opposed", "welcomed", "welcomes",
            "dismissed", "dismisses", "disputed", "attacked", "blamed", "questioned", "applauded", "hailed",
            "derided", "ridiculed", "recommended", "recommends", "objected", "protested", "threatened", "pressed",
            "supported", "supports", "sought", "seeks", "decided", "backed", "favors", "favored", "prefers",
            "preferred", "denounced", "decried", "discussed", "discusses", "blames", "blame",
            "worry", "worries", "fear", "characterized", "characterizes", "characterised", "criticizes",
            "criticises", "congratulated", "thanked", "touted", "coined", "voted", "sees", "knows", "oppose",
            "reject", "hope", "doubt", "doubts", "favor", "expect", "embraced", "embraces", "invoked", "invokes",
            "highlighted", "highlights", "stressed", "conceded", "vowed", "lashed", "railed", "mocked", "hopes");

    /** Cues too common outside reporting to count unless the subject is plainly a source or a document. */
    static final Set<String> WEAK_CUES = set(
            "continue", "continued", "believe", "believes", "believed", "think", "thinks", "thought",
            "show", "shows", "showed", "find", "found", "finds", "call", "calls", "called", "calling",
            "post", "posted", "point", "pointed", "question", "questioned", "agree", "agreed", "learn",
            "learned", "learnt", "demand", "demanded", "praise", "praised", "describe", "described",
            "describing", "estimate", "estimates", "estimated", "charge", "charged", "cite", "cites",
            "cited", "quote", "quoted", "signal", "signaled", "signalled", "ask", "asks", "asked", "indicate",
            "indicates", "indicated", "suggest", "suggests", "suggested");

    /** Words that may sit between a subject and its speech verb ("has also said", "later told"). */
    static final Set<String> AUXILIARIES = set(
            "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "did", "does", "do",
            "also", "later", "then", "previously", "repeatedly", "recently", "reportedly", "again", "first",
            "publicly", "privately", "separately", "earlier", "since", "already", "once", "not", "never",
            "still", "just", "further", "often", "long", "initially", "subsequently", "been", "may", "might",
            "himself", "herself", "themselves");

    static final Set<String> PRONOUNS = set("he", "she", "they", "it");

    /** Nouns that head a described source: "a senior official", "people familiar with", "the newspaper". */
    static final Set<String> OFFICIAL_HEADS = set(
            "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons",
            "aide", "aides", "adviser", "advisers", "advisor", "advisors", "diplomat", "diplomats",
            "authorities", "representative", "representatives", "lawmaker", "lawmakers", "officer", "officers",
            "minister", "ministers", "staffer", "staffers", "envoy", "envoys",
            "commander", "commanders", "negotiator", "negotiators", "prosecutor", "prosecutors");

    static final Set<String> ANONYMOUS_HEADS = set(
            "source", "sources", "person", "people", "insider", "insiders", "analyst", "analysts", "expert",
            "experts", "observer", "observers", "witness", "witnesses", "resident", "residents", "critic",
            "critics", "supporters", "opponents", "investigator", "investigators", "researcher",
            "researchers", "member", "members", "individual", "individuals", "intelligence", "friend", "friends",
            "neighbor", "neighbors", "neighbour", "neighbours", "colleague", "colleagues", "relative", "relatives",
            "voter", "voters", "delegate", "delegates", "protester", "protesters", "attendee", "attendees",
            "supporter", "opponent", "participant", "participants", "volunteer", "volunteers", "authors",
            "moderator", "moderators", "organizers", "organisers", "caller", "viewer", "viewers", "commenter",
            "commenters", "user", "users", "reader", "readers", "confidant", "confidants", "ally", "allies",
            "veteran", "veterans", "listener", "listeners");

    static final Set<String> OUTLET_HEADS = set(
            "newspaper", "newspapers", "publication", "outlet", "outlets", "broadcaster", "magazine", "paper",
            "daily", "tabloid", "network", "channel", "agency", "website", "site", "newsletter", "media",
            "press");

    static final Set<String> DOCUMENT_HEADS = set(
            "report", "reports", "document", "documents", "statement", "statements", "memo", "memos",
            "filing", "filings", "letter", "records", "data", "study", "survey", "poll", "polls", "analysis",
            "assessment", "assessments", "figures", "estimates", "transcript", "release", "cable", "cables",
            "readout", "court", "indictment", "complaint", "lawsuit", "audit", "review", "tally", "editorial",
            "email", "e-mail", "message", "headline", "ad", "advert", "advertisement", "caption", "petition",
            "manifesto", "op-ed", "blog", "ruling", "verdict", "research", "findings", "results", "polling",
            "photos", "footage", "emails", "examination", "projections", "statistics");

    /** Bodies that speak as an organization without being named ("the ministry said"). */
    static final Set<String> ORGANIZATION_HEADS = set(
            "ministry", "department", "government", "military", "army", "police", "campaign", "committee",
            "office", "company", "firm", "embassy", "council", "commission", "agency", "union", "party",
            "kremlin", "pentagon", "court", "board", "administration", "bank", "group", "coalition", "alliance", "team",
            "authority");

    /** Words after a source noun that keep the phrase going: "familiar with the decision", "close to the talks". */
    static final Set<String> POSTMODIFIER_STARTS = set("familiar", "close", "with", "briefed", "who",
            "speaking", "knowledgeable", "involved", "aware", "in", "at", "from", "for", "of", "on");

    /** Roles that name one person when used with "the" ("the mayor said"). */
    static final Set<String> ROLE_HEADS = set(
            "president", "mayor", "governor", "senator", "candidate", "nominee", "chairman", "chairwoman",
            "secretary", "minister", "director", "chancellor", "ambassador", "congressman", "congresswoman",
            "judge", "prosecutor", "sheriff", "chief", "commissioner", "premier", "king", "queen", "pope",
            "general", "commander", "founder", "ceo", "author", "host", "speaker", "leader", "businessman",
            "businesswoman", "billionaire", "lawyer", "attorney", "economist", "professor", "narrator",
            "announcer", "writer", "reporter", "doctor", "woman", "man", "father", "mother", "activist",
            "organizer", "manager", "strategist", "pollster", "historian", "scientist", "researcher",
            "student", "teacher", "officer", "student", "actor", "actress", "singer", "star", "coach");

    /** Titles that sit in front of a name ("spokesperson John Kirby", "Defense Secretary Lloyd Austin"). */
    static final Set<String> TITLES = set(
            "president", "spokesperson", "spokesman", "spokeswoman", "secretary", "minister", "chancellor",
            "adviser", "advisor", "director", "chief", "head", "leader", "senator", "sen.", "rep.",
            "representative", "governor", "gov.", "mayor", "ambassador", "envoy", "general", "gen.",
            "commander", "official", "aide", "chairman", "chairwoman", "chair", "premier", "king", "queen",
            "prince", "pope", "judge", "justice", "attorney", "prosecutor", "analyst", "expert", "professor",
            "prof.", "dr.", "mr.", "mrs.", "ms.", "candidate", "nominee", "coordinator", "deputy", "vice",
            "former", "senior", "prime", "foreign", "defense", "defence", "policy", "national", "security",
            "press", "campaign", "manager", "strategist", "speaker", "lawmaker", "colonel", "col.",
            "lieutenant", "lt.", "captain", "admiral", "sergeant", "economist", "officer", "ceo", "founder",
            "editor", "correspondent", "reporter", "columnist", "host", "anchor", "correspondent", "mp",
            "congressman", "congresswoman", "councilman", "councilwoman", "sheriff", "chief-of-staff");

    /** Name fragments that mark an organization rather than a person. */
    static final Set<String> ORGANIZATION_WORDS = set(
            "ministry", "department", "house", "pentagon", "kremlin", "committee", "council", "party",
            "agency", "office", "commission", "union", "nations", "nato", "un", "eu", "inc", "inc.", "corp",
            "corp.", "ltd", "group", "bank", "university", "institute", "foundation", "association",
            "army", "navy", "force", "forces", "police", "court", "congress", "senate", "parliament",
            "government", "administration", "campaign", "fund", "center", "centre", "service", "services",
            "command", "company", "organization", "organisation", "intelligence", "coalition", "command",
            "fbi", "cia", "nsa", "who", "imf", "dhs", "doj", "gop", "unicef", "opec", "board");

    /** Names that mark a news outlet on their own ("CNN reported"). */
    static final Set<String> OUTLET_NAMES = set(
            "cnn", "bbc", "reuters", "ap", "afp", "bloomberg", "axios", "politico", "nbc", "abc", "cbs", "msnbc",
            "npr", "pbs", "tass", "ria", "interfax", "xinhua", "breitbart", "yonhap", "kyodo", "dpa", "ansa",
            "efe", "euronews", "newsweek", "ukrinform", "unian", "izvestia", "kommersant", "vedomosti", "wsj",
            "nyt", "spiegel", "figaro", "guardian", "telegraph", "vox", "slate", "pravda", "al-jazeera",
            "aljazeera", "france24", "cbc", "itv", "rbc", "rbc-ukraine", "foxnews", "huffpost", "buzzfeed",
            "reuters.com", "semafor", "punchbowl", "mediaite");

    /** Words that mark a news outlet inside a longer name ("The Washington Post", "Kyiv Independent"). */
    static final Set<String> OUTLET_WORDS = set(
            "times", "post", "news", "journal", "tribune", "herald", "gazette", "monde", "press", "daily",
            "independent", "insider", "observer", "economist", "chronicle", "inquirer", "examiner", "telegraph",
            "guardian", "mail", "express", "mirror", "standard", "dispatch", "bulletin", "magazine", "radio",
            "tv", "television", "broadcasting", "network", "wire", "pravda", "figaro", "zeitung", "courier",
            "street", "atlantic", "hill", "sun", "star", "today", "week", "review", "record", "register");

    /** Words that end a described source phrase when met going backwards. */
    static final Set<String> PHRASE_BREAKERS = set(
            "that", "which", "who", "whom", "whose", "and", "or", "but", "while", "as", "if", "when", "after",
            "before", "because", "since", "although", "though", "where", "whether", "than", "to", "by",
            "of", "in", "on", "at", "for", "from", "with", "into", "about", "said", "says", "told", "is",
            "are", "was", "were", "be", "has", "have", "had", "not", "so", "also", "according");

    static final Set<String> DETERMINERS = set(
            "a", "an", "the", "two", "three", "four", "five", "six", "several", "multiple", "some", "many",
            "other", "another", "one", "both", "numerous", "various", "few", "most", "all", "more",
            "these", "those", "this", "its", "their", "his", "her", "our");

    static boolean isSpeechVerb(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return SPEECH_VERBS.contains(l) || STANCE_VERBS.contains(l);
    }

    static boolean isWeakCue(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return WEAK_CUES.contains(l) || STANCE_VERBS.contains(l) && !SPEECH_VERBS.contains(l);
    }

    /**
     * The finite form in the lists that an -ing form stands for: "predicting" for "predicts", "arguing" for
     * "argues", "slamming" for "slams"; the word itself when none is listed.
     */
    static String finiteOf(String ing) {
        String l = ing.toLowerCase(Locale.ROOT);
        if (!l.endsWith("ing") || l.length() < 6) {
            return l;
        }
        String stem = l.substring(0, l.length() - 3);
        String undoubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                ? stem.substring(0, stem.length() - 1) : stem;
        for (String f : List.of(stem + "s", stem + "es", stem + "ed", undoubled + "s", undoubled + "ed")) {
            if (isSpeechVerb(f)) {
                return f;
            }
        }
        return l;
    }

    static boolean isStanceVerb(String w) {
        return STANCE_VERBS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** "the 46-year-old said": an age used as a noun names a person. */
    private static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile("\\d{1,3}-year-olds?");

    static boolean isSourceHead(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return AGE_NOUN.matcher(l).matches() || OFFICIAL_HEADS.contains(l) || ANONYMOUS_HEADS.contains(l)
                || OUTLET_HEADS.contains(l)
                || DOCUMENT_HEADS.contains(l) || ORGANIZATION_HEADS.contains(l) || ROLE_HEADS.contains(l);
    }
}
