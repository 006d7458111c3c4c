package org.crosscheck.quotes;

import java.util.List;
import java.util.Set;
import org.crosscheck.api.Span;
import org.crosscheck.quotes.CueScanner.Cue;
import org.crosscheck.quotes.CueScanner.Shape;
import org.crosscheck.quotes.QuoteMarks.Quoted;

/**
 * The stretch a cue reports, bounded as PolNeAR's annotators bound it. A quotation the cue frames is reported whole,
 * with the parts a cue interrupts ("“X,” she said, “Y.”") and the quotations that go on in the same voice after it
 * ("“X,” she added. “Y.”"). A clause after the cue starts at its "that", past the hearer and the occasion ("told
 * reporters on Monday that ..."), and ends where the sentence moves on to another predicate of the speaker ("...,
 * saying ...", "... and called ..."), a contrast (", but ...", ", while ...") or a second clause after a semicolon.
 */
final class ReportedContent {

    /** Words a reported clause may not run over: a second statement or a comparison begins. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "whereas", "although", "though",
            "compared", "according");

    /** Prepositions that bind to the cue rather than open what it reports. */
    private static final Set<String> PARTICLES = Set.of("for", "on", "of", "against", "about", "to");

    /** How far past the cue a "that" may open the reported clause ("told a crowd in Miami on Tuesday that"). */
    private static final int THAT_REACH = 14;

    /** Words that show the stretch before a "that" is a clause of its own, not the hearer or the occasion. */
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "which", "what", "and", "but", "or", "is", "was",
            "are", "were", "has", "have", "had", "will", "would", "be", "so", "such", "not", "if", "than", "it",
            "this", "there", "he", "she", "they", "we", "i", "you", "been", "being", "hasn’t", "hasn't");

    private ReportedContent() {
    }

    /**
     * The quotation run {@code c} frames, from the opening mark of its first part to the closing mark of its last;
     * {@code null} when no quotation stands right against the cue.
     */
    static Span quoted(Cue c, Span phrase, RuleQuoteExtractor.Analysis a) {
        String masked = a.masked();
        int from = Math.min(c.whole().start(), phrase.start());
        int to = Math.max(c.whole().end(), phrase.end());
        Quoted before = null;
        Quoted after = null;
        for (Quoted q : a.quotes()) {
            int end = endOf(q);
            if (end <= from && against(masked, end, from, false)) {
                before = q;
            } else if (q.open() >= to && after == null && against(masked, to, q.open(), true)) {
                after = q;
            }
        }
        if (before == null && after == null) {
            return null;
        }
        Quoted first = before != null ? before : after;
        Quoted last = after != null ? after : before;
        List<Quoted> qs = a.quotes();
        for (int k = qs.indexOf(last) + 1; k < qs.size(); k++) {
            Quoted next = qs.get(k);
            if (!goesOn(last, next, c, a)) {
                break;
            }
            last = next;
        }
        return new Span(first.open(), endOf(last));
    }

    /** The clause after a subject-verb cue, from {@code from} to the sentence end, bounded as the class says. */
    static Span clauseAfter(String text, String masked, int from, int sentenceEnd) {
        List<Tok> toks = Tok.tokenize(masked, from, sentenceEnd);
        int s = 0;
        for (int k = 0; k < toks.size() && k < THAT_REACH; k++) {
            Tok t = toks.get(k);
            if (t.lower().equals("that")) {
                s = k + 1;
                break;
            }
            if (t.isMask() && k > 0 && (",".equals(toks.get(k - 1).text()) || ":".equals(toks.get(k - 1).text()))) {
                s = k; // "told the crowd, “...”": the quotation, past the hearer
                break;
            }
            if (t.isMask() || !t.isWord() && !",".equals(t.text()) || CLAUSE_WORDS.contains(t.lower())
                    || Lexicon.isSpeechVerb(t.lower()) && k > 0 || infinitive(toks, k)) {
                break;
            }
        }
        if (s == 0 && toks.size() > 2 && PARTICLES.contains(toks.get(0).lower()) && toks.get(1).isWord()
                && !infinitive(toks, 0)) {
            s = 1; // "called for a vote", "responded to the charge": what is called for, not the particle
        }
        int e = toks.size();
        for (int k = s + 2; k < toks.size(); k++) {
            if (breaksClause(toks, k)) {
                e = k;
                break;
            }
        }
        if (s >= e) {
            return null;
        }
        return trim(text, toks.get(s).start(), toks.get(e - 1).end());
    }

    /**
     * The stretch from {@code s} to a cue at {@code e} that closes it, without the auxiliaries of a passive cue
     * ("The move was first reported by ...": the move, not "was first").
     */
    static Span before(String text, int s, int e) {
        List<Tok> toks = Tok.tokenize(text, s, e);
        int k = toks.size();
        while (k > 1 && PhraseParser.isAuxOrAdverb(toks.get(k - 1))) {
            k--;
        }
        return k == toks.size() || k == 0 ? trim(text, s, e) : trim(text, s, toks.get(k - 1).end());
    }

    /**
     * {@code span} run on to the end of a quotation it leaves open: the sentence splitter cuts inside quotations,
     * but what is reported is the whole of them ("that “X. Y.”").
     */
    static Span closingQuotes(Span span, RuleQuoteExtractor.Analysis a) {
        if (span == null) {
            return null;
        }
        int end = span.end();
        List<Quoted> qs = a.quotes();
        for (int k = 0; k < qs.size(); k++) {
            Quoted q = qs.get(k);
            if (q.open() >= span.start() && q.open() < end && endOf(q) > end) {
                end = endOf(q);
                while (k + 1 < qs.size() && qs.get(k + 1).chain() == q.chain()) {
                    end = endOf(qs.get(++k));
                }
            }
        }
        return new Span(span.start(), end);
    }

    /** "to" before a verb ("declined to say", "urged voters to reject"): the clause starts there. */
    private static boolean infinitive(List<Tok> toks, int k) {
        if (!toks.get(k).lower().equals("to") || k + 1 >= toks.size()) {
            return false;
        }
        Tok next = toks.get(k + 1);
        return next.isWord() && !next.isCapitalized() && !Lexicon.DETERMINERS.contains(next.lower())
                && !Character.isDigit(next.text().charAt(0)) && !next.isPossessive();
    }

    /**
     * {@code the plan, which she said would fail}: a cue inside an object relative reports the relative clause from
     * its "which", "that" or "what" on, the source and cue between; {@code clause} as it is otherwise.
     */
    static Span fromRelative(String text, int sentenceStart, int phraseStart, Span clause) {
        List<Tok> before = Tok.tokenize(text, sentenceStart, phraseStart);
        if (clause == null || before.isEmpty() || !RELATIVES.contains(before.get(before.size() - 1).lower())) {
            return clause;
        }
        return new Span(before.get(before.size() - 1).start(), clause.end());
    }

    private static final Set<String> RELATIVES = Set.of("which", "that", "what");

    /** Whether the reported clause ends before token {@code k}. */
    private static boolean breaksClause(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        if (";".equals(t.text())) {
            return true;
        }
        if (k + 1 >= toks.size()) {
            return false;
        }
        Tok next = toks.get(k + 1);
        String n = next.lower();
        if (",".equals(t.text()) || "—".equals(t.text()) || "–".equals(t.text())) {
            return CLAUSE_BREAKS.contains(n) || n.endsWith("ing") && Lexicon.isSpeechVerb(n);
        }
        // "... and called the plan a disaster": a second predicate of the speaker, not more of what was said
        return t.lower().equals("and") && Lexicon.isSpeechVerb(n) && !n.endsWith("ing") && !next.isCapitalized();
    }

    /**
     * Whether {@code next} goes on in the voice of the quotation {@code last}: the same quotation over a paragraph
     * break, or the next quotation, in the paragraph or opening the next one, with nothing but the cue's own
     * sentence before it and no cue of its own.
     */
    private static boolean goesOn(Quoted last, Quoted next, Cue c, RuleQuoteExtractor.Analysis a) {
        if (next.chain() == last.chain()) {
            return true;
        }
        int gapFrom = endOf(last);
        String text = a.units().text();
        if (next.open() < gapFrom || text.substring(gapFrom, next.open()).split("\n", -1).length > 3) {
            return false;
        }
        for (int i = gapFrom; i < next.open(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && !c.sentence().contains(i)) {
                return false; // a sentence of the writer's own comes between
            }
        }
        Span own = new Span(next.open(), endOf(next));
        for (Cue o : a.cues()) {
            boolean between = o.cue().start() >= gapFrom && o.cue().end() <= next.open();
            if (o != c && (between || o.sentence().overlaps(own) && o.whole().start() >= own.end())) {
                return false; // the next quotation has a cue of its own
            }
        }
        return true;
    }

    /** Only spaces, commas, colons or dashes between {@code s} and {@code e}; a line break only after a colon. */
    private static boolean against(String masked, int s, int e, boolean colonMayBreak) {
        boolean colon = false;
        for (int i = s; i < e; i++) {
            char ch = masked.charAt(i);
            if (ch == '\n') {
                if (!colonMayBreak || !colon) {
                    return false;
                }
            } else if (ch == ':') {
                colon = true;
            } else if (ch == QuoteMarks.MASK && i == s) {
                continue; // the second character of a mark typed as ''
            } else if (!Character.isWhitespace(ch) && ",—–-".indexOf(ch) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int endOf(Quoted q) {
        return q.close() >= 0 ? q.close() + 1 : q.end();
    }

    /** The stretch without surrounding spaces, commas, dashes and the final full stop; {@code null} when empty. */
    static Span trim(String text, int s, int e) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || ",;:—–-".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:—–-.".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e > s ? new Span(s, e) : null;
    }
}
