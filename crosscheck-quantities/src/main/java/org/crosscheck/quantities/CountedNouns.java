package org.crosscheck.quantities;

import java.util.List;
import java.util.Set;
import org.crosscheck.quantities.Tokens.Tok;

/**
 * Finds what a number counts without a part-of-speech tagger: after "11,000" the words up to the first plural noun
 * ("North Korean troops"), skipping modifiers — adjectives, nationality and other proper-noun modifiers, compound
 * nouns — and stopping at function words, where a noun phrase cannot continue. Plurality is the anchor because a
 * number above one agrees with a plural head in English; for "one" the phrase's last word is taken instead.
 */
final class CountedNouns {

    /** The counted phrase: its first token, the token after its head, and the head word as the unit. */
    record Counted(int startTok, int endTok, String head) {
    }

    /** Words that end a noun phrase: determiners, prepositions, conjunctions, pronouns, auxiliaries, adverbs. */
    static final Set<String> STOP = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
            "her", "our", "your", "my", "it", "they", "them", "he", "she", "we", "you", "i", "us", "who", "whom",
            "whose", "which", "what", "where", "when", "while", "why", "how", "of", "in", "on", "at", "by", "for",
            "from", "with", "into", "onto", "over", "under", "across", "near", "inside", "outside", "within",
            "against", "between", "among", "toward", "towards", "through", "throughout", "during", "after",
            "before", "since", "until", "till", "per", "than", "as", "and", "or", "but", "nor", "so", "yet", "if",
            "because", "though", "although", "unless", "whereas", "is", "are", "was", "were", "be", "been", "being",
            "am", "have", "has", "had", "having", "will", "would", "could", "can", "may", "might", "should", "must",
            "shall", "do", "does", "did", "not", "no", "said", "say", "says", "told", "tell", "tells", "reported",
            "according", "there", "here", "then", "now", "also", "already", "still", "just", "only", "even",
            "each", "every", "all", "both", "either", "neither", "ago", "away", "apart", "later", "earlier", "old",
            "long", "high", "wide", "deep", "tall", "back", "off", "out", "up", "down", "around", "about", "ahead",
            "along", "thus", "plus", "versus", "perhaps", "always", "sometimes", "besides", "to", "via", "amid",
            "amongst", "beyond", "behind", "beside", "despite", "upon", "without", "whether", "once", "like",
            "unlike", "too", "very", "much", "yes", "et", "alone", "apiece", "respectively", "total", "overall",
            "less", "fewer", "least", "most", "times", "percent", "cent", "whereby", "etc");

    /** Plural nouns that do not end in -s. */
    private static final Set<String> IRREGULAR = Set.of("people", "men", "women", "children", "police",
            "personnel", "staff", "cattle", "sheep", "fish", "aircraft", "spacecraft", "livestock", "infantry",
            "deer", "teeth", "mice", "geese", "data", "media", "criteria", "offspring", "militia", "clergy",
            "poultry", "swine", "folk", "youth", "crew", "feet", "kin", "alumni", "cacti", "fungi", "phenomena");

    /** Heads that say how much more, not what is counted ("three times", "10,000 more", "two others"). */
    private static final Set<String> NOT_COUNTED = Set.of("times", "more", "others", "other", "ones", "strong",
            "odd", "plus", "percent", "thing", "things", "way", "ways", "half", "third", "quarter", "thirds",
            "quarters", "fifths", "tenths");

    private static final int MAX_WORDS = 6;

    private CountedNouns() {
    }

    /** Singular nouns ending in "men", unlike the plurals "freshmen", "gunmen", "congressmen". */
    private static final Set<String> MEN_SINGULARS = Set.of("specimen", "abdomen", "regimen", "acumen", "omen",
            "stamen", "hymen", "amen", "semen", "yemen", "bitumen", "albumen", "lumen", "dolmen", "cyclamen");

    static boolean isPlural(String lower) {
        if (IRREGULAR.contains(lower)) {
            return true;
        }
        if (lower.length() > 5 && lower.endsWith("men") && !MEN_SINGULARS.contains(lower)) {
            return true;
        }
        return lower.length() >= 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("'s") && !lower.endsWith("\u2019s");
    }

    /**
     * Reads the counted phrase that starts at token {@code j}, or returns {@code null} when the words there do not
     * form one.
     *
     * @param singular the number is one, so the head is singular
     */
    static Counted read(List<Tok> toks, int j, boolean singular) {
        return singular ? singular(toks, j) : plural(toks, j);
    }

    private static Counted plural(List<Tok> toks, int j) {
        for (int k = j; k < toks.size() && k < j + MAX_WORDS; k++) {
            Tok t = toks.get(k);
            if (!continues(toks, k, j)) {
                return null;
            }
            String w = t.lower();
            if (candidatePlural(t)) {
                int head = k;
                while (head + 1 < toks.size() && continues(toks, head + 1, j)) {
                    Tok next = toks.get(head + 1);
                    if (Character.isUpperCase(next.text().charAt(0)) || !isPlural(next.lower())) {
                        break;
                    }
                    head++; // "police officers", "Texas towns"
                }
                String unit = headUnit(toks.get(head));
                return NOT_COUNTED.contains(unit) ? null : new Counted(j, head + 1, unit);
            }
            if (NumberWords.isNumberWord(t) || w.endsWith("ly") && Character.isLowerCase(t.text().charAt(0))) {
                return null;
            }
        }
        return null;
    }

    private static Counted singular(List<Tok> toks, int j) {
        int last = -1;
        for (int k = j; k < toks.size() && k < j + 3; k++) {
            Tok t = toks.get(k);
            if (!continues(toks, k, j)) {
                break;
            }
            String w = t.lower();
            boolean lowerCase = Character.isLowerCase(t.text().charAt(0));
            if (last >= 0 && lowerCase && (w.endsWith("ed") || w.endsWith("ing"))) {
                break; // "one soldier killed": the participle is not part of the phrase
            }
            if (NumberWords.isNumberWord(t) || w.endsWith("ly") && lowerCase) {
                break;
            }
            last = k;
        }
        if (last < 0) {
            return null;
        }
        String unit = headUnit(toks.get(last));
        return NOT_COUNTED.contains(unit) ? null : new Counted(j, last + 1, unit);
    }

    /**
     * Whether token {@code k} can still belong to the phrase that starts at {@code first}: a content word, one
     * space after the previous (the caller has placed the first word, which may follow an opening quote mark).
     */
    private static boolean continues(List<Tok> toks, int k, int first) {
        Tok t = toks.get(k);
        if (!t.isWord() || STOP.contains(t.lower())) {
            return false;
        }
        return k == 0 || k == first || t.start() - toks.get(k - 1).end() == 1;
    }

    private static boolean candidatePlural(Tok t) {
        String w = t.lower();
        if (Character.isUpperCase(t.text().charAt(0))) {
            // Proper-noun modifiers ("North Korean") are skipped; capitalised plurals ("Ukrainians") are heads.
            return w.length() >= 4 && w.endsWith("s") && isPlural(w);
        }
        return isPlural(w);
    }

    /** The unit a head stands for: lower case, except acronyms ("ATACMS"), which keep their letters. */
    private static String headUnit(Tok t) {
        String s = t.text();
        boolean acronym = s.length() > 1 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return acronym ? s : t.lower();
    }
}
