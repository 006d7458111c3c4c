package org.crosscheck.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Quote;
import org.crosscheck.api.Span;
import org.crosscheck.api.stage.QuoteExtractor;
import org.crosscheck.quotes.CueScanner.Cue;
import org.crosscheck.quotes.QuoteMarks.Quoted;
import org.crosscheck.quotes.SourceResolver.Context;
import org.crosscheck.quotes.SourceResolver.Source;

/**
 * Direct quotations and their speakers, by rule. Marks are paired first ({@link QuoteMarks}), names and scare
 * quotes set aside ({@link QuoteShape}), then each quotation takes its speaker from the speech cue that frames it:
 * right after it ("...," Kirby said), before it in its sentence (Kirby said, "..."), the colon-ended sentence
 * before it, or the other parts of a quotation split across paragraphs. Stateless and thread-safe.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {

    public RuleQuoteExtractor() {
    }

    @Override
    public List<Quote> extract(AnnotatedArticle doc) {
        if (doc == null || doc.text() == null || doc.text().isBlank()) {
            return List.of();
        }
        return run(Analysis.of(doc));
    }

    static List<Quote> run(Analysis a) {
        String text = a.units().text();
        Map<Integer, Source> chainSpeaker = new HashMap<>();
        List<Source> found = new ArrayList<>();
        List<Boolean> attributedHere = new ArrayList<>();
        for (Quoted q : a.quotes()) {
            Cue own = ownCue(a, q);
            Source s = own != null && !own.sources().isEmpty() ? own.sources().get(0) : null;
            attributedHere.add(own != null && !own.claimOnly());
            if (s == null && own == null) {
                s = colonIntroduced(a, q);
            }
            if (s == null && own == null) {
                s = continued(a, q, found);
            }

            found.add(s);
            if (s != null) {
                chainSpeaker.putIfAbsent(q.chain(), s);
            }
        }
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < a.quotes().size(); i++) {
            Quoted q = a.quotes().get(i);
            QuoteShape shape = a.shapes().get(i);
            if (shape == QuoteShape.FRAGMENT && !attributedHere.get(i)) {
                continue;
            }
            Source s = found.get(i);
            if (s == null) {
                s = chainSpeaker.get(q.chain());
            }
            String inner = text.substring(q.start(), q.end());
            out.add(s == null ? new Quote(q.start(), q.end(), inner, null, null, null)
                    : new Quote(q.start(), q.end(), inner, s.name(), s.span(), s.kind()));
        }
        return out;
    }

    /** The cue in the quotation's own sentence(s): right after it first, else the nearest one before it. */
    private static Cue ownCue(Analysis a, Quoted q) {
        TextUnits u = a.units();
        String text = u.text();
        int closeAt = q.close() >= 0 ? q.close() + 1 : q.end();
        if (q.close() >= 0 && closeAt < a.masked().length() && a.masked().charAt(closeAt) == QuoteMarks.MASK
                && text.charAt(closeAt) == text.charAt(q.close())) {
            closeAt++; // the second character of a mark typed as ''
        }
        Span context = a.context(q);
        Cue after = null;
        Cue before = null;
        for (Cue c : a.cues()) {
            Span w = c.whole();
            if (w.start() >= closeAt && w.end() <= context.end()) {
                int anchor = c.shape() == CueScanner.Shape.VERB_SUBJECT ? c.cue().start()
                        : c.shape() == CueScanner.Shape.ACCORDING_TO ? c.cue().start() : c.phrase().phrase().start();
                if (onlyPunctuation(text, closeAt, anchor, a.masked()) && after == null) {
                    after = c;
                }
            } else if (w.end() <= q.open() && w.start() >= context.start()) {
                before = c;
            } else if (c.shape() == CueScanner.Shape.ACCORDING_TO && context.contains(c.cue().start()) && after == null
                    && c.cue().start() >= closeAt) {
                after = c;
            }
        }
        if (after == null && before == null) {
            after = nextSentenceCue(a, q, closeAt);
        }
        return after != null ? after : before;
    }

    /**
     * {@code "...?" Example replied.}: the splitter cuts after the closing mark, leaving the cue as a short
     * sentence of its own right after the quotation; it frames the quotation when it opens that sentence and
     * no reported clause ("said that ...") or other quotation follows it.
     */
    private static Cue nextSentenceCue(Analysis a, Quoted q, int closeAt) {
        String masked = a.masked();
        int pe = a.units().paragraphEnd(Math.max(0, closeAt - 1));
        for (Cue c : a.cues()) {
            Span sent = c.sentence();
            if (sent.start() < closeAt || sent.start() > pe || !masked.substring(closeAt, sent.start()).isBlank()) {
                continue;
            }
            int anchor = c.shape() == CueScanner.Shape.SUBJECT_VERB ? c.phrase().phrase().start() : c.cue().start();
            if (anchor != sent.start() || c.sources().isEmpty()) {
                return null;
            }
            List<Tok> tail = Tok.tokenize(masked, c.whole().end(), sent.end());
            for (Tok t : tail) {
                if (t.isMask()) {
                    return null;
                }
            }
            // "... ?" Example said that ...": a reported clause of its own, not this quotation's frame
            return !tail.isEmpty() && tail.get(0).lower().equals("that") ? null : c;
        }
        return null;
    }

    /**
     * Whether the cue follows the quotation closely enough to frame it: only punctuation between them, or a short
     * run of words without a sentence break ("...'' of the plan, Mr. Example said").
     */
    private static boolean onlyPunctuation(String text, int from, int to, String masked) {
        if (to < from || to - from > 45) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = masked.charAt(i);
            if (c == QuoteMarks.MASK || c == '.' && i > from + 1 || c == '!' || c == '?' || c == ';') {
                return false;
            }
        }
        return true;
    }

    /** A quotation that opens its sentence after one ending in a colon ("He said:") takes that sentence's speaker. */
    private static Source colonIntroduced(Analysis a, Quoted q) {
        Span ctx = a.context(q);
        if (!a.masked().substring(ctx.start(), q.open()).isBlank()) {
            return null;
        }
        String text = a.units().text();
        int k = ctx.start() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < 0 || text.charAt(k) != ':') {
            return null;
        }
        Cue last = null;
        for (Cue c : a.cues()) {
            if (c.whole().end() <= k + 1 && c.whole().start() >= Math.max(0, k - 400) && !c.sources().isEmpty()) {
                last = c;
            }
        }
        return last == null ? null : last.sources().get(0);
    }

    /**
     * {@code "X," Kirby said. "Y."}: a quotation with no cue of its own, following another quotation in the same
     * paragraph, goes on in the same voice.
     */
    private static Source continued(Analysis a, Quoted q, List<Source> found) {
        int idx = a.quotes().indexOf(q);
        if (idx <= 0) {
            return null;
        }
        Quoted prev = a.quotes().get(idx - 1);
        Source s = found.get(idx - 1);
        if (s == null) {
            return null;
        }
        int ps = a.units().paragraphStart(q.open());
        boolean sameParagraph = prev.open() >= ps;
        String between = a.masked().substring(Math.max(prev.end(), Math.min(q.open(), prev.close() + 1)), q.open());
        int prevLine = ps - 1;
        while (prevLine > 0 && Character.isWhitespace(a.masked().charAt(prevLine - 1))) {
            prevLine--;
        }
        // blank lines between paragraphs are skipped: the previous paragraph is the last line with text on it
        boolean adjacentParagraph = !sameParagraph && a.masked().substring(ps, q.open()).isBlank()
                && prev.open() >= a.units().paragraphStart(Math.max(0, prevLine)) && between.length() < 80;
        return sameParagraph || adjacentParagraph ? s : null;
    }

    /** Everything both passes need, computed once per article. */
    record Analysis(TextUnits units, String masked, List<Quoted> quotes, List<QuoteShape> shapes, List<Cue> cues) {

        static Analysis of(AnnotatedArticle doc) {
            String text = doc.text();
            TextUnits units = TextUnits.of(doc);
            List<Quoted> all = QuoteMarks.find(text);
            List<Quoted> kept = new ArrayList<>();
            List<QuoteShape> shapes = new ArrayList<>();
            for (Quoted q : all) {
                QuoteShape s = QuoteShape.classify(text, q.open(), q.start(), q.end());
                if (s != QuoteShape.TERM) {
                    kept.add(q);
                    shapes.add(s);
                }
            }
            String masked = QuoteMarks.masked(text, kept);
            List<Span> quoted = kept.stream().map(q -> new Span(q.start(), q.end())).toList();
            Context ctx = Context.of(text, doc.entities(), quoted, units.sentences());
            List<Cue> cues = CueScanner.scan(units, masked, ctx);
            return new Analysis(units, masked, kept, shapes, cues);
        }

        /** From the start of the sentence the quotation opens in to the end of the one it closes in. */
        Span context(Quoted q) {
            int closeAt = q.close() >= 0 ? q.close() : q.end() - 1;
            int si = units.sentenceIndex(q.open());
            int ei = units.sentenceIndex(Math.max(q.open(), closeAt));
            int start = si >= 0 ? Math.min(units.sentences().get(si).start(), q.open()) : units.paragraphStart(q.open());
            int end = ei >= 0 ? Math.max(units.sentences().get(ei).end(), closeAt + 1) : units.paragraphEnd(closeAt);
            int ps = units.paragraphStart(q.open());
            int pe = units.paragraphEnd(closeAt);
            return new Span(Math.max(start, ps), Math.max(Math.min(end, pe), Math.min(closeAt + 1, units.text().length())));
        }
    }
}
