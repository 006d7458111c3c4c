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
     * when a pronoun has no antecedent), {@code sentence} the sentence it sits in; {@code claimOnly} marks cues that
     * report a claim without speech around it (a participle clause, a poll, an account after "according to", a
     * headline colon), which credit quotations but do not make a lone quoted word a quotation.
     */
    record Cue(Span cue, SourcePhrase phrase, List<Source> sources, Shape shape, Span sentence, boolean claimOnly) {
        Span whole() {
            return new Span(Math.min(cue.start(), phrase.phrase().start()), Math.max(cue.end(), phrase.phrase().end()));
        }
    }

    /** Verbs that may precede their subject after a comma or a quotation ("...," said Kirby). */
    private static final Set<String> INVERTIBLE = Set.of("said", "says", "added", "asked", "explained", "continued",
            "stated", "noted", "recalled", "wrote", "writes", "replied", "insisted", "argued", "warned", "adds",
            "remarked", "observed", "declared", "according", "reported", "reports", "tweeted", "posted",
            "responded", "countered", "concluded", "cautioned", "quipped", "joked", "complained", "conceded",
            "acknowledged", "admitted", "predicted", "announced", "emphasized", "stressed");

    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "be", "being");

    private CueScanner() {
    }

    static List<Cue> scan(TextUnits units, String masked, Context ctx) {
        List<Cue> out = new ArrayList<>();
        List<Source> earlier = new ArrayList<>();
        for (Span s : units.sentences()) {
            List<Tok> toks = Tok.tokenize(masked, s.start(), s.end());
            boolean headline = titleCase(toks);
            for (int i = 0; i < toks.size(); i++) {
                Tok t = toks.get(i);
                Cue mark = t.isWord() ? null : markCue(toks, i, s, ctx, earlier);
                if (mark != null) {
                    out.add(mark);
                    earlier.addAll(mark.sources());
                    continue;
                }
                // "Example Says Talks Will Resume": a headline capitalises its verbs too
                boolean headlineVerb = headline && i > 0 && headlineVerb(toks, i);
                if (!t.isWord() || !Character.isLowerCase(t.text().charAt(0)) && !t.lower().equals("according")
                        && !t.lower().equals("in") && !headlineVerb
                        && !(i == 0 && OPENING_VERBS.contains(t.lower()))) {
                    continue;
                }
                Cue cue = cueAt(toks, i, s, ctx, earlier);
                if (cue != null) {
                    out.add(cue);
                    earlier.addAll(cue.sources());
                    // a headline has one verb of speech; capitalised words after it are its content, not cues
                    headline &= !headlineVerb;
                }
            }
        }
        return out;
    }

    /**
     * A headline in title case: four or more words longer than three letters, at least four in five of them
     * capitalised, and not all of it in capitals.
     */
    private static boolean titleCase(List<Tok> toks) {
        int words = 0;
        int caps = 0;
        boolean lower = false;
        for (Tok t : toks) {
            String w = t.text();
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    caps++;
                } else if ((words - caps) * 5 > toks.size()) {
                    return false; // more words in lower case than a headline of this length can hold
                }
                lower |= Character.isLowerCase(w.charAt(1));
            }
        }
        return words >= 4 && caps * 5 >= words * 4 && lower;
    }

    /**
     * A verb of speech in a title-case headline: in the headline's tenses ("Says", "Endorsed"), and never a word
     * that is as often a noun or part of a name ("Post", "Report", "States", "Claims"), nor a passive ("Accused Of").
     */
    private static boolean headlineVerb(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        String l = t.lower();
        boolean tensed = l.endsWith("s") && !l.endsWith("ss") || l.endsWith("ed") || IRREGULAR_PAST.contains(l);
        if (!t.isWord() || !tensed || !Lexicon.isSpeechVerb(l) || Lexicon.isSourceHead(l) || NOUN_LIKE.contains(l)
                || Lexicon.OUTLET_WORDS.contains(l) || !toks.get(i - 1).isWord()) {
            return false;
        }
        return i + 1 >= toks.size() || !Set.of("of", "by", "to").contains(toks.get(i + 1).lower());
    }

    private static Cue cueAt(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        Cue c = cueWord(toks, i, sentence, ctx, earlier);
        if (c == null) {
            c = complementClause(toks, i, sentence, ctx, earlier);
        }
        return c != null ? c : speechSetting(toks, i, sentence, ctx, earlier);
    }

    /**
     * {@code In an interview with the paper, Example questioned the deal}, {@code During the debate, she went on
     * to attack him}: a sentence opening on a setting of speech (an interview, a statement, a speech) reports what
     * its subject says there, whatever the verb. The subject must directly follow the opening phrase and its comma,
     * be a recognised name, a pronoun standing for someone named before or a source noun. The cue reports a claim.
     */
    private static Cue speechSetting(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        Tok v = toks.get(i);
        String l = v.lower();
        if (i < 4 || !SETTING_OPENERS.contains(toks.get(0).lower()) || l.endsWith("ly")
                || Lexicon.PHRASE_BREAKERS.contains(l) || Lexicon.AUXILIARIES.contains(l)) {
            return null;
        }
        SourcePhrase sp = PhraseParser.before(toks, i);
        if (sp == null || sp.form() == Form.DESCRIPTION && !Lexicon.isSourceHead(lastWord(toks, sp))
                || sp.form() == Form.NAME && !recognised(sp, ctx)) {
            return null;
        }
        int first = indexOf(toks, sp.phrase().start());
        if (first < 3 || !",".equals(toks.get(first - 1).text())) {
            return null;
        }
        boolean setting = false;
        for (int k = 1; k < first - 1; k++) {
            if (!toks.get(k).isWord()) {
                return null;
            }
            setting |= SETTINGS.contains(toks.get(k).lower());
        }
        if (!setting) {
            return null;
        }
        Cue c = claim(new Span(v.start(), v.end()), sp, Shape.SUBJECT_VERB, sentence, ctx, earlier);
        return c.sources().isEmpty() ? null : c;
    }

    private static final Set<String> SETTING_OPENERS = Set.of("in", "during", "at");

    /** Occasions of speech that an opening phrase may set a sentence in. */
    private static final Set<String> SETTINGS = Set.of("interview", "interviews", "statement", "statements",
            "speech", "speeches", "remarks", "tweet", "tweets", "op-ed", "letter", "debate", "debates",
            "conference", "briefing", "hearing", "testimony", "appearance", "address", "rally", "town-hall",
            "podcast", "post", "posts", "essay", "column", "memoir", "book");



    /**
     * {@code She talked about the economy}, {@code Example has suggested that ...}, {@code they wondered whether
     * ...}: a finite verb whose object is a clause or topic ("that", "about", "how", "whether", "why") reports what
     * its subject said, thought or discussed, whatever the verb, as PolNeAR's guidelines count it. The subject must
     * be a name, a pronoun standing for someone named before, or a source noun. Such a cue reports a claim and never
     * makes a quoted word a quotation.
     */
    private static Cue complementClause(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        Tok v = toks.get(i);
        String l = v.lower();
        if (i == 0 || i + 1 >= toks.size() || !COMPLEMENTS.contains(toks.get(i + 1).lower())) {
            return null;
        }
        boolean aux = Lexicon.AUXILIARIES.contains(toks.get(i - 1).lower());
        boolean finite = aux || l.endsWith("ed") || l.endsWith("s") && !l.endsWith("ss");
        if (!finite || Lexicon.PHRASE_BREAKERS.contains(l) || Lexicon.AUXILIARIES.contains(l) || l.endsWith("ing")
                || l.endsWith("ly") || NOT_CLAUSE_VERBS.contains(l)) {
            return null;
        }
        SourcePhrase sp = PhraseParser.before(toks, i);
        if (sp == null || passive(toks, sp, i)
                || sp.form() == Form.DESCRIPTION && !Lexicon.isSourceHead(lastWord(toks, sp))
                || sp.form() == Form.NAME && !recognised(sp, ctx)) {
            return null;
        }
        Cue c = claim(new Span(v.start(), v.end()), sp, Shape.SUBJECT_VERB, sentence, ctx, earlier);
        return c.sources().isEmpty() ? null : c;
    }

    /** Whether the entity recogniser found a name on every head of the phrase, so a capital letter alone is no name. */
    private static boolean recognised(SourcePhrase sp, Context ctx) {
        for (Span h : sp.heads()) {
            boolean known = false;
            for (var en : ctx.entities()) {
                known |= en.span().overlaps(h);
            }
            if (!known) {
                return false;
            }
        }
        return true;
    }

    /** Words after which a clause word starts no reported content: "is about", "comes about", "means that". */
    private static final Set<String> NOT_CLAUSE_VERBS = Set.of("means", "meant", "seems", "seemed", "comes",
            "came", "brought", "goes", "went", "does", "did", "is", "was", "has", "had", "so", "such", "ensured",
            "ensures", "matters", "happens", "happened", "appears", "appeared", "learned", "learns", "showed");

    private static final Set<String> COMPLEMENTS = Set.of("that", "about", "how", "whether", "why");

    private static Cue cueWord(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        Tok t = toks.get(i);
        if (t.lower().equals("according")) {
            if (i + 2 < toks.size() && toks.get(i + 1).lower().equals("to")) {
                Span cue = new Span(t.start(), toks.get(i + 1).end());
                SourcePhrase sp = PhraseParser.forward(toks, i + 2);
                if (sp == null) {
                    SourcePhrase account = accountPhrase(toks, i + 2);
                    return account == null ? null : claim(cue, account, Shape.ACCORDING_TO, sentence, ctx, earlier);
                }
                if (sp.form() != Form.PRONOUN) {
                    return make(cue, sp, Shape.ACCORDING_TO, sentence, ctx, earlier);
                }
            }
            return null;
        }
        if (t.lower().equals("in")) {
            SourcePhrase poll = pollPhrase(toks, i + 1);
            return poll == null ? null : claim(new Span(t.start(), t.end()), poll, Shape.ACCORDING_TO, sentence, ctx,
                    earlier);
        }
        Cue agent = byAgent(toks, i, sentence, ctx, earlier);
        if (agent != null) {
            return agent;
        }
        if (i + 1 < toks.size() && toks.get(i + 1).lower().equals(PHRASAL.get(t.lower()))) {
            return phrasal(toks, i, sentence, ctx, earlier);
        }
        if (i == 0 && t.isCapitalized() && OPENING_VERBS.contains(t.lower())) {
            return openingVerb(toks, sentence, ctx, earlier);
        }
        boolean progressive = progressive(toks, i);
        if (PARTICIPLES.contains(t.lower()) && !progressive) {
            return participle(toks, i, sentence, ctx, earlier);
        }
        if (!Lexicon.isSpeechVerb(t.text()) && t.lower().endsWith("ed") && t.lower().length() > 4) {
            return framingVerb(toks, i, sentence, ctx, earlier);
        }
        // "is predicting", "are defending": the progressive is weighed as its finite form ("predicts", "defends")
        String verb = progressive ? Lexicon.finiteOf(t.lower()) : t.lower();
        if (!Lexicon.isSpeechVerb(verb) || t.lower().endsWith("ing") && !progressive || nounUse(toks, i)) {
            return null;
        }
        if (i > 0 && (toks.get(i - 1).lower().equals("and") || toks.get(i - 1).lower().equals("to"))) {
            // "Example smiled and said, "..."" / "went so far as to say: "..."": the sentence's subject speaks
            SourcePhrase subj = sentenceSubject(toks, i - 1);
            if (subj != null && framesQuote(toks, subj, i, ctx, sentence) && !startsAt(toks, subj, i - 1)) {
                return make(new Span(t.start(), t.end()), subj, Shape.SUBJECT_VERB, sentence, ctx, earlier);
            }
            if (toks.get(i - 1).lower().equals("to")) {
                return null;
            }
        }
        if (!progressive) {
            Cue shared = coordinated(toks, i, sentence, ctx, earlier);
            if (shared != null) {
                return shared;
            }
        }
        SourcePhrase sp = postmodifiedDocument(toks, i); // before a name parse takes "Tuesday showed" for a name
        if (sp == null) {
            sp = PhraseParser.before(toks, i);
        }
        if (sp != null && !passive(toks, sp, i) && (PLAIN.contains(t.lower()) || !strayCapital(toks, sp, ctx))) {
            Cue c = make(new Span(t.start(), t.end()), sp, Shape.SUBJECT_VERB, sentence, ctx, earlier);
            boolean frames = framesQuote(toks, sp, i, ctx, sentence);
            if (progressive && !frames) {
                // "Example is calling it a "sham"": an ongoing campaign of words, not the quoted word's utterance
                c = new Cue(c.cue(), sp, c.sources(), c.shape(), sentence, true);
            }
            if (!Lexicon.isWeakCue(verb) || strongEnough(c) || frames) {
                return c;
            }
            if ((PERSONAL_WEAK.contains(verb) || Lexicon.isStanceVerb(verb)) && sp.form() != Form.DESCRIPTION
                    && !c.sources().isEmpty()) {
                // "Example rejected the plan as a "sham"": a stance reports a position, not the quoted word's speech
                return Lexicon.isStanceVerb(verb) ? new Cue(c.cue(), sp, c.sources(), c.shape(), sentence, true) : c;
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
     * {@code Example toured the plant and warned that ...}, {@code She greeted supporters but then insisted ...}: a
     * finite speech verb after "and" or "but" shares the subject opening the sentence (a name, a pronoun or a source
     * noun), as a second predicate of it. Weak and stance verbs need a subject that resolves to someone, as they do
     * after their own subject. The cue reports a claim.
     */
    private static Cue coordinated(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        String l = toks.get(i).lower();
        int k = i - 1;
        while (k > 0 && PhraseParser.isAuxOrAdverb(toks.get(k))) {
            k--; // "and then said", "but also warned"
        }
        boolean finite = l.endsWith("ed") || l.endsWith("s") && !l.endsWith("ss") || IRREGULAR_PAST.contains(l);
        if (k < 2 || !COORDINATORS.contains(toks.get(k).lower()) || !finite) {
            return null;
        }
        SourcePhrase subj = sentenceSubject(toks, k);
        if (subj == null || startsAt(toks, subj, k - 1)
                || subj.form() == Form.DESCRIPTION && !Lexicon.isSourceHead(lastWord(toks, subj))
                || subj.form() == Form.NAME && !plainName(toks, subj, ctx) || clauseBetween(toks, subj, k)) {
            return null;
        }
        Cue c = claim(new Span(toks.get(i).start(), toks.get(i).end()), subj, Shape.SUBJECT_VERB, sentence, ctx,
                earlier);
        boolean weak = Lexicon.isWeakCue(l) && !strongEnough(c);
        boolean personal = PERSONAL_WEAK.contains(l) || Lexicon.isStanceVerb(l);
        return weak && (!personal || c.sources().isEmpty() || subj.form() == Form.DESCRIPTION) ? null : c;
    }

    private static final Set<String> COORDINATORS = Set.of("and", "but");

    /** Words that open a clause of its own after a comma: its subject, not the sentence's, does what follows. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("as", "while", "when", "whereas", "after", "before",
            "because", "since", "although", "though", "until", "if", "where", "who", "which", "whose");

    /** Most words between a sentence's subject and a speech verb coordinated with its predicate. */
    private static final int COORDINATED_REACH = 25;

    /**
     * Whether a clause with a subject of its own stands between the sentence's subject and the coordinator, so the
     * coordinated verb is that clause's ("Romney joined the call for Akin to quit, as the congressman held his
     * ground and vowed to stay": the congressman vowed), or the two are too far apart to tell.
     */
    private static boolean clauseBetween(List<Tok> toks, SourcePhrase subj, int coordinator) {
        int from = 0;
        while (from < coordinator && toks.get(from).start() < subj.phrase().end()) {
            from++;
        }
        if (coordinator - from > COORDINATED_REACH) {
            return true;
        }
        for (int j = from; j + 1 < coordinator; j++) {
            if (toks.get(j).text().equals(",") && CLAUSE_OPENERS.contains(toks.get(j + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name that is the subject itself, its verb right after it: not an opening adverb or participle
     * ("Publicly, ...", "Smiling broadly, ..."), nor a dateline in capitals.
     */
    private static boolean plainName(List<Tok> toks, SourcePhrase sp, Context ctx) {
        int after = indexOf(toks, sp.phrase().start());
        while (after < toks.size() && toks.get(after).start() < sp.phrase().end()) {
            after++;
        }
        String head = sp.head().of(ctx.text());
        String low = head.toLowerCase(java.util.Locale.ROOT);
        return after < toks.size() && toks.get(after).isWord()
                && !head.equals(head.toUpperCase(java.util.Locale.ROOT)) && !low.endsWith("ly")
                && !low.endsWith("ing") && !low.endsWith("ed");
    }

    private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "wrote", "thought", "sought", "spoke",
            "saw", "knew", "found");

    /**
     * {@code The move was first reported by the network}, {@code a plan criticized by some of his rivals}: a past
     * participle of speech, stance or judgement followed by "by" names its source after "by", whether the passive
     * has its auxiliary or reduces to a participle after a noun. The agent is a name or source noun, or else the
     * short noun phrase up to the next comma or clause word. The cue reports a claim: "a "plan" backed by X" does
     * not make X the speaker of a quoted word.
     */
    private static Cue byAgent(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        Tok t = toks.get(i);
        String l = t.lower();
        boolean participle = l.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(l);
        if (!participle || !Lexicon.isSpeechVerb(l) && !JUDGED.contains(l)) {
            return null;
        }
        int b = i + 1;
        while (b < toks.size() && PhraseParser.isAuxOrAdverb(toks.get(b)) && b - i <= 2) {
            b++;
        }
        if (b + 1 >= toks.size() || !toks.get(b).lower().equals("by") || !toks.get(b + 1).isWord()
                || toks.get(b + 1).lower().endsWith("ing") || PhraseParser.isAuxOrAdverb(toks.get(b + 1))) {
            return null;
        }
        SourcePhrase sp = PhraseParser.forward(toks, b + 1);
        if (sp == null || sp.form() == Form.PRONOUN) {
            sp = agentPhrase(toks, b + 1);
        }
        return sp == null ? null : claim(new Span(t.start(), toks.get(b).end()), sp, Shape.VERB_SUBJECT, sentence,
                ctx, earlier);
    }

    /** The noun phrase after "by" up to a comma, clause word or preposition other than "of"; at most eight words. */
    private static SourcePhrase agentPhrase(List<Tok> toks, int from) {
        int end = from;
        while (end < toks.size() && toks.get(end).isWord() && !ACCOUNT_STOPS.contains(toks.get(end).lower())
                && (end == from || !Lexicon.PHRASE_BREAKERS.contains(toks.get(end).lower())
                || toks.get(end).lower().equals("of"))) {
            end++;
        }
        if (end == from || end - from > 8 || toks.get(end - 1).lower().equals("of")) {
            return null;
        }
        Tok first = toks.get(from);
        boolean share = end - from > 1 && COUNT_START.matcher(first.text()).matches()
                && PERCENT.contains(toks.get(from + 1).lower());
        if (!Lexicon.DETERMINERS.contains(first.lower()) && !first.isCapitalized() && !share) {
            return null; // "by telephone", "by saying so", "by 4 points": a means or a margin, not an agent
        }
        Span ps = new Span(toks.get(from).start(), toks.get(end - 1).end());
        return new SourcePhrase(ps, List.of(ps), Form.DESCRIPTION);
    }

    /** Past participles of judgement that take their holder after "by" ("seen as a threat by voters"). */
    private static final Set<String> JUDGED = Set.of("considered", "seen", "viewed", "regarded", "deemed",
            "perceived", "interpreted", "championed", "shared", "disliked", "favored", "favoured", "pushed",
            "rebuked", "denounced", "embraced", "dismissed");

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("seen", "written", "thought", "shown",
            "sought", "found");

    private static final java.util.regex.Pattern COUNT_START = java.util.regex.Pattern.compile("\\d[\\d.,]*%?");
    private static final Set<String> PERCENT = Set.of("percent", "%", "per", "in");

    /**
     * "according to a count by The Associated Press", "according to Farley's account": whatever "according to"
     * introduces is the source, so when no name or source noun parses the noun phrase up to the next comma, stop or
     * clause word is taken as a description. Returns {@code null} when that stretch has no word or runs long.
     */
    private static SourcePhrase accountPhrase(List<Tok> toks, int from) {
        int end = from;
        while (end < toks.size() && toks.get(end).isWord() && !ACCOUNT_STOPS.contains(toks.get(end).lower())) {
            end++;
        }
        if (end == from || end - from > 16) {
            return null;
        }
        Span ps = new Span(toks.get(from).start(), toks.get(end - 1).end());
        return new SourcePhrase(ps, List.of(ps), Form.DESCRIPTION);
    }

    /**
     * "In a national CNN/ORC poll released Monday, 31% of voters said ...", "... 6 percent in a Washington Post-ABC
     * News poll": figures placed "in" a poll or survey are credited to it, as "according to" would. The phrase runs
     * from the word after "in" to the poll noun, which must come within a short noun phrase of it and be one poll or
     * polls named by their pollster or place.
     */
    private static SourcePhrase pollPhrase(List<Tok> toks, int from) {
        for (int k = from; k < toks.size() && k - from < 10; k++) {
            Tok w = toks.get(k);
            if (POLL_NOUNS.contains(w.lower())) {
                boolean named = false;
                for (int n = from; n < k; n++) {
                    named |= toks.get(n).isCapitalized();
                }
                if (!named && w.lower().endsWith("s")) {
                    return null; // "leads in the polls", "in most surveys": standing in general, not one poll
                }
                Span ps = new Span(toks.get(from).start(), w.end());
                return new SourcePhrase(ps, List.of(ps), Form.DESCRIPTION);
            }
            if (!w.isWord() && !"-/".contains(w.text()) || ACCOUNT_STOPS.contains(w.lower())
                    || Lexicon.PHRASE_BREAKERS.contains(w.lower()) && !w.lower().equals("of")) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> POLL_NOUNS = Set.of("poll", "polls", "survey", "surveys", "polling");

    /**
     * "A survey by the institute in March found ...", "The report published Tuesday showed ...": a document or poll
     * noun with a short postmodifier (a preposition, a participle of publishing or a time word) right before the
     * verb is its subject. The phrase runs from the determiner or capitalised word opening the noun phrase to the
     * word before the verb; {@code null} when a comma, clause word or verb comes between.
     */
    private static SourcePhrase postmodifiedDocument(List<Tok> toks, int v) {
        for (int h = v - 2; h >= 0 && v - h <= 9; h--) {
            Tok w = toks.get(h);
            boolean head = Lexicon.DOCUMENT_HEADS.contains(w.lower()) || POLL_NOUNS.contains(w.lower())
                    || "investigation".equals(w.lower());
            if (!w.isWord() || ACCOUNT_STOPS.contains(w.lower()) || !head && Lexicon.isSpeechVerb(w.text())) {
                return null;
            }
            if (!head) {
                continue;
            }
            if (!DOCUMENT_POSTMODIFIERS.contains(toks.get(h + 1).lower())) {
                return null;
            }
            int s = h;
            while (s > 0 && h - s < 6 && toks.get(s - 1).isWord()
                    && !Lexicon.PHRASE_BREAKERS.contains(toks.get(s - 1).lower())) {
                s--;
            }
            if (!Lexicon.DETERMINERS.contains(toks.get(s).lower()) && !toks.get(s).isCapitalized()) {
                return null;
            }
            Span ps = new Span(toks.get(s).start(), toks.get(v - 1).end());
            return new SourcePhrase(ps, List.of(new Span(toks.get(s).start(), w.end())), Form.DESCRIPTION);
        }
        return null;
    }

    private static final Set<String> DOCUMENT_POSTMODIFIERS = Set.of("by", "from", "of", "in", "for", "released",
            "published", "conducted", "commissioned", "issued", "obtained", "last", "this", "earlier", "on", "taken",
            "compiled", "out", "prepared", "produced", "done");

    /** Words that end the noun phrase after "according to": a clause or a coordinated statement begins. */
    private static final Set<String> ACCOUNT_STOPS = Set.of("that", "which", "who", "and", "but", "is", "are", "was",
            "were", "has", "have", "had", "will", "would");

    /** Speech verbs in -ing form that hand a quotation to the subject of their clause. */
    private static final Set<String> PARTICIPLES = Set.of("saying", "telling", "adding", "writing", "asking",
            "noting", "declaring", "arguing", "explaining", "insisting", "tweeting", "yelling", "shouting",
            "warning", "stating", "replying", "responding", "quipping", "joking", "exclaiming", "proclaiming",
            "recalling", "remarking", "posting", "asserting", "claiming", "promising", "vowing", "concluding",
            "lecturing", "chanting", "answering", "acknowledging", "conceding", "complaining", "boasting",
            "announcing", "continuing", "repeating", "calling", "suggesting", "describing", "accusing", "urging",
            "criticizing", "praising", "questioning", "predicting", "admitting", "denying");

    /**
     * {@code Example left the stage, telling reporters, "..."} or {@code footage of Example saying, "..."}: an -ing
     * speech verb a few words before a quotation; its speaker is the name right before it, or else the subject
     * that opens the sentence.
     */
    private static Cue participle(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        int q = -1;
        for (int k = i + 1; k < toks.size() && k <= i + 6; k++) {
            if (toks.get(k).isMask()) {
                q = k;
                break;
            }
            if (!toks.get(k).isWord() && !",".equals(toks.get(k).text()) && !":".equals(toks.get(k).text())) {
                return null;
            }
        }
        if (q >= 0 && !(",".equals(toks.get(q - 1).text()) || ":".equals(toks.get(q - 1).text()) || q == i + 1)) {
            return null;
        }
        SourcePhrase sp = null;
        int j = i - 1;
        while (j >= 0 && PhraseParser.isAuxOrAdverb(toks.get(j))) {
            j--;
        }
        int issued = issuingVerb(toks, j);
        if (issued >= 0) {
            SourcePhrase issuer = PhraseParser.before(toks, issued);
            if (issuer != null && !passive(toks, issuer, issued)) {
                Cue c = make(new Span(toks.get(issued).start(), toks.get(i).end()), issuer, Shape.SUBJECT_VERB,
                        sentence, ctx, earlier, q < 0);
                return c.sources().isEmpty() && issuer.form() == Form.PRONOUN ? null : c;
            }
        }
        if (q < 0) {
            return reportingParticiple(toks, i, j, sentence, ctx, earlier);
        }
        if (j >= 0 && SUBORDINATORS.contains(toks.get(j).lower())) {
            sp = sentenceSubject(toks, j); // "Example paused before saying"
        } else if (j >= 0 && toks.get(j).isWord() && !toks.get(j).isPossessive()) {
            Tok w = toks.get(j);
            if (w.isCapitalized() && !Lexicon.TITLES.contains(w.lower())) {
                sp = PhraseParser.name(toks, j, true);
            } else if (Lexicon.PRONOUNS.contains(w.lower()) && !w.lower().equals("it")) {
                Span ps = new Span(w.start(), w.end());
                sp = new SourcePhrase(ps, List.of(ps), Form.PRONOUN);
            }
        } else if (j >= 0 && ",".equals(toks.get(j).text())) {
            // "Example said, adding, "..."": the participle goes on from a speech verb right before the comma
            int k = j - 1;
            if (k >= 1 && toks.get(k).isWord() && !toks.get(k).isCapitalized()
                    && Lexicon.isSpeechVerb(toks.get(k).text())
                    && !toks.get(k).lower().endsWith("ing")) {
                sp = PhraseParser.before(toks, k);
            }
            if (sp == null) {
                sp = sentenceSubject(toks, j);
            }
        }
        if (sp == null) {
            return null;
        }
        return make(new Span(toks.get(i).start(), toks.get(i).end()), sp, Shape.SUBJECT_VERB, sentence, ctx, earlier);
    }

    /**
     * {@code The campaign issued a statement saying ...}: a statement, letter or post that its issuer put out says
     * what the issuer says. Returns the index of the issuing verb when the participle's noun at {@code j} is such a
     * document after a determiner (and at most two modifiers) after that verb, else -1.
     */
    private static int issuingVerb(List<Tok> toks, int j) {
        if (j < 2 || !ISSUED.contains(toks.get(j).lower())) {
            return -1;
        }
        for (int k = j - 1; k >= 1 && j - k <= 3; k--) {
            if (Set.of("a", "an", "the", "its", "his", "her", "their").contains(toks.get(k).lower())) {
                int v = toks.get(k - 1).lower().equals("out") && k >= 2 ? k - 2 : k - 1;
                return ISSUING.contains(toks.get(v).lower()) && v >= 1 ? v : -1;
            }
            if (!toks.get(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> ISSUED = Set.of("statement", "letter", "memo", "release", "email", "e-mail",
            "note", "tweet", "message", "post", "video", "ad", "advertisement", "report", "op-ed", "editorial");

    private static final Set<String> ISSUING = Set.of("issued", "released", "sent", "put", "posted", "published",
            "tweeted", "wrote", "emailed", "e-mailed", "circulated", "aired", "ran", "issues", "releases", "sends",
            "posts", "publishes", "runs");

    /**
     * {@code Example rejected the plan on Monday, saying it would cost jobs}: without a quotation the participle
     * still reports what the sentence's subject said, when it opens a clause of its own after a comma or "and"
     * ("..., and calling the bill a disgrace") and something is said after it. A participle right after a noun
     * ("voters saying they ...") modifies that noun and is left alone.
     */
    private static Cue reportingParticiple(List<Tok> toks, int i, int j, Span sentence, Context ctx,
                                           List<Source> earlier) {
        if (j < 1 || i + 2 >= toks.size() || !toks.get(i + 1).isWord()) {
            return null;
        }
        SourcePhrase absolute = absoluteSubject(toks, j);
        if (absolute != null) {
            return claim(new Span(toks.get(i).start(), toks.get(i).end()), absolute, Shape.SUBJECT_VERB, sentence,
                    ctx, earlier);
        }
        String before = toks.get(j).text();
        if (!",".equals(before) && !"and".equals(toks.get(j).lower())) {
            return null;
        }
        SourcePhrase sp = sentenceSubject(toks, j);
        if (sp == null || sp.form() == Form.DESCRIPTION && !Lexicon.isSourceHead(lastWord(toks, sp))) {
            return null;
        }
        return claim(new Span(toks.get(i).start(), toks.get(i).end()), sp, Shape.SUBJECT_VERB, sentence, ctx, earlier);
    }

    /**
     * {@code ..., with Example noting the cost}: in an absolute clause after "with" the name or source noun right
     * before the -ing speech verb is its subject. {@code null} unless that phrase directly follows "with".
     */
    private static SourcePhrase absoluteSubject(List<Tok> toks, int j) {
        Tok w = toks.get(j);
        if (!w.isWord() || w.isPossessive()) {
            return null;
        }
        SourcePhrase sp = w.isCapitalized() ? PhraseParser.name(toks, j, false)
                : Lexicon.isSourceHead(w.text()) ? PhraseParser.description(toks, j, j) : null;
        if (sp == null) {
            return null;
        }
        int k = indexOf(toks, sp.phrase().start());
        return k > 0 && toks.get(k - 1).lower().equals("with") ? sp : null;
    }

    private static boolean startsAt(List<Tok> toks, SourcePhrase sp, int k) {
        return toks.get(k).start() <= sp.phrase().start();
    }

    /**
     * {@code "...?" Example pressed.} or {@code Example resisted: "..."}: a past-tense verb outside the lexicon
     * still frames a quotation when it stands right against it with nothing but its subject and an adverb.
     */
    private static Cue framingVerb(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        SourcePhrase sp = PhraseParser.before(toks, i);
        if (sp == null || sp.form() == Form.DESCRIPTION && !Lexicon.isSourceHead(lastWord(toks, sp))) {
            return null;
        }
        int n = i + 1;
        while (n < toks.size() && (PhraseParser.isAuxOrAdverb(toks.get(n)) || toks.get(n).lower().equals("back"))) {
            n++;
        }
        boolean closes = n == toks.size() || ".".equals(toks.get(n).text());
        boolean opens = n < toks.size() && toks.get(n).isMask()
                || n + 1 < toks.size() && (":".equals(toks.get(n).text()) || ",".equals(toks.get(n).text()))
                && toks.get(n + 1).isMask()
                || n + 1 == toks.size() && ":".equals(toks.get(n).text());
        int first = indexOf(toks, sp.phrase().start());
        boolean quoteBefore = first > 0 && (toks.get(first - 1).isMask()
                || first > 1 && ",".equals(toks.get(first - 1).text()) && toks.get(first - 2).isMask());
        // "... negotiable?" Example pressed.": the splitter may have cut right after the quotation
        quoteBefore |= first == 0 && afterQuote(ctx, sentence.start());
        if (!(quoteBefore && (closes || ",".equals(n < toks.size() ? toks.get(n).text() : ""))) && !opens) {
            return null;
        }
        return make(new Span(toks.get(i).start(), toks.get(i).end()), sp, Shape.SUBJECT_VERB, sentence, ctx, earlier);
    }

    /** Whether a quotation closes just before {@code at}, with only marks, punctuation and spaces between. */
    private static boolean afterQuote(Context ctx, int at) {
        for (Span q : ctx.quoted()) {
            if (q.end() <= at && at - q.end() <= 4) {
                boolean clean = true;
                for (int k = q.end(); k < at; k++) {
                    char c = ctx.text().charAt(k);
                    clean &= Character.isWhitespace(c) || "\"”’'.,?!".indexOf(c) >= 0;
                }
                if (clean) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lastWord(List<Tok> toks, SourcePhrase sp) {
        String w = "";
        for (Tok t : toks) {
            if (t.end() <= sp.phrase().end() && t.start() >= sp.phrase().start() && t.isWord()) {
                w = t.text();
            }
        }
        return w;
    }

    private static int indexOf(List<Tok> toks, int start) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() == start) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> SUBORDINATORS = Set.of("before", "after", "while", "by", "when", "without",
            "then", "and", "even", "simply");

    /** Words that open a sentence before its subject: "In a statement on Monday, Example ...". */
    private static final Set<String> INTRO_WORDS = Set.copyOf(List.of("in", "on", "at", "during", "after", "before",
            "later", "as",
            "earlier", "last", "this", "then", "but", "and", "speaking", "asked", "when", "while", "since",
            "meanwhile", "still", "yet", "also", "separately", "afterward", "afterwards", "today", "yesterday",
            "once", "now", "here", "there", "so", "instead", "indeed", "however", "although", "though", "because",
            "if", "despite", "with", "for", "from", "by", "unlike", "like", "amid", "among", "over", "under",
            "throughout", "until", "within", "without", "addressing", "asked", "responding", "according"));

    /** The subject opening the sentence (after an introductory phrase), if it is a name, pronoun or source noun. */
    private static SourcePhrase sentenceSubject(List<Tok> toks, int limit) {
        int s = 0;
        if (s < limit && INTRO_WORDS.contains(toks.get(s).lower())) {
            s = -1;
            for (int k = 1; k < limit && k <= 12; k++) {
                if (",".equals(toks.get(k).text())) {
                    s = k + 1;
                    break;
                }
                if (toks.get(k).isMask()) {
                    return null;
                }
            }
            if (s < 0) {
                return null;
            }
        }
        if (s >= limit) {
            return null;
        }
        Tok first = toks.get(s);
        if (!first.isWord()) {
            return null;
        }
        if (Lexicon.PRONOUNS.contains(first.lower()) && !first.lower().equals("it")) {
            Span ps = new Span(first.start(), first.end());
            return new SourcePhrase(ps, List.of(ps), Form.PRONOUN);
        }
        if (INTRO_WORDS.contains(first.lower()) || Set.of("i", "we", "you").contains(first.lower())) {
            return null; // a second opener, or a first-person narrator the rules do not resolve
        }
        if (Lexicon.DETERMINERS.contains(first.lower())) {
            for (int k = s + 1; k < limit && k <= s + 4 && toks.get(k).isWord(); k++) {
                if (Lexicon.isSourceHead(toks.get(k).text())) {
                    return PhraseParser.description(toks, k, k);
                }
            }
            return null;
        }
        if (!first.isCapitalized()) {
            return null;
        }
        int e = s;
        while (e + 1 < limit && (toks.get(e + 1).isWord() && toks.get(e + 1).isCapitalized()
                && !toks.get(e).isPossessive())) {
            e++;
        }
        if (toks.get(e).isPossessive()) {
            return null; // "Example's campaign said": the campaign speaks, not the person
        }
        return PhraseParser.name(toks, e, true);
    }

    /**
     * Punctuation that attributes by itself: {@code "..." ― Ann Example} (a signature dash after a quotation)
     * and {@code Ann Example: "..."} (a name and a colon opening the sentence, or after a dash).
     */
    private static Cue markCue(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        Tok t = toks.get(i);
        Span at = new Span(t.start(), t.end());
        if ("―—–".contains(t.text()) && i > 0 && toks.get(i - 1).isMask() && i + 1 < toks.size()) {
            int e = i + 1;
            while (e < toks.size() && e - i <= 6 && toks.get(e).isWord() && (toks.get(e).isCapitalized()
                    || CONNECTOR_WORDS.contains(toks.get(e).lower()))) {
                e++;
            }
            boolean ends = e == toks.size() || ".".equals(toks.get(e).text()) || ",".equals(toks.get(e).text());
            if (e > i + 1 && ends && toks.get(e - 1).isCapitalized()) {
                SourcePhrase sp = PhraseParser.name(toks, e - 1, false);
                if (sp != null && sp.phrase().start() >= toks.get(i + 1).start()) {
                    return make(at, sp, Shape.VERB_SUBJECT, sentence, ctx, earlier);
                }
            }
            return null;
        }
        if (":".equals(t.text()) && i > 0 && i + 4 < toks.size() && !toks.get(i + 1).isMask()) {
            return headlineColon(toks, i, sentence, ctx, earlier);
        }
        if (":".equals(t.text()) && i + 1 < toks.size() && toks.get(i + 1).isMask() && i > 0) {
            int b = i - 1;
            while (b >= 0 && i - b <= 5 && toks.get(b).isWord() && (toks.get(b).isCapitalized()
                    || CONNECTOR_WORDS.contains(toks.get(b).lower()))) {
                b--;
            }
            int first = b + 1;
            boolean opens = b < 0 || "-―—–".contains(toks.get(b).text());
            boolean turn = b < 0 && opensLine(ctx, sentence) && !kicker(toks.subList(first, i));
            boolean shout = toks.subList(first, i).stream().allMatch(w -> w.text().equals(w.text().toUpperCase()));
            if (first < i && opens && (!shout || turn) && toks.get(i - 1).isCapitalized()) {
                SourcePhrase sp = PhraseParser.name(toks, i - 1, false);
                boolean known = i - first >= 2 || turn;
                for (var en : ctx.entities()) {
                    known |= sp != null && en.span().overlaps(sp.head());
                }
                if (sp != null && known && sp.phrase().start() >= toks.get(first).start()) {
                    return make(at, sp, Shape.SUBJECT_VERB, sentence, ctx, earlier);
                }
            }
            // "Example went even further: "..."": the colon hands the quotation to the sentence's subject, unless a
            // speech verb of the sentence already does ("..., Example said: "..."")
            for (int k = 0; k < i; k++) {
                if (toks.get(k).isMask() || Lexicon.isSpeechVerb(toks.get(k).text()) && !toks.get(k).isCapitalized()) {
                    return null;
                }
            }
            SourcePhrase subj = sentenceSubject(toks, i);
            if (subj != null && i - indexOf(toks, subj.phrase().start()) <= 20) {
                int end = indexOf(toks, subj.phrase().start());
                while (end + 1 < i && toks.get(end + 1).start() < subj.phrase().end()) {
                    end++;
                }
                if (end + 1 < i && !toks.get(end + 1).isCapitalized()) {
                    return make(at, subj, Shape.SUBJECT_VERB, sentence, ctx, earlier);
                }
            }
        }
        return null;
    }

    /**
     * {@code Ann Example: The plan is a failure}: a name opening a sentence (a headline or a transcript turn) and a
     * colon credit the claim after it to the name even without quotation marks. The name must be all the sentence
     * holds before the colon, be a recognised entity or run over two words, and the claim have four words or more.
     */
    private static Cue headlineColon(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        for (int k = 0; k < i; k++) {
            Tok w = toks.get(k);
            if (!w.isWord() || !w.isCapitalized() && !CONNECTOR_WORDS.contains(w.lower()) || i > 5) {
                return null;
            }
        }
        int words = 0;
        for (int k = i + 1; k < toks.size(); k++) {
            words += toks.get(k).isWord() ? 1 : 0;
        }
        boolean turn = opensLine(ctx, sentence) && !kicker(toks.subList(0, i));
        boolean shout = toks.subList(0, i).stream().allMatch(w -> w.text().equals(w.text().toUpperCase()));
        if (words < 4 || shout && !turn || !toks.get(i - 1).isCapitalized()) {
            return null;
        }
        SourcePhrase sp = PhraseParser.name(toks, i - 1, false);
        if (sp == null || sp.phrase().start() != toks.get(0).start()) {
            return null;
        }
        boolean known = i >= 2 || turn;
        for (var en : ctx.entities()) {
            known |= en.span().overlaps(sp.head());
        }
        return known ? claim(new Span(toks.get(i).start(), toks.get(i).end()), sp, Shape.SUBJECT_VERB, sentence, ctx,
                earlier) : null;
    }

    /**
     * Whether the sentence opens its line: a headline ("Example: Talks will resume") or a transcript turn
     * ("EXAMPLE: Well, I think ..."), where a name and a colon credit what follows even when the name is a lone
     * word the recogniser does not know or is set in capitals.
     */
    private static boolean opensLine(Context ctx, Span sentence) {
        String text = ctx.text();
        int line = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
        return sentence.start() == 0 || line > 0 && text.substring(line, sentence.start()).isBlank();
    }

    /**
     * A label before a headline's colon rather than a speaker: a kicker ("Breaking:", "Exclusive:", "Watch:"), a
     * credit or correction line, or the single letter of an interview's questions and answers.
     */
    private static boolean kicker(List<Tok> label) {
        return label.size() == 1 && (label.get(0).text().length() < 2 || KICKERS.contains(label.get(0).lower()));
    }

    private static final Set<String> KICKERS = Set.of("breaking", "exclusive", "update", "updated", "updates",
            "correction", "corrections", "contributing", "watch", "look", "listen", "revealed", "wow", "boom",
            "video", "photos", "analysis", "opinion", "editorial", "related", "note", "source", "sources", "credit",
            "disclosure", "read", "see", "more", "also", "previously", "live", "developing", "alert", "first");

    private static final Set<String> CONNECTOR_WORDS = Set.of("de", "van", "von", "al", "bin", "da", "di", "del",
            "der", "la", "le");

    /** Verb and particle that speak together ("shot back", "went on", "points out", "as Example put it"). */
    private static final java.util.Map<String, String> PHRASAL = java.util.Map.ofEntries(
            java.util.Map.entry("shot", "back"), java.util.Map.entry("shoots", "back"),
            java.util.Map.entry("fired", "back"), java.util.Map.entry("fires", "back"),
            java.util.Map.entry("hit", "back"), java.util.Map.entry("hits", "back"),
            java.util.Map.entry("went", "on"), java.util.Map.entry("goes", "on"),
            java.util.Map.entry("points", "out"), java.util.Map.entry("pointed", "out"),
            java.util.Map.entry("chimed", "in"), java.util.Map.entry("chimes", "in"),
            java.util.Map.entry("spoke", "up"), java.util.Map.entry("weighed", "in"),
            java.util.Map.entry("summed", "up"), java.util.Map.entry("put", "it"), java.util.Map.entry("puts", "it"));

    /** Verbs that may open a sentence before their subject and a colon ("Continued Example: ..."). */
    private static final Set<String> OPENING_VERBS = Set.of("said", "says", "added", "adds", "continued",
            "continues", "stated", "wrote", "writes", "explained", "concluded", "concludes", "declared", "replied");

    /**
     * {@code "...," Example shot back} or {@code Example went on to say: "..."}: a verb with its particle is
     * speech only when it frames a quotation, since "went on a tour" is not.
     */
    private static Cue phrasal(List<Tok> toks, int i, Span sentence, Context ctx, List<Source> earlier) {
        SourcePhrase sp = PhraseParser.before(toks, i);
        if (sp == null || passive(toks, sp, i)) {
            return null;
        }
        int end = i + 1;
        if (end + 2 < toks.size() && toks.get(end + 1).lower().equals("to")
                && Lexicon.isSpeechVerb(toks.get(end + 2).text())) {
            end += 2;
        }
        Span cue = new Span(toks.get(i).start(), toks.get(end).end());
        if (!framesQuote(toks, sp, end, ctx, sentence)) {
            // "Example pointed out that ...", "she went on to say the plan ...": speech without a quotation
            boolean clause = end + 1 < toks.size() && toks.get(end + 1).lower().equals("that");
            boolean speech = toks.get(i).lower().startsWith("point") && clause || end > i + 1;
            return speech && end + 1 < toks.size() ? claim(cue, sp, Shape.SUBJECT_VERB, sentence, ctx, earlier) : null;
        }
        return make(cue, sp, Shape.SUBJECT_VERB, sentence, ctx, earlier);
    }

    /** {@code Continued Example: "..."}: a verb opening the sentence, its subject after it, then a colon. */
    private static Cue openingVerb(List<Tok> toks, Span sentence, Context ctx, List<Source> earlier) {
        SourcePhrase fw = PhraseParser.forward(toks, 1);
        if (fw == null || fw.form() == Form.PRONOUN) {
            return null;
        }
        int after = -1;
        for (int k = 1; k < toks.size(); k++) {
            if (toks.get(k).start() >= fw.phrase().end()) {
                after = k;
                break;
            }
        }
        boolean colon = after >= 0 && toks.get(after).text().equals(":");
        boolean commaQuote = after >= 0 && after + 1 < toks.size() && toks.get(after).text().equals(",")
                && toks.get(after + 1).isMask();
        if (!colon && !commaQuote) {
            return null;
        }
        return make(new Span(toks.get(0).start(), toks.get(0).end()), fw, Shape.VERB_SUBJECT, sentence, ctx,
                earlier);
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

    /**
     * Verbs that make a clause about speech whatever their subject, so a lone capitalised word before them
     * ("Example said") is a name even when the recogniser missed it.
     */
    private static final Set<String> PLAIN = Set.of("said", "says", "told", "tells", "added", "adds", "replied",
            "continued", "recalled", "explained", "insisted", "argued", "noted", "wrote", "tweeted", "asked");

    /**
     * {@code "...," he continued} or {@code Example asked: "..."}: a weak cue right against a quotation frames
     * it, so it counts whatever its subject.
     */
    private static boolean framesQuote(List<Tok> toks, SourcePhrase sp, int verb, Context ctx, Span sentence) {
        int first = -1;
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() == sp.phrase().start()) {
                first = k;
                break;
            }
        }
        boolean quoteBefore = first > 0 && (toks.get(first - 1).isMask()
                || first > 1 && ",".equals(toks.get(first - 1).text()) && toks.get(first - 2).isMask())
                || first == 0 && afterQuote(ctx, sentence.start());
        int n = verb + 1;
        while (n < toks.size() && PhraseParser.isAuxOrAdverb(toks.get(n))) {
            n++; // "fired back forcefully:"
        }
        boolean quoteAfter = n < toks.size() && (toks.get(n).isMask()
                || (":".equals(toks.get(n).text()) && n + 1 == toks.size())
                || n + 1 < toks.size() && (":".equals(toks.get(n).text()) || ",".equals(toks.get(n).text()))
                && toks.get(n + 1).isMask());
        return quoteBefore || quoteAfter;
    }

    /**
     * {@code Example is calling for a vote}, {@code they were saying}: a speech verb in -ing after a form of "be"
     * is the finite verb of its clause, not a participle hanging off another one.
     */
    private static boolean progressive(List<Tok> toks, int i) {
        if (!toks.get(i).lower().endsWith("ing")) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && PhraseParser.isAuxOrAdverb(toks.get(k)) && !BE.contains(toks.get(k).lower())) {
            k--;
        }
        return k > 0 && BE.contains(toks.get(k).lower());
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be");

    /** "Kirby was asked": the subject is the one spoken to, not the speaker. */
    private static boolean passive(List<Tok> toks, SourcePhrase sp, int verb) {
        if (toks.get(verb).lower().endsWith("ing")) {
            return false; // "Example is saying": a progressive, not a passive
        }
        for (int k = verb - 1; k >= 0 && toks.get(k).start() >= sp.phrase().end(); k--) {
            if (PASSIVE.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Weak cues that are acts of speech or belief when a person is their subject ("Sanders called it a disgrace",
     * "she believes"), though not when a thing is ("the bill calls for", "the data suggest" are left to the
     * description rule).
     */
    private static final Set<String> PERSONAL_WEAK = Set.of("believe", "believes", "believed", "think", "thinks",
            "thought", "call", "calls", "called", "ask", "asks", "asked", "suggest", "suggests", "suggested",
            "praise", "praised", "question", "questioned", "demand", "demanded", "describe", "described",
            "agree", "agreed", "cite", "cites", "cited", "quote", "quoted", "signal", "signaled", "signalled",
            "indicate", "indicates", "indicated");

    /** Weak cues ("show", "believe") count only for plain sources: documents, outlets, described sources. */
    private static boolean strongEnough(Cue c) {
        if (c.sources().isEmpty()) {
            return false;
        }
        SourceKind k = c.sources().get(0).kind();
        return c.phrase().form() == Form.DESCRIPTION || (c.phrase().form() == Form.NAME && k == SourceKind.OUTLET);
    }

    private static Cue make(Span cue, SourcePhrase sp, Shape shape, Span sentence, Context ctx, List<Source> earlier) {
        return make(cue, sp, shape, sentence, ctx, earlier, false);
    }

    /** A cue of {@link Cue#claimOnly()} kind. */
    private static Cue claim(Span cue, SourcePhrase sp, Shape shape, Span sentence, Context ctx,
                             List<Source> earlier) {
        return make(cue, sp, shape, sentence, ctx, earlier, true);
    }

    private static Cue make(Span cue, SourcePhrase sp, Shape shape, Span sentence, Context ctx, List<Source> earlier,
                            boolean claimOnly) {
        List<Source> sources = new ArrayList<>();
        for (Span h : sp.heads()) {
            Source s = SourceResolver.resolve(ctx, sp, h, earlier);
            if (s != null) {
                sources.add(s);
            }
        }
        return new Cue(cue, sp, sources, shape, sentence, claimOnly);
    }
}
