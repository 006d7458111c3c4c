package org.crosscheck.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.Span;
import org.crosscheck.quotes.SourcePhrase.Form;
import org.crosscheck.quotes.SourceResolver.Context;
import org.crosscheck.quotes.SourceResolver.Source;

/**
 * Finds every speech cue of an article with its source: "X said", "said X", "according to X". Both stages build on
 * this one pass, so a quote's speaker and the attribution around it always agree. Quoted words are masked out
 * first, so a verb inside a quotation never counts as a cue of the article's own.
 */
final class CueScanner {

    enum Shape { SUBJECT_VERB, VERB_SUBJECT, ACCORDING_TO }

    /**
     * One cue: {@code cue} is the verb or "according to", {@code sources} one resolved source per named head (empty
     * when a pronoun has no antecedent), {@code sentence} the sentence it sits in.
     */
    record Cue(Span cue, SourcePhrase phrase, List<Source> sources, Shape shape, Span sentence) {
        Span whole() {
            return new Span(Math.min(cue.start(), phrase.phrase().start()), Math.max(cue.end(), phrase.phrase().end()));
        }
    }

    /** Verbs that may precede their subject after a comma or a quotation ("...," said Kirby). */
    private static final Set<String> INVERTIBLE = Set.of("said", "says", "added", "asked", "explained", "continued",
            "stated", "noted", "recalled", "wrote", "writes", "replied", "insisted", "argued", "warned", "adds",
            "remarked", "observed", "declared", "according");

    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "be", "being");

    private CueScanner() {
    }

    static List<Cue> scan(TextUnits units, String masked, Context ctx) {
        List<Cue> out = new ArrayList<>();
        List<Source> earlier = new ArrayList<>();
        for (Span s : units.sentences()) {
            List<Tok> toks = Tok.tokenize(masked, s.start(), s.end());
            for (int i = 0; i < toks.size(); i++) {
                Tok t = toks.get(i);
                if (!t.isWord() || !Character.isLowerCase(t.text().charAt(0)) && !t.lower().equals("according")) {
                    continue;
                }
                Cue cue = cueAt(toks, i, s, ctx, earlier);
                if (cue != null) {
                    out.add(cue);
                    earlier.addAll(cue.sources());
                }
            }
        }
        return out;
    }

    private static Cue cueAt(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        Tok t = toks.get(i);
        if (t.lower().equals("according")) {
            if (i + 2 < toks.size() && toks.get(i + 1).lower().equals("to")) {
                SourcePhrase sp = PhraseParser.forward(toks, i + 2);
                if (sp != null && sp.form() != Form.PRONOUN) {
                    return make(new Span(t.start(), toks.get(i + 1).end()), sp, Shape.ACCORDING_TO, sentence, ctx,
                            earlier);
                }
            }
            return null;
        }
        if (!Lexicon.isSpeechVerb(t.text()) || t.lower().endsWith("ing") || nounUse(toks, i)) {
            return null;
        }
        SourcePhrase sp = PhraseParser.before(toks, i);
        if (sp != null && !passive(toks, sp, i) && !strayCapital(toks, sp, ctx)) {
            Cue c = make(new Span(t.start(), t.end()), sp, Shape.SUBJECT_VERB, sentence, ctx, earlier);
            if (!Lexicon.isWeakCue(t.text()) || strongEnough(c)) {
                return c;
            }
            return null;
        }
        if (INVERTIBLE.contains(t.lower()) && i > 0 && i + 1 < toks.size()) {
            Tok prev = toks.get(i - 1);
            if (prev.text().equals(",") || prev.isMask() || prev.isQuoteMark() || prev.text().equals("—")) {
                SourcePhrase fw = PhraseParser.forward(toks, i + 1);
                if (fw != null) {
                    return make(new Span(t.start(), t.end()), fw, Shape.VERB_SUBJECT, sentence, ctx, earlier);
                }
            }
        }
        return null;
    }

    /**
     * "intelligence reports indicate", "reports from the paper": a cue word that is also a noun reads as the noun
     * when another cue or a preposition follows it.
     */
    private static boolean nounUse(List<Tok> toks, int i) {
        if (!Lexicon.isSourceHead(toks.get(i).text()) && !NOUN_LIKE.contains(toks.get(i).lower())) {
            return false;
        }
        if (i + 1 >= toks.size()) {
            return false;
        }
        Tok next = toks.get(i + 1);
        return Lexicon.isSpeechVerb(next.text()) || Set.of("from", "of", "by", "in", "on", "about", "have", "has",
                "had", "were", "are", "was", "is", "and", "suggest", "indicate", "show").contains(next.lower());
    }

    private static final Set<String> NOUN_LIKE = Set.of("claims", "calls", "estimates", "demands", "charges",
            "tweets", "posts", "shows", "quotes", "notes", "states");

    /**
     * "Recent reports", "Initially, ...": a lone capitalised word opening the sentence is just a capital letter
     * unless the recogniser found a name there or it is an outlet or organisation by its look.
     */
    private static boolean strayCapital(List<Tok> toks, SourcePhrase sp, Context ctx) {
        if (sp.form() != Form.NAME || ctx.entities().isEmpty() || toks.isEmpty()
                || sp.phrase().start() != toks.get(0).start() || sp.head().of(ctx.text()).contains(" ")) {
            return false;
        }
        String head = sp.head().of(ctx.text());
        if (SourceResolver.isOutletName(head) || head.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
            return false;
        }
        for (var e : ctx.entities()) {
            if (e.span().overlaps(sp.head())) {
                return false;
            }
        }
        return true;
    }

    /** "Kirby was asked": the subject is the one spoken to, not the speaker. */
    private static boolean passive(List<Tok> toks, SourcePhrase sp, int verb) {
        for (int k = verb - 1; k >= 0 && toks.get(k).start() >= sp.phrase().end(); k--) {
            if (PASSIVE.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Weak cues ("show", "believe") count only for plain sources: documents, outlets, described sources. */
    private static boolean strongEnough(Cue c) {
        if (c.sources().isEmpty()) {
            return false;
        }
        SourceKind k = c.sources().get(0).kind();
        return c.phrase().form() == Form.DESCRIPTION || (c.phrase().form() == Form.NAME && k == SourceKind.OUTLET);
    }

    private static Cue make(Span cue, SourcePhrase sp, Shape shape, Span sentence, Context ctx, List<Source> earlier) {
        List<Source> sources = new ArrayList<>();
        for (Span h : sp.heads()) {
            Source s = SourceResolver.resolve(ctx, sp, h, earlier);
            if (s != null) {
                sources.add(s);
            }
        }
        return new Cue(cue, sp, sources, shape, sentence);
    }
}
