package org.crosscheck.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;
import org.crosscheck.api.Span;
import org.crosscheck.quotes.SourcePhrase.Form;

/**
 * Reads the source phrase next to a speech cue: backwards from a verb for its subject ("a US official stated",
 * "Kyrylo Budanov, the head of the agency, noted") and forwards after an inverted verb or a preposition ("said
 * Kirby", "according to two officials and a source familiar with the decision"). Works on tokens, not a parse:
 * news attributions are formulaic enough that the shape of the noun phrase gives it away.
 */
final class PhraseParser {

    private static final Set<String> CONNECTORS = Set.of("de", "van", "von", "al", "bin", "da", "di", "du", "le",
            "la", "del", "der", "den", "of", "&", "ibn", "el");
    private static final Set<String> POSTMOD_STRONG = Set.of("familiar", "close", "with", "briefed", "who",
            "speaking", "knowledgeable", "involved", "aware", "granted", "requesting", "citing");

    /** Words that may stand before a pronoun subject without being part of it ("Then she added"). */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("then", "now", "later", "finally", "instead",
            "meanwhile", "however", "again", "still", "yet", "here", "there", "today", "yesterday", "earlier",
            "afterward", "afterwards", "eventually", "ultimately", "also", "once");

    /** A party and state tag after a lawmaker's name: "R-Ky.", "D-N.Y.", "I-Vt.". */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]*");

    private PhraseParser() {
    }

    /** The subject of the verb at {@code v}, or {@code null} when the words before it do not name a source. */
    static SourcePhrase before(List<Tok> toks, int v) {
        int j = v - 1;
        int skipped = 0;
        while (j >= 0 && skipped < 4 && isAuxOrAdverb(toks.get(j))) {
            j--;
            skipped++;
        }
        int time = timeBefore(toks, j);
        if (time < j) {
            j = time;
            while (j >= 0 && skipped < 4 && isAuxOrAdverb(toks.get(j))) {
                j--;
                skipped++;
            }
        }
        if (j < 0) {
            return null;
        }
        return subjectEndingAt(toks, j, v);
    }

    /** The subject of the verb at {@code v} whose last token is at {@code j}, as {@link #before} reads it. */
    private static SourcePhrase subjectEndingAt(List<Tok> toks, int j, int v) {
        if (toks.get(j).text().equals(")")) {
            int k = j - 1;
            while (k >= 0 && j - k < 10 && !toks.get(k).text().equals("(")) {
                k--;
            }
            if (k <= 0 || toks.get(k).text().equals(")")) {
                return null;
            }
            j = k - 1;
        }
        SourcePhrase pm = postmodified(toks, j);
        if (pm != null) {
            return pm;
        }
        Tok t = toks.get(j);
        if (t.isWord() && Lexicon.PRONOUNS.contains(t.lower()) && (j == 0 || !toks.get(j - 1).isWord()
                || Lexicon.PHRASE_BREAKERS.contains(toks.get(j - 1).lower())
                || SENTENCE_ADVERBS.contains(toks.get(j - 1).lower()))) {
            Span s = new Span(t.start(), t.end());
            return new SourcePhrase(s, List.of(s), Form.PRONOUN);
        }
        if (t.text().equals("I") && (j == 0 || !toks.get(j - 1).isWord()
                || Lexicon.PHRASE_BREAKERS.contains(toks.get(j - 1).lower()))) {
            // "I argued ...": the writer of a first-person piece is a source of their own, resolved to no one
            Span s = new Span(t.start(), t.end());
            return new SourcePhrase(s, List.of(s), Form.PRONOUN);
        }
        if (t.lower().equals("who") && j > 0) {
            // "Romney's associates, who said ...": the relative pronoun speaks for the phrase it follows
            int k = toks.get(j - 1).text().equals(",") ? j - 1 : j;
            SourcePhrase antecedent = k > 0 ? before(toks, k) : null;
            if (antecedent == null && k > 0 && (genericSubject(toks, k - 1)
                    || RELATIVE_HOLDERS.contains(toks.get(k - 1).lower()))) {
                antecedent = description(toks, k - 1, k - 1); // "those who said", "voters who believe"
            }
            if (antecedent != null && antecedent.form() != Form.PRONOUN) {
                return new SourcePhrase(new Span(antecedent.phrase().start(), t.end()), antecedent.heads(),
                        antecedent.form());
            }
            return null;
        }
        if (t.lower().equals("which") && j > 1 && toks.get(j - 1).text().equals(",")) {
            // "the newspaper, which reported ...": "which" speaks only for an outlet, body or document
            SourcePhrase antecedent = before(toks, j - 1);
            if (antecedent != null && antecedent.form() != Form.PRONOUN && isSourceHeadOrName(toks, j - 2)) {
                return new SourcePhrase(new Span(antecedent.phrase().start(), t.end()), antecedent.heads(),
                        antecedent.form());
            }
            return null;
        }
        if (t.text().equals(",")) {
            SourcePhrase appos = appositive(toks, j);
            return appos != null ? appos : parenthetical(toks, j, v);
        }
        if (t.isQuoteMark()) {
            return quotedName(toks, j);
        }
        if (t.isWord() && !t.isPossessive()) {
            if (Lexicon.isSourceHead(t.text())) {
                return description(toks, j, j);
            }
            SourcePhrase n = t.isCapitalized() ? name(toks, j, true) : null;
            if (n != null || t.isCapitalized() && !openingQuantifier(toks, j)) {
                return n;
            }
        }
        boolean plain = PLAIN_SAYING.contains(toks.get(v).lower());
        boolean speaking = plainlySpeaking(toks, v);
        if (plain && genericSubject(toks, j) || (plain || speaking) && openingQuantifier(toks, j)
                || speaking && genericSubject(toks, j) && isPlural(toks.get(j))) {
            return description(toks, j, j);
        }
        return null;
    }

    /**
     * "Party strategists predict that", "advocates warned the plan": a verb of speech that cannot be read as a noun
     * or a modifier, so a group noun before it is its subject. Forms that double as nouns ("claims", "reports",
     * "state") and participles before a noun ("pledged delegates") are not enough.
     */
    private static boolean plainlySpeaking(List<Tok> toks, int v) {
        String verb = toks.get(v).lower();
        if (!Lexicon.SPEECH_VERBS.contains(verb) || Lexicon.isWeakCue(verb)) {
            return false;
        }
        if (PLURAL_SPEECH.contains(verb)) {
            return true;
        }
        if (!verb.endsWith("ed") || v + 1 >= toks.size()) {
            return false;
        }
        Tok next = toks.get(v + 1);
        return !next.isWord() || next.lower().equals("that") || Lexicon.PRONOUNS.contains(next.lower())
                || Lexicon.DETERMINERS.contains(next.lower());
    }

    /** Present-tense speech verbs that agree with a plural subject and are never nouns. */
    private static final Set<String> PLURAL_SPEECH = Set.of("say", "argue", "insist", "predict", "warn", "contend",
            "concede", "acknowledge", "admit", "complain", "assert", "maintain", "tell", "explain", "deny", "agree",
            "allege", "caution", "speculate", "testify");

    private static boolean isPlural(Tok t) {
        String l = t.lower();
        return !t.isCapitalized() && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us");
    }

    /** Words that stand for a group when they open a sentence: "Some say", "Others argue", "Several said". */
    private static final Set<String> OPENING_QUANTIFIERS = Set.of("some", "several", "others", "another", "both",
            "many", "most", "few", "one");

    /** A quantifier opening the sentence (after nothing but punctuation), capitalised as the sentence's first word. */
    private static boolean openingQuantifier(List<Tok> toks, int j) {
        Tok t = toks.get(j);
        return t.isCapitalized() && (j == 0 || !toks.get(j - 1).isWord())
                && OPENING_QUANTIFIERS.contains(t.lower());
    }

    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> PERIODS = Set.of("week", "month", "year", "night", "morning", "afternoon",
            "evening", "weekend");

    /**
     * {@code Example on Tuesday said}, {@code the senator last week warned}: the index before a time phrase ending
     * at {@code j} ("on Tuesday", "Tuesday", "last week", "this month", "Tuesday night"), or {@code j} when there is
     * none, so that the subject is read from before it.
     */
    private static int timeBefore(List<Tok> toks, int j) {
        if (j < 1) {
            return j;
        }
        String l = toks.get(j).lower();
        int k = j;
        if (PERIODS.contains(l) && (DAYS.contains(toks.get(j - 1).lower())
                || Set.of("last", "this", "next", "past").contains(toks.get(j - 1).lower()))) {
            k = j - 1;
        } else if (!DAYS.contains(l) || !toks.get(j).isCapitalized()
                || toks.get(j - 1).isCapitalized() && toks.get(j - 1).isWord()) {
            return j; // "Super Tuesday states": a day inside a name
        }
        if (k >= 1 && Set.of("on", "last", "this", "late", "early", "earlier").contains(toks.get(k - 1).lower())) {
            k--;
        }
        return k >= 1 ? k - 1 : j;
    }

    /** Words that open an aside between a subject and its verb: an adverb, a setting, a circumstance. */
    private static final Set<String> ASIDE_OPENERS = Set.of("however", "meanwhile", "though", "too", "also",
            "instead", "moreover", "nonetheless", "nevertheless", "similarly", "likewise", "in", "on", "for", "at",
            "during", "like", "unlike", "after", "before", "while", "once", "again", "facing", "speaking", "writing",
            "responding", "asked", "when", "by", "with", "without", "as");

    /**
     * {@code Example, however, said}, {@code the group, in a statement on Monday, said}: an aside between commas,
     * opened by an adverb or a preposition, stands between the subject and its verb; the subject is read from
     * before it. {@code j} is the aside's closing comma.
     */
    private static SourcePhrase parenthetical(List<Tok> toks, int j, int v) {
        for (int k = j - 2; k >= 1 && j - k <= 14; k--) {
            Tok t = toks.get(k);
            if (t.isMask() || ".".equals(t.text()) || ";".equals(t.text())) {
                return null;
            }
            if (",".equals(t.text())) {
                Tok first = toks.get(k + 1);
                if (!first.isWord() || !ASIDE_OPENERS.contains(first.lower()) || !toks.get(k - 1).isWord()) {
                    return null;
                }
                SourcePhrase sp = subjectEndingAt(toks, k - 1, v);
                return sp == null || sp.form() == Form.PRONOUN && k - 1 > 0 && toks.get(k - 2).isWord() ? null : sp;
            }
        }
        return null;
    }

    private static boolean isSourceHeadOrName(List<Tok> toks, int k) {
        Tok w = toks.get(k);
        return w.isWord() && !w.isPossessive() && (w.isCapitalized() || Lexicon.isSourceHead(w.text()));
    }

    /** Words that stand for the people a "who" clause describes: "those who said", "anyone who believes". */
    private static final Set<String> RELATIVE_HOLDERS = Set.of("those", "anyone", "everyone", "people", "others",
            "many", "some", "few", "most");

    /** Verbs whose subject is a source whatever noun it is: "Republican leaders said", "the note says". */
    private static final Set<String> PLAIN_SAYING = Set.of("said", "says", "say", "told", "tells", "tell", "think",
            "believe");

    private static final Pattern COUNT = Pattern.compile("\\d[\\d,.]*%?|percent|per cent");

    /**
     * A noun that heads the subject of a plain saying verb although no source list knows it: a plural ("leaders",
     * "associates"), a share of those polled ("49%", "21 percent"), or a singular noun after a determiner ("the
     * note"). Function words, adverbs and verbs' -ing forms are not nouns.
     */
    private static boolean genericSubject(List<Tok> toks, int j) {
        Tok t = toks.get(j);
        String l = t.lower();
        if (COUNT.matcher(l).matches() || QUANTIFIERS.contains(l) || FRACTION.matcher(l).matches()) {
            return true; // "49% said", "nearly half said", "most say", "three-quarters said"
        }
        if (!t.isWord() || t.isCapitalized() || t.isPossessive() || l.length() < 3 || !l.chars().allMatch(Character::isLetter)
                || l.endsWith("ly") || l.endsWith("ing") || Lexicon.PHRASE_BREAKERS.contains(l)
                || Lexicon.DETERMINERS.contains(l) || Lexicon.AUXILIARIES.contains(l) || Lexicon.PRONOUNS.contains(l)
                || Lexicon.isSpeechVerb(l) || NOT_SUBJECTS.contains(l)) {
            return false;
        }
        if (l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us")) {
            return true;
        }
        for (int k = j - 1; k >= 0 && j - k <= 3; k--) {
            // "the tycoon said", "the billionaire real estate magnate says": a determiner opens the noun phrase
            Tok p = toks.get(k);
            if (SINGULAR_DETERMINERS.contains(p.lower())) {
                return true;
            }
            if (!p.isWord() || p.isCapitalized() || Lexicon.PHRASE_BREAKERS.contains(p.lower())
                    || Lexicon.isSpeechVerb(p.text()) || p.lower().endsWith("ly")) {
                return false;
            }
        }
        return false;
    }

    /** Shares of a group that speak for it after a poll: "half said", "most believe". */
    private static final Set<String> QUANTIFIERS = Set.of("half", "most", "many", "few", "both", "majority",
            "majorities", "plurality", "minority");

    private static final Pattern FRACTION = Pattern.compile("(one|two|three|four)-(thirds?|quarters?|fifths?)");

    private static final Set<String> SINGULAR_DETERMINERS = Set.of("the", "a", "an", "this", "that", "his", "her",
            "its", "their", "our", "whose");

    /** Lowercase words that can stand right before "said" without being its subject. */
    private static final Set<String> NOT_SUBJECTS = Set.of("what", "whatever", "who", "whom", "which", "there",
            "here", "yes", "no", "nothing", "something", "anything", "everything", "less", "more", "else", "this",
            "these", "those", "them", "him", "us", "me", "you", "one", "ones", "others", "always", "never", "ever",
            "thus", "perhaps", "maybe", "instead", "too", "once", "twice", "again", "yet", "even", "only", "however",
            "otherwise", "afterwards", "afterward", "sometimes", "has", "was", "is", "does", "says", "goes", "gets",
            "lets", "makes", "seems", "means", "wants", "needs");

    static boolean isAuxOrAdverb(Tok t) {
        if (!t.isWord() || t.isCapitalized()) {
            return false;
        }
        String l = t.lower();
        return Lexicon.AUXILIARIES.contains(l) || (l.endsWith("ly") && l.length() > 4 && !Lexicon.isSourceHead(l));
    }

    /** "a source familiar with the decision", "A US official who spoke to AFP", "officials in Kyiv". */
    private static SourcePhrase postmodified(List<Tok> toks, int j) {
        for (int h = j - 1; h >= 0 && h >= j - 9; h--) {
            Tok head = toks.get(h);
            if (!head.isWord()) {
                return null;
            }
            Tok next = toks.get(h + 1);
            if (Lexicon.isSourceHead(head.text()) && Lexicon.POSTMODIFIER_STARTS.contains(next.lower())) {
                boolean strong = POSTMOD_STRONG.contains(next.lower());
                if (!strong && j - h > 4) {
                    continue;
                }
                boolean ok = true;
                for (int k = h + 1; k <= j; k++) {
                    Tok w = toks.get(k);
                    boolean afterWho = toks.get(k - 1).lower().equals("who");
                    if (!w.isWord() || (!afterWho && Lexicon.isSpeechVerb(w.text()) && !Lexicon.isSourceHead(w.text()))) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    return description(toks, h, j);
                }
            }
        }
        return null;
    }

    /** A described source whose head noun is at {@code h}; the phrase runs to {@code end}. */
    static SourcePhrase description(List<Tok> toks, int h, int end) {
        int i = descStart(toks, h);
        if (i >= 2 && toks.get(i - 1).lower().equals("and") && Lexicon.isSourceHead(toks.get(i - 2).text())) {
            i = descStart(toks, i - 2);
        }
        Span s = new Span(toks.get(i).start(), toks.get(end).end());
        return new SourcePhrase(s, List.of(s), Form.DESCRIPTION);
    }

    private static int descStart(List<Tok> toks, int h) {
        int i = h;
        int steps = 0;
        while (i - 1 >= 0 && steps < 6) {
            Tok p = toks.get(i - 1);
            if (!p.isWord()) {
                break;
            }
            String pl = p.lower();
            if (Lexicon.DETERMINERS.contains(pl)) {
                i--;
                break;
            }
            if (Lexicon.PHRASE_BREAKERS.contains(pl) || (Lexicon.isSpeechVerb(pl) && !Lexicon.isSourceHead(pl))
                    || isAuxOrAdverb(p)) {
                break;
            }
            i--;
            steps++;
        }
        return i;
    }

    /** A capitalised name ending at {@code j}, with any title or descriptor in front of it. */
    static SourcePhrase name(List<Tok> toks, int j, boolean coordinate) {
        int i = j;
        while (i - 1 >= 0 && j - i < 6) {
            Tok p = toks.get(i - 1);
            if (p.isWord() && p.isCapitalized() && !p.isPossessive() && !OPENING_VERBS.contains(p.lower())) {
                i--;
            } else if (CONNECTORS.contains(p.lower()) && i - 2 >= 0 && toks.get(i - 2).isCapitalized()
                    && toks.get(i - 2).isWord()) {
                i--;
            } else {
                break;
            }
        }
        while (i < j && isFunctionCap(toks.get(i))) {
            i++;
        }
        int headStart = i;
        for (int k = i; k <= j; k++) {
            String l = toks.get(k).lower();
            if (Lexicon.TITLES.contains(l) && k < j) {
                headStart = k + 1;
            }
        }
        if (Lexicon.TITLES.contains(toks.get(j).lower()) && !surnameLikeTitle(toks, j) || isFunctionCap(toks.get(j))
                || toks.get(j).text().equals("I")) {
            return null; // "I" is the narrator, not a name
        }
        if (headStart > j) {
            headStart = j;
        }
        if (coordinate && i >= 2 && (toks.get(i - 1).lower().equals("of")
                || (i >= 3 && toks.get(i - 1).lower().equals("the") && toks.get(i - 2).lower().equals("of")))) {
            int before = toks.get(i - 1).lower().equals("of") ? i - 2 : i - 3;
            Tok b = toks.get(before);
            if (b.isWord() && b.isCapitalized() && !b.isPossessive()) {
                SourcePhrase person = name(toks, before, false);
                if (person != null) {
                    return new SourcePhrase(new Span(person.phrase().start(), toks.get(j).end()), person.heads(),
                            Form.NAME);
                }
            }
        }
        int phraseStart = i;
        int k = i - 1;
        if (k >= 0 && isTitleLike(toks.get(k))) {
            int steps = 0;
            while (k >= 0 && steps < 6) {
                Tok p = toks.get(k);
                if (!p.isWord()) {
                    break;
                }
                String pl = p.lower();
                if (Lexicon.DETERMINERS.contains(pl)) {
                    phraseStart = k;
                    break;
                }
                if (Lexicon.PHRASE_BREAKERS.contains(pl) || (Lexicon.isSpeechVerb(pl) && !isTitleLike(p))) {
                    break;
                }
                phraseStart = k;
                k--;
                steps++;
            }
        }
        Span head = new Span(toks.get(headStart).start(), toks.get(j).end());
        List<Span> heads = new ArrayList<>();
        heads.add(head);
        int start = toks.get(phraseStart).start();
        if (coordinate && phraseStart >= 2 && toks.get(phraseStart - 1).lower().equals("and")
                && toks.get(phraseStart - 2).isCapitalized() && toks.get(phraseStart - 2).isWord()) {
            SourcePhrase first = name(toks, phraseStart - 2, false);
            if (first != null && first.form() == Form.NAME) {
                heads.add(0, first.head());
                start = first.phrase().start();
            }
        }
        return new SourcePhrase(new Span(start, toks.get(j).end()), heads, Form.NAME);
    }

    /** Capitalised only because they open the sentence ("Continued Ann Example:"), never part of a name. */
    private static final Set<String> OPENING_VERBS = Set.of("said", "says", "added", "adds", "continued",
            "continues", "stated", "wrote", "writes", "explained", "concluded", "concludes", "declared", "replied");

    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "miss");
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("crown", "majority", "minority", "white", "grand",
            "supreme", "chief", "house", "state", "general", "the");

    /** "Mr. Prince said", "Matthew King said": a word that is usually a title is a surname after a given name. */
    private static boolean surnameLikeTitle(List<Tok> toks, int j) {
        if (j < 1 || !toks.get(j).isCapitalized()) {
            return false;
        }
        Tok p = toks.get(j - 1);
        String pl = p.lower();
        if (HONORIFICS.contains(pl)) {
            return true;
        }
        return p.isWord() && p.isCapitalized() && !p.isPossessive() && !Lexicon.TITLES.contains(pl)
                && !Lexicon.ORGANIZATION_WORDS.contains(pl) && !NOT_GIVEN_NAMES.contains(pl)
                && (j < 2 || !toks.get(j - 2).isWord() || !toks.get(j - 2).isCapitalized());
    }

    private static boolean isTitleLike(Tok t) {
        String l = t.lower();
        return t.isWord() && !t.isCapitalized() && (Lexicon.TITLES.contains(l) || Lexicon.OUTLET_HEADS.contains(l)
                || Lexicon.OFFICIAL_HEADS.contains(l) || Lexicon.ROLE_HEADS.contains(l));
    }

    private static boolean isFunctionCap(Tok t) {
        String l = t.lower();
        return !l.equals("the") && (Lexicon.PHRASE_BREAKERS.contains(l) || Lexicon.DETERMINERS.contains(l)
                || Set.of("however", "meanwhile", "then", "yesterday", "today", "now", "still", "yet", "later",
                "earlier", "instead", "indeed", "moreover", "separately", "last", "this", "on", "in").contains(l));
    }

    /** {@code the newspaper “Le Figaro” reports}: a name inside marks just before the verb. */
    private static SourcePhrase quotedName(List<Tok> toks, int j) {
        int k = j - 1;
        while (k >= 0 && j - k <= 5 && toks.get(k).isWord() && toks.get(k).isCapitalized()) {
            k--;
        }
        if (k < 0 || k == j - 1 || !toks.get(k).isQuoteMark()) {
            return null;
        }
        Span head = new Span(toks.get(k + 1).start(), toks.get(j - 1).end());
        int phraseStart = k;
        int m = k - 1;
        int steps = 0;
        while (m >= 0 && steps < 5 && toks.get(m).isWord()) {
            String l = toks.get(m).lower();
            if (Lexicon.DETERMINERS.contains(l)) {
                phraseStart = m;
                break;
            }
            if (Lexicon.PHRASE_BREAKERS.contains(l)) {
                break;
            }
            phraseStart = m;
            m--;
            steps++;
        }
        if (phraseStart == k) {
            phraseStart = k + 1;
        }
        return new SourcePhrase(new Span(toks.get(phraseStart).start(), toks.get(j).end()), List.of(head), Form.NAME);
    }

    /** "Kirby, the head of the agency, said" or "the adviser, Richard Grenell, said" (comma at {@code j}). */
    private static SourcePhrase appositive(List<Tok> toks, int j) {
        if (j < 1) {
            return null;
        }
        Tok prev = toks.get(j - 1);
        if (prev.isWord() && prev.isCapitalized() && !prev.isPossessive()) {
            SourcePhrase n = name(toks, j - 1, true);
            if (n != null) {
                int r = indexAt(toks, n.phrase().start());
                if (r == 0 || toks.get(r - 1).text().equals(",")) {
                    return n;
                }
            }
        }
        for (int k = j - 1; k >= 1 && k >= j - 32; k--) {
            Tok t = toks.get(k);
            if (t.text().equals(".") && (PARTY_TAG.matcher(toks.get(k - 1).text()).matches()
                    || placeAfterComma(toks, k - 1))) {
                continue;
            }
            if (t.isMask() || t.text().equals(";") || t.text().equals(".")) {
                return null;
            }
            if (t.text().equals(",")) {
                if (k == j - 1) {
                    return null;
                }
                Tok first = toks.get(k + 1);
                if (placeAfterComma(toks, k + 1)) {
                    continue; // "in Allentown, Pa., said": a town and its state, not the end of the aside
                }
                boolean sLess = k + 2 < j && (toks.get(k + 2).text().equals("’") || toks.get(k + 2).text().equals("'"));
                boolean appos = !first.isCapitalized() || first.isPossessive() || sLess
                        || Lexicon.TITLES.contains(first.lower())
                        || Lexicon.DETERMINERS.contains(first.lower()) || PARTY_TAG.matcher(first.text()).matches();
                int sj = k - 1;
                if (toks.get(sj).text().equals(")")) {
                    // "Ann Example (R-Ohio), a member of the panel,": the bracket belongs to the name
                    int open = sj - 1;
                    while (open > 0 && sj - open < 8 && !toks.get(open).text().equals("(")) {
                        open--;
                    }
                    sj = open > 0 && toks.get(open).text().equals("(") ? open - 1 : sj;
                } else if (sj >= 2 && toks.get(sj).text().chars().allMatch(Character::isDigit)
                        && toks.get(sj - 1).text().equals(",")) {
                    // "Ann Example, 35, the daughter of ...": an age between commas
                    sj -= 2;
                }
                Tok subj = toks.get(sj);
                k = sj + 1;
                if (!appos || !subj.isWord() || subj.isPossessive()) {
                    return null;
                }
                SourcePhrase s = Lexicon.isSourceHead(subj.text()) ? description(toks, k - 1, k - 1)
                        : subj.isCapitalized() ? name(toks, k - 1, true) : null;
                if (s == null) {
                    return null;
                }
                return new SourcePhrase(new Span(s.phrase().start(), toks.get(j - 1).end()), s.heads(), s.form());
            }
        }
        return null;
    }

    /** A state or country after a town and a comma ("Cambridge, Mass.", "Allentown, Pa.", "Kyiv, Ukraine"). */
    private static boolean placeAfterComma(List<Tok> toks, int at) {
        return at >= 2 && toks.get(at).isWord() && toks.get(at).isCapitalized() && !toks.get(at).isPossessive()
                && toks.get(at - 1).text().equals(",") && toks.get(at - 2).isWord() && toks.get(at - 2).isCapitalized()
                && at - 3 >= 0 && toks.get(at - 3).lower().equals("in");
    }

    private static int indexAt(List<Tok> toks, int start) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    /** The source named from token {@code i} on: after "said", "according to", "citing". */
    static SourcePhrase forward(List<Tok> toks, int i) {
        SourcePhrase one = forwardOne(toks, i);
        if (one == null) {
            return null;
        }
        int after = indexAfter(toks, one.phrase().end());
        if (after + 1 < toks.size() && toks.get(after).lower().equals("and")) {
            SourcePhrase two = forwardOne(toks, after + 1);
            if (two != null && two.form() != Form.PRONOUN) {
                Span both = new Span(one.phrase().start(), two.phrase().end());
                if (one.form() == Form.NAME && two.form() == Form.NAME) {
                    return new SourcePhrase(both, List.of(one.head(), two.head()), Form.NAME);
                }
                return new SourcePhrase(both, List.of(both), Form.DESCRIPTION);
            }
        }
        return one;
    }

    private static int indexAfter(List<Tok> toks, int end) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= end) {
                return i;
            }
        }
        return toks.size();
    }

    private static SourcePhrase forwardOne(List<Tok> toks, int i) {
        if (i >= toks.size()) {
            return null;
        }
        Tok t = toks.get(i);
        if (!t.isWord()) {
            return null;
        }
        if (Lexicon.PRONOUNS.contains(t.lower()) && !t.lower().equals("it")) {
            Span s = new Span(t.start(), t.end());
            return new SourcePhrase(s, List.of(s), Form.PRONOUN);
        }
        if (!t.isCapitalized() && Lexicon.PHRASE_BREAKERS.contains(t.lower())) {
            return null; // "said on Monday": a preposition starts no source
        }
        int k = i;
        int headAt = -1;
        int nameStart = -1;
        while (k < toks.size() && k - i < 9) {
            Tok w = toks.get(k);
            if (!w.isWord()) {
                break;
            }
            String l = w.lower();
            if (w.isCapitalized() && !w.isPossessive() && !Lexicon.TITLES.contains(l) && !Lexicon.isSourceHead(l)) {
                if (nameStart < 0) {
                    nameStart = k;
                }
            } else if (k > i && Lexicon.PHRASE_BREAKERS.contains(l)) {
                break;
            } else if (Lexicon.isSourceHead(l)) {
                headAt = k;
                nameStart = -1;
            } else {
                nameStart = -1;
                if (CONNECTORS.contains(l) && k > i) {
                    break;
                }
            }
            k++;
        }
        int last = k - 1;
        if (last < i) {
            return null;
        }
        if (nameStart >= 0 && (headAt < 0 || headAt < nameStart)) {
            int e = last;
            while (e > nameStart && isFunctionCap(toks.get(e))) {
                e--;
            }
            Span head = new Span(toks.get(nameStart).start(), toks.get(e).end());
            return new SourcePhrase(new Span(t.start(), toks.get(e).end()), List.of(head), Form.NAME);
        }
        if (headAt >= 0) {
            int end = headAt;
            if (headAt + 1 < toks.size() && Lexicon.POSTMODIFIER_STARTS.contains(toks.get(headAt + 1).lower())) {
                int m = headAt + 1;
                while (m < toks.size() && m - headAt <= 7 && toks.get(m).isWord()
                        && !toks.get(m).lower().equals("that") && !toks.get(m).lower().equals("and")
                        && !(Lexicon.isSpeechVerb(toks.get(m).text()) && !toks.get(m).lower().equals("spoke"))) {
                    end = m;
                    m++;
                }
            }
            Span s = new Span(t.start(), toks.get(end).end());
            return new SourcePhrase(s, List.of(s), Form.DESCRIPTION);
        }
        return null;
    }
}
