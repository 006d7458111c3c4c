package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where one sentence of news states several checkable facts: the clause boundaries of English at which it divides
 * into claim units, each a span of the sentence that a brief can cite on its own.
 *
 * <p>Why: a sentence that reports the decision and what prompted it ("The ministry approved the closure after
 * dockworkers walked out") can stand in one claim group only, so the second fact was lost to every outlet that put
 * it in the same sentence as the first. The boundaries are those of grammar, not of any story:
 * <ul>
 *   <li>a semicolon between two clauses;</li>
 *   <li>coordinated main clauses, "X, and Y" / "X, but Y";</li>
 *   <li>a temporal or contrasting subordinate clause with its own subject and finite verb after the main one,
 *       "X, while Y", "X as Y", "X after Y", "X although Y": Y states a fact of its own (the connective stays in
 *       Y's span, which the citation covers, and {@link #readable} shows Y without it). A causal clause, "X
 *       because Y", is not cut: a reason is not a fact a second outlet reports apart from what it explains, and
 *       "X" without it loses what the writer said about it;</li>
 *   <li>a trailing phrase headed by an event noun with its own content, "X in response to N's deployment",
 *       "X following N's entry into the war", "X amid N's withdrawal";</li>
 *   <li>two objects of one verb and preposition, "X was driven by A and B", where each object names something of
 *       its own: the second conjunct is cited alone and compared with the head it shares ({@link #sharedHead}).</li>
 * </ul>
 * A division is made only when both sides are statements by themselves: each has a clause of its own (for an
 * object conjunct, the shared head), enough words, and names something; a clause that opens on a pronoun pointing
 * back ("..., and their number could grow") stays with the clause it points to; words inside quotation marks or
 * brackets never divide, and short modifiers stay attached. Without a part-of-speech model the clause test is
 * morphological: a finite verb is an auxiliary or modal, a common irregular past form, or an "-ed" form not read as
 * an adjective or a participle, after a short subject that is not the relative pronoun of an aside ("Trump, who
 * has claimed ..., and his team" is one subject). What it cannot tell without a tagger (a bare present verb, "as
 * troops bolster ...") it leaves undivided.
 *
 * <p>Offsets are into the sentence string; every unit is trimmed of surrounding spaces and commas.
 */
final class Clauses {

    private Clauses() {
    }

    /** A claim unit: {@code [start, end)} of the sentence. */
    record Unit(int start, int end) {
    }

    /** Fewest words a unit must have to be a statement (as a sentence claim must). */
    static final int MIN_WORDS = SentenceClaimExtractor.MIN_WORDS;
    /** Fewest words of an object conjunct or of the event phrase of an adjunct. */
    static final int MIN_PHRASE_WORDS = 3;
    /** Most words between a finite verb and the preposition of its object ("is also believed to be driven by"). */
    private static final int HEAD_WORDS = 7;
    /** Deepest nesting of divisions: a sentence of news rarely states more than four facts. */
    private static final int MAX_DEPTH = 3;

    private static final Set<String> COORDINATORS = Set.of("and", "but");
    /** Connectives of a temporal or contrasting clause, at which a sentence divides: not "because", see above. */
    private static final Set<String> SUBORDINATORS = Set.of("while", "whereas", "as", "after", "although",
            "though");
    /** Multi-word heads of a causal or temporal adjunct, by their words. */
    private static final List<List<String>> ADJUNCTS = List.of(List.of("in", "response", "to"),
            List.of("as", "a", "response", "to"), List.of("in", "reaction", "to"), List.of("in", "retaliation", "for"),
            List.of("in", "the", "wake", "of"), List.of("following"), List.of("amid"), List.of("after"));
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "must", "shall", "should", "does", "do", "did", "remains",
            "remained");
    /** Common irregular past forms, the finite verbs an "-ed" test misses. */
    private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "came", "went", "took", "made", "gave",
            "held", "met", "left", "got", "ran", "won", "lost", "began", "sought", "kept", "became", "saw", "fell",
            "rose", "grew", "struck", "sent", "spent", "built", "bought", "brought", "thought", "found", "paid",
            "wrote", "spoke", "stood", "shut", "fled", "knew", "drew", "threw", "flew", "sold", "heard", "meant",
            "led", "broke", "chose", "froze", "stole", "swore", "withdrew", "overtook", "undertook", "put", "set",
            "cut", "hit", "spread");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "your", "my", "some", "any", "no", "every", "each", "many", "several",
            "more", "most", "all", "both");
    private static final Set<String> PREPOSITIONS = Set.of("by", "to", "over", "about", "on", "of", "for", "with",
            "from", "into", "against", "at", "in", "across", "toward", "towards", "behind");
    /** Degree words before a participle used as an adjective: "the candidate best equipped to win". */
    private static final Set<String> DEGREE = Set.of("best", "most", "least", "well", "better", "worse", "ill",
            "less", "more", "so", "too", "very");
    private static final Set<String> ANAPHORS = Set.of("it", "its", "they", "their", "them", "he", "his", "she",
            "her", "this", "these", "those", "that", "there", "which", "who", "so", "such");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whom", "whose");
    /** Words that end a noun phrase's subject role: "to" before an infinitive, conjunctions. */
    private static final Set<String> NOT_SUBJECT = Set.of("to", "and", "or", "but", "if", "that", "who", "which",
            "as", "while", "after", "because", "although", "though", "when", "whereas", "not");

    /** A word of the sentence: its offsets and lower-cased form, and whether it is shielded by quotes or brackets. */
    private record Word(int start, int end, String lower, boolean shielded) {
    }

    /** The claim units of a sentence, in order; the whole sentence as one unit when it does not divide. */
    static List<Unit> split(String sentence, Predicate<Unit> names) {
        List<Unit> out = new ArrayList<>();
        split(sentence, words(sentence), trim(sentence, 0, sentence.length()), names, 0, out);
        return out;
    }

    private static void split(String s, List<Word> all, Unit unit, Predicate<Unit> names, int depth,
                              List<Unit> out) {
        if (depth < MAX_DEPTH) {
            Unit[] parts = divide(s, all, unit, names);
            if (parts != null) {
                split(s, all, parts[0], names, depth + 1, out);
                split(s, all, parts[1], names, depth + 1, out);
                return;
            }
        }
        out.add(unit);
    }

    /** The first boundary of the strongest kind inside a unit, as its two sides, or {@code null}. */
    private static Unit[] divide(String s, List<Word> all, Unit unit, Predicate<Unit> names) {
        List<Word> w = within(all, unit);
        if (w.size() < 2 * MIN_WORDS - 1) {
            return null;
        }
        // a semicolon between two clauses
        for (int i = unit.start(); i < unit.end(); i++) {
            if (s.charAt(i) == ';' && !shieldedAt(all, i)) {
                Unit[] p = {trim(s, unit.start(), i), trim(s, i + 1, unit.end())};
                if (clause(s, all, p[0]) && clause(s, all, p[1]) && statement(all, p[0], MIN_WORDS, names)
                        && statement(all, p[1], MIN_WORDS, names)) {
                    return p;
                }
            }
        }
        for (int i = MIN_WORDS - 1; i < w.size() - MIN_WORDS + 1; i++) {
            Word c = w.get(i);
            if (c.shielded()) {
                continue;
            }
            boolean comma = precededByComma(s, c);
            int from = measureStart(w, i);
            Unit[] p = null;
            if (comma && COORDINATORS.contains(c.lower())) {
                // "X, and Y": Y without its conjunction
                p = new Unit[] {trim(s, unit.start(), c.start()), trim(s, c.end(), unit.end())};
            } else if (SUBORDINATORS.contains(c.lower()) && !(c.lower().equals("as") && fixedAs(w, i)) && from > 0) {
                // "X, while Y", "X after Y", "X a few hours after Y": the connective, and a time measured to it,
                // stay with Y
                int cut = w.get(from).start();
                p = new Unit[] {trim(s, unit.start(), cut), trim(s, cut, unit.end())};
            }
            if (p != null && mainClause(s, all, p[0]) && leadingClause(s, all, afterConnective(s, p[1], c))
                    && !anaphoric(all, afterConnective(s, p[1], c))
                    && statement(all, p[0], MIN_WORDS, names) && statement(all, p[1], MIN_WORDS, names)) {
                return p;
            }
            int head = from > 0 ? adjunctLength(w, i) : 0;
            if (head > 0 && i + head < w.size()) {
                Unit a = trim(s, unit.start(), w.get(from).start());
                Unit b = trim(s, w.get(from).start(), unit.end());
                List<Word> phrase = within(all, new Unit(w.get(i + head).start(), b.end()));
                if (mainClause(s, all, a) && !clause(s, all, new Unit(w.get(i + head).start(), b.end()))
                        && phrase.size() >= MIN_PHRASE_WORDS && phrase.stream().anyMatch(Clauses::eventNoun)
                        && statement(all, a, MIN_WORDS, names) && names.test(b)) {
                    return new Unit[] {a, b};
                }
            }
        }
        int[] obj = objectSplit(s, all, unit);
        if (obj != null) {
            Unit a = trim(s, unit.start(), obj[1]);
            Unit b = trim(s, obj[2], unit.end());
            if (statement(all, a, MIN_WORDS, names) && statement(all, b, MIN_PHRASE_WORDS, names)) {
                return new Unit[] {a, b};
            }
        }
        return null;
    }

    /**
     * For the second of two object conjuncts cut from one clause ("The shift was driven by A" and "B", separated
     * by " and " in the text), the head they share ("The shift was driven by"), which the second needs to be
     * compared as a statement; {@code null} when the two are not such conjuncts.
     */
    static String sharedHead(String first, String second) {
        String s = first + " and " + second;
        List<Word> all = words(s);
        int[] obj = objectSplit(s, all, new Unit(0, s.length()));
        return obj != null && obj[1] == first.length() ? s.substring(0, obj[0]).strip() : null;
    }

    /**
     * "S V ... P A and B": the head ending at the first preposition after the clause's first finite verb, whose
     * object is coordinated with a second object that is no clause. Returns {head end, end of A, start of B}, or
     * {@code null}. Both objects need {@link #MIN_PHRASE_WORDS} words and a content word; only one top-level
     * "and" may follow the head, so a list of three or a coordinated clause is left whole.
     */
    private static int[] objectSplit(String s, List<Word> all, Unit unit) {
        List<Word> w = within(all, unit);
        int verb = -1;
        for (int i = 1; i < w.size(); i++) {
            if (!w.get(i).shielded() && finite(w, i) && subjectBefore(s, w, i)) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        int prep = -1;
        for (int i = verb + 1; i < w.size() && i <= verb + HEAD_WORDS; i++) {
            if (PREPOSITIONS.contains(w.get(i).lower()) && !w.get(i).lower().equals("to")
                    || w.get(i).lower().equals("to") && i + 1 < w.size()
                    && DETERMINERS.contains(w.get(i + 1).lower())) {
                prep = i;
                break;
            }
        }
        if (prep < 0) {
            return null;
        }
        int and = -1;
        for (int i = prep + 1; i < w.size(); i++) {
            Word x = w.get(i);
            if (x.lower().equals("and") && !x.shielded()) {
                if (and >= 0 || precededByComma(s, x)) {
                    return null;
                }
                and = i;
            }
            if (i > prep + 1 && hasBreak(s, w.get(i - 1).end(), x.start())) {
                return null; // a comma or dash inside: an aside or a list, not two plain objects
            }
        }
        if (and < 0 || and - prep - 1 < MIN_PHRASE_WORDS || w.size() - and - 1 < MIN_PHRASE_WORDS) {
            return null;
        }
        Unit second = new Unit(w.get(and + 1).start(), unit.end());
        // the second object opens a noun phrase: "and adopted by ...", "and to ..." continue the verb, not its object
        if (clause(s, all, second) || !s.startsWith(" and ", w.get(and).start() - 1)
                || !opensNounPhrase(s, w, and + 1)) {
            return null;
        }
        List<Word> first = w.subList(prep + 1, and);
        List<Word> rest = w.subList(and + 1, w.size());
        if (first.stream().noneMatch(x -> Lexicon.isContent(x.lower()))
                || rest.stream().noneMatch(x -> Lexicon.isContent(x.lower()))) {
            return null;
        }
        return new int[] {w.get(prep).end(), w.get(and).start() - 1, w.get(and + 1).start()};
    }

    /**
     * The main predicate of a statement: its verb (the first finite verb with a subject that is not a reporting
     * verb, past auxiliaries to the verb they carry), and whether it is stated as a possibility or a condition
     * rather than as done ("could divert ships if talks fail" against "ships were diverted").
     *
     * @param verb     the predicate's verb as written, lower-cased
     * @param possible whether a modal of possibility carries it, or an "if" clause follows it
     */
    record MainVerb(String verb, boolean possible) {
    }

    private static final Set<String> POSSIBILITY = Set.of("could", "might", "may", "would");
    /** Words between an auxiliary and its verb: "could also be", "has not yet been". */
    private static final Set<String> VERB_GROUP = Set.of("be", "been", "being", "have", "not", "also", "still", "yet",
            "now", "already", "soon", "never", "just", "even", "n't");

    /** The main predicate of a statement, or {@code null} when no finite verb with a subject is found. */
    static MainVerb predicate(String statement) {
        return predicate(statement, false);
    }

    /**
     * The main predicate of a statement, or {@code null} when no finite verb with a subject is found.
     *
     * @param reported whether the statement is what a past-tense reporting verb left out of it reported ("the
     *                 governor announced that" + "he would ban travel"): there "would" is the "will" of the words
     *                 reported, shifted back to the reporting verb's tense, so it states a plan, not a possibility.
     *                 A past-tense reporting verb inside the statement ("she said it would reopen") counts too; an
     *                 "if" clause still makes a plan conditional.
     */
    static MainVerb predicate(String statement, boolean reported) {
        List<Word> w = words(statement);
        boolean backshift = reported;
        for (int i = 1; i < w.size(); i++) {
            Word x = w.get(i);
            if (x.shielded() || !finite(w, i) || !subjectBefore(statement, w, i)
                    || Lexicon.REPORTING.contains(x.lower())) {
                backshift |= !x.shielded() && pastReporting(x.lower());
                continue;
            }
            boolean possible = POSSIBILITY.contains(x.lower()) && !(backshift && x.lower().equals("would"));
            int v = i;
            while (v < w.size() && (AUXILIARIES.contains(w.get(v).lower()) || VERB_GROUP.contains(w.get(v).lower())
                    || w.get(v).lower().endsWith("ly"))) {
                v++;
            }
            if (v == w.size()) {
                v = i; // "the port is": the auxiliary is the verb
            }
            for (int k = v + 1; k < w.size() && !possible; k++) {
                possible = w.get(k).lower().equals("if") && !w.get(k).shielded();
            }
            return new MainVerb(w.get(v).lower(), possible);
        }
        return null;
    }

    /** A reporting verb in the past tense: "said", "told", "announced", "wrote". */
    static boolean pastReporting(String lower) {
        return Lexicon.REPORTING.contains(lower) && (lower.endsWith("ed") || IRREGULAR_PAST.contains(lower));
    }

    /** Whether a unit is a statement by itself: enough words, and something a second outlet can check. */
    private static boolean statement(List<Word> all, Unit unit, int minWords, Predicate<Unit> names) {
        return within(all, unit).size() >= minWords && names.test(unit);
    }

    /**
     * Whether word {@code i} can open a noun phrase, read without a tagger: a determiner, a name, a number, a
     * possessive or an "-ing" modifier ("growing fears"). "And join him ..." continues the verb, not its object.
     */
    private static boolean opensNounPhrase(String s, List<Word> w, int i) {
        Word x = w.get(i);
        char c = s.charAt(x.start());
        return DETERMINERS.contains(x.lower()) || Character.isUpperCase(c) || Character.isDigit(c)
                || x.lower().endsWith("'s") || x.lower().endsWith("ing") && x.lower().length() > 5;
    }

    /** Whether a text between two words holds a comma, a semicolon, a colon or a dash. */
    private static boolean hasBreak(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",;:\u2014\u2013".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Words around an "as" that starts no clause: "as well as", "such as", "as part of", "as soon as". */
    private static final Set<String> BEFORE_FIXED_AS = Set.of("such", "as", "well");
    private static final Set<String> AFTER_FIXED_AS = Set.of("well", "part", "result", "soon", "long", "much",
            "many");

    private static boolean fixedAs(List<Word> w, int i) {
        return i > 0 && BEFORE_FIXED_AS.contains(w.get(i - 1).lower())
                || i + 1 < w.size() && AFTER_FIXED_AS.contains(w.get(i + 1).lower());
    }

    /** Words that measure a time up to an event: "hours after", "shortly after", "a day following". */
    private static final Set<String> TIME_MEASURES = Set.of("shortly", "soon", "immediately", "right", "just",
            "long", "moments", "minutes", "hours", "days", "weeks", "months", "years");
    /** A time unit that measures only after a number or an article: "a day after", not "last year after". */
    private static final Set<String> TIME_UNITS = Set.of("minute", "hour", "day", "week", "month", "year");
    /** Words of the measure before its unit: "barely 13 hours", "a few days", "only two weeks". */
    private static final Set<String> MEASURE_WORDS = Set.of("a", "an", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "few", "several", "some", "barely", "just", "only", "about", "nearly",
            "almost", "mere", "less", "more", "than", "within");

    /**
     * Where the unit introduced by the connective at word {@code i} starts: a time measured up to the event ("a
     * few hours after Y", "shortly after Y", "barely 13 hours after Y") belongs to the connective, so the cut
     * comes before it, or "X, a few hours" would be left behind as the main clause; else the connective itself.
     * -1 when the connective ends a noun phrase and must not divide at all: "the day after the vote".
     */
    private static int measureStart(List<Word> w, int i) {
        if (i == 0) {
            return i;
        }
        String prev = w.get(i - 1).lower();
        if (TIME_UNITS.contains(prev)) {
            String det = i > 1 ? w.get(i - 2).lower() : "";
            if (det.equals("the")) {
                return -1;
            }
            if (!measureWord(det)) {
                return i; // "last year after Y": a time of X's, not a measure
            }
        } else if (!TIME_MEASURES.contains(prev)) {
            return i;
        }
        int k = i - 1;
        while (k > 0 && measureWord(w.get(k - 1).lower())) {
            k--;
        }
        return k;
    }

    private static boolean measureWord(String lower) {
        return MEASURE_WORDS.contains(lower) || !lower.isEmpty() && Character.isDigit(lower.charAt(0));
    }

    /** The number of words of an adjunct head starting at word {@code i}, or 0. */
    private static int adjunctLength(List<Word> w, int i) {
        for (List<String> head : ADJUNCTS) {
            if (i + head.size() > w.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < head.size() && match; k++) {
                match = w.get(i + k).lower().equals(head.get(k)) && !w.get(i + k).shielded();
            }
            // "the following day" is no adjunct
            if (match && !(i > 0 && DETERMINERS.contains(w.get(i - 1).lower()))) {
                return head.size();
            }
        }
        return 0;
    }

    /** A noun that names an event or an action: a nominalisation or a noun of a general news verb class. */
    private static boolean eventNoun(Word x) {
        String l = x.lower();
        if (l.length() < 5 || Lexicon.STOP.contains(l)) {
            return false;
        }
        return l.endsWith("tion") || l.endsWith("sion") || l.endsWith("ment") || l.endsWith("ance")
                || l.endsWith("ence") || l.endsWith("ival") || l.endsWith("ure") || l.endsWith("try")
                || l.endsWith("al") && Lexicon.isVerbLike(l.substring(0, l.length() - 2))
                || !l.endsWith("ing") && !l.endsWith("ed") && Lexicon.isVerbLike(l);
    }

    /**
     * A unit as a reader sees it on its own: capitalised, ending as a sentence does ("the port was closed on
     * Sunday," reads "The port was closed on Sunday."), without the connective of a subordinate clause cut from
     * its sentence ("while the council declined to comment" reads "The council declined to comment."), and with
     * the quotation marks of a sentence cut from a longer quotation balanced ("It was a mistake.\u201d" reads
     * "\u201cIt was a mistake.\u201d"). Its words are otherwise left as they are, so the statement still quotes the
     * article; its citation is the unit's span, connective and all.
     */
    static String readable(String unit) {
        String s = withoutConnective(unit.strip());
        if (s.isEmpty()) {
            return s;
        }
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ',' || s.charAt(end - 1) == ';' || s.charAt(end - 1) == ':'
                || s.charAt(end - 1) == '-' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        s = s.substring(0, end);
        if (s.isEmpty()) {
            return unit.strip();
        }
        char last = s.charAt(s.length() - 1);
        if (Character.isLetterOrDigit(last) || last == ')' || last == '%') {
            s = s + ".";
        }
        s = QuoteMarks.balanced(s);
        return Character.isLowerCase(s.charAt(0)) ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    /**
     * A unit without the connective it opens on (and a time measured to it, "a few hours after"), when it is a
     * subordinate clause cut from the middle of its sentence: the connective is lower-case (a sentence's own first
     * word is not), a clause follows it (not a phrase: "after the discovery of the texts"), and no main clause
     * follows a comma inside the unit ("as the strike spread, the union said ..." is a leading clause with its main
     * clause, and keeps its "as").
     */
    private static String withoutConnective(String unit) {
        List<Word> w = words(unit);
        if (w.size() < 2 || w.get(0).start() != 0 || !Character.isLowerCase(unit.charAt(0))) {
            return unit;
        }
        int c = 0;
        while (c < w.size() - 1 && !SUBORDINATORS.contains(w.get(c).lower())) {
            c++;
        }
        if (!SUBORDINATORS.contains(w.get(c).lower()) || measureStart(w, c) != 0 && c > 0) {
            return unit; // no connective, or words before it that are no measure of time
        }
        Unit rest = trim(unit, w.get(c).end(), unit.length());
        if (!leadingClause(unit, w, rest)) {
            return unit; // "after the discovery of the texts": a phrase, not a statement of its own
        }
        for (Word x : w) {
            if (!x.shielded() && precededByComma(unit, x) && clause(unit, w, trim(unit, x.start(), unit.length()))) {
                return unit;
            }
        }
        return unit.substring(rest.start());
    }

    /**
     * A unit without the connective it opens on ("while the council declined" gives "the council declined"): what
     * the clause itself states, for reading its polarity apart from the clause it hangs on.
     */
    static String body(String unit) {
        List<Word> w = words(unit);
        if (w.size() > 1 && w.get(0).start() == 0 && SUBORDINATORS.contains(w.get(0).lower())) {
            return unit.substring(w.get(1).start());
        }
        return unit;
    }

    /**
     * Whether a clause opens on a pronoun or a possessive that points back into the sentence ("..., and their
     * number could grow to 6,000"): it states nothing a reader can check without the clause before it.
     */
    private static boolean anaphoric(List<Word> all, Unit clause) {
        List<Word> w = within(all, clause);
        return !w.isEmpty() && ANAPHORS.contains(w.get(0).lower());
    }

    /** The part of a subordinate unit after its connective (the unit itself for a coordinated one). */
    private static Unit afterConnective(String s, Unit unit, Word connective) {
        if (unit.start() <= connective.start()) {
            return trim(s, connective.end(), unit.end());
        }
        return unit;
    }

    /** Most words of a subject before its verb, names aside: "after the ministry of transport approved". */
    private static final int SUBJECT_WORDS = 4;

    /**
     * Whether a stretch opens with a clause: its finite verb comes after a short subject, before any comma. "As
     * similar to other packages discovered this week" has a verb form, but far into a phrase, not a clause.
     */
    static boolean leadingClause(String s, List<Word> all, Unit unit) {
        List<Word> w = within(all, unit);
        if (!clause(s, all, unit)) {
            return false;
        }
        int lower = 0;
        for (int i = 0; i < w.size(); i++) {
            if (i > 0 && hasBreak(s, w.get(i - 1).end(), w.get(i).start())) {
                return false;
            }
            if (i > 0 && !w.get(i).shielded() && finite(w, i) && subjectBefore(s, w, i)) {
                return true;
            }
            // "to" does not sit in a short subject: "as similar to other parcels discovered" is a comparison
            if (w.get(i).lower().equals("to")
                    || !Character.isUpperCase(s.charAt(w.get(i).start())) && ++lower > SUBJECT_WORDS) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a stretch is a main clause that states something of its own: a clause whose verb is followed by at
     * least two words. "The need for a new director came" only frames the clause after it.
     */
    private static boolean mainClause(String s, List<Word> all, Unit unit) {
        List<Word> w = within(all, unit);
        if (!clause(s, all, unit)) {
            return false;
        }
        for (int i = 1; i < w.size(); i++) {
            if (!w.get(i).shielded() && finite(w, i) && subjectBefore(s, w, i)) {
                return w.size() - i - 1 >= 2;
            }
        }
        return false;
    }

    /**
     * Whether a stretch is a clause: a finite verb with a subject before it, outside quotes and outside a relative
     * aside (", who has claimed ...").
     */
    static boolean clause(String s, List<Word> all, Unit unit) {
        List<Word> w = within(all, unit);
        int first = 0;
        while (first < w.size() - 1 && (VERB_GROUP.contains(w.get(first).lower()) || w.get(first).lower().endsWith("ly")
                || w.get(first).lower().equals("then") || w.get(first).lower().equals("later"))) {
            first++;
        }
        if (w.isEmpty() || verbForm(w, first)) {
            return false; // "and said ...", "then claimed ...": a second predicate of the subject before, not a clause
        }
        for (int i = 1; i < w.size(); i++) {
            if (!w.get(i).shielded() && finite(w, i) && subjectBefore(s, w, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a finite verb at word {@code i} has a subject of its own before it in the stretch: a word that can
     * head a noun phrase, with no relative pronoun or conjunction between it and the verb.
     */
    private static boolean subjectBefore(String s, List<Word> w, int i) {
        int k0 = i - 1;
        while (k0 > 0 && (VERB_GROUP.contains(w.get(k0).lower()) || w.get(k0).lower().endsWith("ly"))) {
            k0--; // "the port has also been": the word before the verb group
        }
        String prev = w.get(k0).lower();
        if (NOT_SUBJECT.contains(prev) || PREPOSITIONS.contains(prev) || DETERMINERS.contains(prev)
                || verbForm(w, k0)) {
            return false;
        }
        // inside a relative aside: a "who"/"which" since the last comma
        for (int k = i - 1; k >= 0; k--) {
            if (RELATIVES.contains(w.get(k).lower())) {
                return false;
            }
            if (k > 0 && hasBreak(s, w.get(k - 1).end(), w.get(k).start())) {
                break;
            }
        }
        return true;
    }

    /** Whether word {@code i} has the form of a verb: an auxiliary or a past form. */
    private static boolean verbForm(List<Word> w, int i) {
        String l = w.get(i).lower();
        return AUXILIARIES.contains(l) || IRREGULAR_PAST.contains(l) || l.endsWith("ed") && l.length() > 4;
    }

    /** Whether word {@code i} is a finite verb by its form (see the class comment). */
    private static boolean finite(List<Word> w, int i) {
        String l = w.get(i).lower();
        String prev = i > 0 ? w.get(i - 1).lower() : "";
        if (AUXILIARIES.contains(l)) {
            return !prev.equals("to");
        }
        if (IRREGULAR_PAST.contains(l)) {
            return true;
        }
        // a participle after an auxiliary ("has approved", "having served"): the auxiliary is the finite verb
        return l.endsWith("ed") && l.length() > 4 && !DETERMINERS.contains(prev) && !PREPOSITIONS.contains(prev)
                && !prev.endsWith("'s") && !AUXILIARIES.contains(prev) && !VERB_GROUP.contains(prev)
                && !prev.equals("having") && !prev.equals("get") && !prev.equals("got") && !DEGREE.contains(prev);
    }

    private static boolean precededByComma(String s, Word x) {
        int k = x.start() - 1;
        while (k >= 0 && Character.isWhitespace(s.charAt(k))) {
            k--;
        }
        return k >= 0 && s.charAt(k) == ',';
    }

    private static boolean shieldedAt(List<Word> all, int offset) {
        for (Word x : all) {
            if (x.start() > offset) {
                return x.shielded();
            }
        }
        return false;
    }

    private static List<Word> within(List<Word> all, Unit unit) {
        List<Word> out = new ArrayList<>();
        for (Word x : all) {
            if (x.start() >= unit.start() && x.end() <= unit.end()) {
                out.add(x);
            }
        }
        return out;
    }

    /** A stretch without surrounding spaces, commas and dashes; a closing full stop stays. */
    static Unit trim(String s, int start, int end) {
        while (start < end && edge(s.charAt(start))) {
            start++;
        }
        while (end > start && edge(s.charAt(end - 1))) {
            end--;
        }
        return new Unit(start, end);
    }

    private static boolean edge(char c) {
        return Character.isWhitespace(c) || ",;:\u2014\u2013".indexOf(c) >= 0;
    }

    /** The words of a sentence, each marked when it sits inside quotation marks or brackets. */
    private static List<Word> words(String s) {
        boolean[] shield = new boolean[s.length() + 1];
        boolean straight = false;
        int curly = 0;
        int bracket = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                straight = !straight;
            } else if (ch == '\u201c') {
                curly++;
            } else if (ch == '\u201d') {
                curly = Math.max(0, curly - 1);
            } else if (ch == '(' || ch == '[') {
                bracket++;
            } else if (ch == ')' || ch == ']') {
                bracket = Math.max(0, bracket - 1);
            }
            shield[i] = straight || curly > 0 || bracket > 0;
        }
        List<Word> out = new ArrayList<>();
        for (int[] span : Lexicon.wordSpans(s)) {
            String lower = s.substring(span[0], span[1]).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            out.add(new Word(span[0], span[1], lower, shield[span[0]]));
        }
        return out;
    }
}
