package org.crosscheck.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.Span;
import org.crosscheck.quotes.SourceResolver.Context;
import org.crosscheck.quotes.SourceResolver.Gender;
import org.crosscheck.quotes.SourceResolver.Source;

/**
 * Who a "he" or "she" that speaks refers to. News prose keeps one person in focus: the subject of the sentence that
 * last named someone, or the last speaker, is who a following "he said" means, while people named as objects are
 * not ("Example attacked Cruz and Rubio. He said ..." is Example). So the sentences before the pronoun are read
 * backwards, and the first one naming a person of the pronoun's gender as a subject or a speaker gives the
 * antecedent. A sentence that names people only as objects gives it only when no "he"/"she" of that gender in it
 * shows the focus still on someone named earlier ("The crowd cheered for Ann Example. 'Thanks,' she said" is
 * Example; "She thanked Ann Example" keeps the earlier "she"). In the pronoun's own sentence only a subject or
 * speaker before it counts: "Asked about Example's remarks, he said" goes on to the sentences before. When no
 * subject or speaker is in reach, the nearest name is taken.
 */
final class Antecedents {

    /** How far back a pronoun may reach for its antecedent. */
    static final int REACH = 2500;

    /**
     * A person the pronoun may refer to: a speaker already resolved ({@code speaker}) or a named person. Ranked on
     * demand, as most pronouns resolve within a sentence or two: {@link #OTHER}; {@link #SUBJECT}; {@link #SPEAKER},
     * the source of a speech cue in the main clause, which outranks a subject in the speech it reports ("Trump,
     * Example said, has ..." is Example's claim); {@link #ANSWERER}, the one just asked a question, whose answer
     * usually follows ("Example asked Ann Example whether it would pass. 'No,' she said").
     */
    private record Candidate(String name, Span span, boolean speaker) {
    }

    private static final int OTHER = 0;
    private static final int SUBJECT = 1;
    private static final int SPEAKER = 2;
    private static final int ANSWERER = 3;

    /** Verbs whose object is asked to speak next. */
    private static final Set<String> ASKING = Set.of("asked", "asks", "asking", "pressed", "questioned");

    /** "Example was asked": the subject of a passive question answers it. */
    private static final Pattern ASKED = Pattern.compile("\\s+(?:was|is|were|been|being|are)\\s+(?:also\\s+)?"
            + "(?:asked|pressed|questioned)\\b");

    /** Words that open the question an asked person answers ("asked Example whether ..."). */
    private static final Set<String> QUESTION = Set.of("whether", "if", "about", "why", "what", "how", "when",
            "where", "who", "which");

    /** Words opening a subordinate clause: a name in one before the main clause is not its subject. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "if", "while", "after", "before", "as",
            "although", "though", "because", "since", "until", "unless", "once", "whether");

    /** Words after which a name is an object or a modifier, not a subject. */
    private static final Set<String> GOVERNING = Set.of("of", "to", "for", "with", "at", "by", "from", "about",
            "against", "on", "in", "into", "over", "under", "after", "before", "behind", "than", "like", "toward",
            "towards", "between", "among", "including", "versus", "vs.", "beside", "upon", "without", "through",
            "around", "as", "unlike", "beat", "beating", "defeated", "defeating", "succeeding", "succeed", "replace",
            "replacing", "attacked", "attacking", "hosted", "endorsed", "endorsing", "told", "telling", "asked",
            "asking", "thanked", "praised", "criticized", "criticised", "called", "calling", "met", "meeting",
            "joined", "joining", "interviewed", "introduced", "and", "or", "nor");

    /** Finite verbs that are irregular, so neither "-ed" nor "-s" shows them. */
    private static final Set<String> IRREGULAR = Set.of("went", "said", "told", "gave", "took", "made", "came",
            "got", "saw", "thought", "wrote", "spoke", "met", "ran", "won", "lost", "left", "sent", "held", "kept",
            "felt", "brought", "began", "knew", "put", "set", "stood", "sat", "read", "led", "let", "hit", "threw",
            "drew", "grew", "chose", "fought", "sought", "paid", "sold", "built", "spent", "heard", "meant",
            "became", "broke", "drove", "rose", "fell", "struck", "swore", "taught", "caught", "bought", "found",
            "gets", "goes", "does", "has", "is", "was", "are", "were", "had", "have", "will", "would", "can",
            "could", "should", "may", "might", "must", "did", "do", "shall", "says", "wants", "seems");

    /** Adverbs that may sit between a subject and its verb ("Example also said", "Example, however, has"). */
    private static final Set<String> ADVERBS = Set.of("also", "then", "later", "still", "now", "just", "never",
            "already", "again", "even", "once", "first", "further", "repeatedly", "recently", "previously",
            "reportedly", "openly", "quickly", "finally", "often", "himself", "herself", "nevertheless", "however",
            "too", "initially", "subsequently", "publicly", "privately", "separately", "earlier", "not", "only");

    /** Plural nouns that a surname often modifies ("Example supporters"), never its verb. */
    private static final Set<String> PLURAL_MODIFIED = Set.of("supporters", "voters", "aides", "allies",
            "backers", "fans", "critics", "officials", "advisers", "advisors", "staffers", "delegates", "donors",
            "campaigns", "policies", "comments", "remarks", "rallies", "loyalists", "surrogates", "forces", "years",
            "administrations", "appointees", "days", "emails", "e-mails", "tweets", "ads", "events", "speeches");

    private Antecedents() {
    }

    /** The antecedent of {@code pronoun} among people of gender {@code want}; null when none is in reach. */
    static Source of(Context ctx, Span pronoun, Gender want, List<Source> earlier) {
        List<Candidate> cands = candidates(ctx, pronoun, earlier);
        List<Span> sentences = ctx.sentences();
        int si = sentenceOf(sentences, pronoun.start());
        Candidate nearest = null;
        Candidate fallback = null;
        int c = cands.size() - 1;
        for (int k = si; k >= -1 && c >= 0; k--) {
            int from = k >= 0 ? sentences.get(k).start() : 0;
            Candidate focal = null;
            int focalRank = OTHER;
            Candidate other = null;
            for (; c >= 0 && cands.get(c).span().start() >= from; c--) {
                Candidate cand = cands.get(c);
                if (!fits(ctx, cand, want)) {
                    continue;
                }
                nearest = nearest == null ? cand : nearest;
                int rank = rank(ctx, cand);
                // the highest rank; among equals the earliest, as a main clause's subject comes before a
                // subordinate one's ("Example said that Ann Example had ...")
                if (rank > OTHER && rank >= focalRank) {
                    focal = cand;
                    focalRank = rank;
                } else if (rank == OTHER && other == null) {
                    other = cand;
                }
            }
            if (focal != null) {
                return source(focal, pronoun);
            }
            if (other == null || k == si) {
                continue;
            }
            if (fallback == null) {
                fallback = other;
            }
            if (!holdsPronoun(ctx, sentences.get(k), want)) {
                return source(other, pronoun);
            }
        }
        // no subject or speaker in reach: the nearest name, wherever it stands
        Candidate last = fallback != null ? fallback : nearest;
        return last == null ? null : source(last, pronoun);
    }

    private static Source source(Candidate c, Span pronoun) {
        return new Source(c.name(), pronoun, SourceKind.NAMED_PERSON);
    }

    /** Speakers and named people before the pronoun and in reach, in text order; a speaker's own name once. */
    private static List<Candidate> candidates(Context ctx, Span pronoun, List<Source> earlier) {
        int limit = pronoun.start() - REACH;
        List<Candidate> out = new ArrayList<>();
        for (Source s : earlier) {
            if (s.kind() == SourceKind.NAMED_PERSON && s.span().end() <= pronoun.start() && s.span().start() >= limit) {
                out.add(new Candidate(s.name(), s.span(), true));
            }
        }
        int speakers = out.size();
        for (EntityMention e : ctx.entities()) {
            if (e.type() != EntityType.PERSON || e.end() > pronoun.start() || e.start() < limit) {
                continue;
            }
            boolean known = false;
            for (int i = 0; i < speakers && !known; i++) {
                known = out.get(i).span().overlaps(e.span());
            }
            if (!known) {
                out.add(new Candidate(e.canonical(), e.span(), false));
            }
        }
        out.sort(Comparator.comparingInt((Candidate c) -> c.span().start()));
        return out;
    }

    /**
     * Whether a candidate can be "he" or "she": of that gender or an unknown one, and a named person outside the
     * quotations that is not an outlet the recogniser took for one.
     */
    private static boolean fits(Context ctx, Candidate c, Gender want) {
        if (c.speaker()) {
            // a speaker agrees by the pronoun that named it, or else by its name
            String w = c.span().of(ctx.text()).toLowerCase(Locale.ROOT);
            if (w.equals("he") || w.equals("she")) {
                return w.equals(want == Gender.MALE ? "he" : "she");
            }
            return SourceResolver.genderOf(ctx, c.name(), c.span()) != opposite(want);
        }
        return !SourceResolver.insideQuote(ctx, c.span()) && !SourceResolver.isOutletName(c.name())
                && SourceResolver.genderOf(ctx, c.name(), c.span()) != opposite(want);
    }

    private static Gender opposite(Gender g) {
        return g == Gender.MALE ? Gender.FEMALE : g == Gender.FEMALE ? Gender.MALE : Gender.UNKNOWN;
    }

    /** Whether the sentence has a "he" or "she" of the wanted gender outside quotations, keeping the focus. */
    private static boolean holdsPronoun(Context ctx, Span sentence, Gender want) {
        String p = want == Gender.MALE ? "he" : "she";
        String text = ctx.text();
        for (Tok t : Tok.tokenize(text, sentence.start(), sentence.end())) {
            if (t.isWord() && t.lower().equals(p) && !SourceResolver.insideQuote(ctx, new Span(t.start(), t.end()))) {
                return true;
            }
        }
        return false;
    }

    /** A candidate's rank: a speaker's by its clause, a named person's by where the name stands in its sentence. */
    private static int rank(Context ctx, Candidate c) {
        if (c.speaker()) {
            return subordinate(ctx, c.span()) ? SUBJECT : SPEAKER;
        }
        Span name = c.span();
        String text = ctx.text();
        String before = lastWord(text, name.start());
        if (before != null && ASKING.contains(before)) {
            int from = skipSpaces(text, name.end());
            String next = text.substring(from, wordEnd(text, from)).toLowerCase(Locale.ROOT);
            return QUESTION.contains(next) ? ANSWERER : OTHER;
        }
        if (ASKED.matcher(text).region(name.end(), Math.min(text.length(), name.end() + 40)).lookingAt()) {
            return ANSWERER;
        }
        if (!opensSentence(text, sentenceStart(ctx, name), name) && !subject(text, name)) {
            return OTHER;
        }
        return subordinate(ctx, name) ? OTHER : SUBJECT;
    }

    private static int sentenceStart(Context ctx, Span s) {
        int si = sentenceOf(ctx.sentences(), s.start());
        return si >= 0 ? ctx.sentences().get(si).start() : 0;
    }

    /**
     * Whether the name stands in a subordinate clause: after a "that" ("pointing out that Example had reported"),
     * or in a clause opening the sentence with "when", "if" and the like, before its comma.
     */
    private static boolean subordinate(Context ctx, Span name) {
        List<Tok> before = Tok.tokenize(ctx.text(), sentenceStart(ctx, name), name.start());
        boolean opener = false;
        for (int i = 0; i < before.size(); i++) {
            Tok t = before.get(i);
            if (i > 0 && t.isWord() && t.lower().equals("that")
                    && !SourceResolver.insideQuote(ctx, new Span(t.start(), t.end()))) {
                return true;
            }
            if (t.isWord() && !opener && SUBORDINATORS.contains(t.lower())) {
                opener = i == 0 || i == 1 && !before.get(0).isWord();
            } else if (t.text().equals(",")) {
                opener = false;
            }
        }
        return opener;
    }

    /**
     * Whether the name opens its sentence, after nothing but capitalised words (titles, "Former Gov.") and
     * quotation marks, as its head rather than a modifier ("Example spokesman Ann Other" names Other): a name there
     * is the sentence's subject ("Ann Example of Springfield says she ...").
     */
    private static boolean opensSentence(String text, int from, Span name) {
        if (name.end() < text.length() && (text.charAt(name.end()) == '’' || text.charAt(name.end()) == '\'')) {
            return false;
        }
        for (Tok t : Tok.tokenize(text, from, name.start())) {
            if (t.isWord() && (!Character.isUpperCase(t.text().charAt(0))
                    || GOVERNING.contains(t.lower()) || OPENERS.contains(t.lower()))) {
                return false;
            }
        }
        int next = skipSpaces(text, name.end());
        int end = wordEnd(text, next);
        if (end == next || !Character.isLowerCase(text.charAt(next))) {
            return true;
        }
        String w = text.substring(next, end);
        return w.equals("of") || w.equals("from") || ADVERBS.contains(w) || finite(w, text, end);
    }

    /** Capitalised sentence openers after which a name is not the subject ("By Ann Example", "When Example ..."). */
    private static final Set<String> OPENERS = Set.of("by", "when", "if", "while", "after", "before", "as",
            "although", "though", "because", "since", "unlike", "like", "asked", "told", "says", "said", "according");

    /** Index of the last sentence starting at or before {@code offset}, or -1; sentences are in text order. */
    private static int sentenceOf(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi;
    }

    /**
     * Whether a name is the subject of its clause: not governed by a preposition or a verb before it, not a
     * possessive, and followed by a finite verb, once an apposition between commas ("Example, the mayor, said")
     * and an adverb or two ("Example also said") are passed over.
     */
    static boolean subject(String text, Span name) {
        String before = lastWord(text, name.start());
        if (before != null && GOVERNING.contains(before)) {
            return false;
        }
        int i = name.end();
        if (i < text.length() && (text.charAt(i) == '’' || text.charAt(i) == '\'')) {
            return false;
        }
        i = skipSpaces(text, i);
        if (i < text.length() && text.charAt(i) == ',') {
            // "his wife, Ann, said": the name is an apposition itself, and the verb follows its comma
            int from = skipSpaces(text, i + 1);
            int end = wordEnd(text, from);
            if (end > from && Character.isLowerCase(text.charAt(from))
                    && finite(text.substring(from, end), text, end)) {
                return true;
            }
        }
        if (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '(' || text.charAt(i) == '—')) {
            int close = appositionEnd(text, i + 1, text.charAt(i) == '(' ? ')' : text.charAt(i));
            if (close < 0) {
                return false;
            }
            i = skipSpaces(text, close + 1);
        }
        for (int adverbs = 0; adverbs <= 2; adverbs++) {
            int end = wordEnd(text, i);
            if (end == i) {
                return false;
            }
            String w = text.substring(i, end);
            if (!Character.isLowerCase(w.charAt(0))) {
                return false;
            }
            if (ADVERBS.contains(w)) {
                i = skipSpaces(text, end);
                continue;
            }
            return finite(w, text, end);
        }
        return false;
    }

    /** A finite verb: listed, irregular, "-ed", or "-s" unless a verb follows it ("Example supporters chanted"). */
    private static boolean finite(String w, String text, int end) {
        if (Lexicon.isSpeechVerb(w) && !w.endsWith("ing") || IRREGULAR.contains(w)) {
            return true;
        }
        if (w.length() > 3 && w.endsWith("ed")) {
            return true;
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !PLURAL_MODIFIED.contains(w)) {
            int from = skipSpaces(text, end);
            int next = wordEnd(text, from);
            String n = text.substring(from, next);
            return !(n.endsWith("ed") || IRREGULAR.contains(n) || Lexicon.isSpeechVerb(n));
        }
        return false;
    }

    /**
     * The comma, closing parenthesis or dash ({@code close}) ending an apposition that opens at {@code from}, or -1
     * when the clause ends first.
     */
    private static int appositionEnd(String text, int from, char close) {
        int to = Math.min(text.length(), from + 160);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == close) {
                return k;
            }
            if (c == '.' && k + 1 < text.length() && Character.isWhitespace(text.charAt(k + 1))
                    && !Character.isUpperCase(text.charAt(Math.max(from, k - 1)))
                    || c == ';' || c == ':' || c == '\n' || c == '"' || c == '“' || c == '”' || c == '!'
                    || c == '?') {
                return -1;
            }
        }
        return -1;
    }

    private static String lastWord(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return s == e ? null : text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        int e = i;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
        }
        return e;
    }
}
