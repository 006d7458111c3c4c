package org.crosscheck.claims.relation;

import java.util.List;
import java.util.Set;
import org.crosscheck.claims.Lexicon;

/**
 * The cue words of English news text that say how a sentence positions its claim: a contrast ("but", "however"), a
 * hedge ("may", "reportedly"), an attribution ("said", "according to"), a dispute ("denied", "critics") or support
 * ("agreed", "praised"). General English only; which cue counts for which relation is learnt, not written here.
 */
final class RelationCues {

    private static final Set<String> CONTRAST = Set.of("but", "however", "although", "though", "despite", "yet",
            "nevertheless", "nonetheless", "whereas", "instead", "contrary", "rather", "still", "while");

    private static final Set<String> HEDGE = Set.of("may", "might", "could", "possibly", "perhaps", "likely",
            "unlikely", "reportedly", "allegedly", "apparently", "appears", "seems", "suggests", "suggest", "unclear",
            "uncertain", "expected", "would", "if", "whether");

    private static final Set<String> ATTRIBUTION = Set.of("said", "says", "according", "told", "claimed", "claims",
            "argued", "argues", "stated", "insisted", "insists", "wrote", "writes", "added", "noted", "believes",
            "believe", "contends", "maintained");

    private static final Set<String> DISPUTE = Set.of("critics", "criticized", "criticised", "criticism", "denied",
            "denies", "refuted", "false", "falsely", "misleading", "dismissed", "rejected", "opposed", "opposition",
            "condemned", "slammed", "blasted", "accused", "disputed", "disputes", "controversial", "controversy",
            "wrong", "failed", "failure", "fails", "concerns", "concern", "warned", "questioned", "skeptical",
            "sceptical", "lie", "lies", "lied", "attack", "attacked");

    private static final Set<String> SUPPORT = Set.of("agreed", "agrees", "confirmed", "confirms", "supported",
            "supports", "praised", "welcomed", "endorsed", "backed", "applauded", "success", "successful",
            "victory", "win", "won", "helped", "benefit", "benefits", "improve", "improved");

    private RelationCues() {
    }

    /** The cue features of one sentence, in the order of {@link #NAMES}. */
    static double[] of(String sentence, List<String> words) {
        return new double[] {
                Lexicon.isNegated(sentence) ? 1 : 0,
                count(words, CONTRAST),
                count(words, HEDGE),
                count(words, ATTRIBUTION),
                count(words, DISPUTE),
                count(words, SUPPORT),
                sentence.indexOf('"') >= 0 || sentence.indexOf('\u201C') >= 0 ? 1 : 0,
                sentence.strip().endsWith("?") ? 1 : 0,
                !words.isEmpty() && CONTRAST.contains(words.get(0)) ? 1 : 0,
        };
    }

    /** Names of the features {@link #of} returns. */
    static final List<String> NAMES = List.of("negated", "contrast", "hedge", "attribution", "dispute", "support",
            "quoted", "question", "opens-with-contrast");

    private static double count(List<String> words, Set<String> cues) {
        int n = 0;
        for (String w : words) {
            if (cues.contains(w)) {
                n++;
            }
        }
        return Math.log1p(n);
    }
}
