package org.crosscheck.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Span;
import org.crosscheck.api.stage.AttributionExtractor;
import org.crosscheck.quotes.CueScanner.Cue;
import org.crosscheck.quotes.CueScanner.Shape;
import org.crosscheck.quotes.SourceResolver.Source;

/**
 * Reported information and who it is credited to, by rule: every speech cue with a source ("CNN reported on Sunday,
 * citing two US officials", "according to John Kirby", "Congressional sources suggest", "the report said") becomes
 * an attribution whose content is the quotation it frames, the reported clause, or the rest of the sentence when the
 * cue comes last, bounded as {@link ReportedContent} says.
 * Coordinated names ("The Times and The Post, citing unnamed sources") give one attribution each over the same
 * phrase. Stateless and thread-safe.
 */
public final class RuleAttributionExtractor implements AttributionExtractor {

    /** What may follow a cue before ", citing ...": a day or a setting ("on Sunday", "in a statement"). */
    private static final Pattern CITING_TAIL = Pattern.compile(
            "^(?:\\s+(?:on|last|this|late|early)\\s+\\p{Lu}\\p{L}+|\\s+(?:yesterday|today|earlier|later|"
                    + "in an? (?:statement|interview|report|article|post))){0,2}\\s*,?\\s+citing\\s+");

    public RuleAttributionExtractor() {
    }

    @Override
    public List<Attribution> extract(AnnotatedArticle doc) {
        if (doc == null || doc.text() == null || doc.text().isBlank()) {
            return List.of();
        }
        List<Attribution> all = run(RuleQuoteExtractor.Analysis.of(doc));
        if (doc.regions().isEmpty()) {
            return all;
        }
        // opinion and generated Q&A are not reporting, so what they credit is not sourcing
        return all.stream().filter(a -> !doc.isNonReporting(a.span())).toList();
    }

    static List<Attribution> run(RuleQuoteExtractor.Analysis a) {
        String text = a.units().text();
        List<Attribution> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Cue c : a.cues()) {
            if (c.sources().isEmpty()) {
                continue;
            }
            Span phrase = phraseOf(c, a);
            Span content = contentOf(c, phrase, a);
            for (Source s : c.sources()) {
                if (seen.add(phrase.start() + ":" + phrase.end() + ":" + s.name())) {
                    out.add(new Attribution(phrase.start(), phrase.end(), text.substring(phrase.start(), phrase.end()),
                            s.name(), s.kind(), content));
                }
            }
        }
        return out;
    }

    /**
     * The content {@code c} reports, as its attribution would carry it; {@code null} when the sentence has none.
     * Defined for every cue, with or without a resolved source, so benchmarks can score the same cues as sources.
     */
    static Span contentOf(Cue c, RuleQuoteExtractor.Analysis a) {
        return contentOf(c, phraseOf(c, a), a);
    }

    /** Source and cue, stretched over a following ", citing X" so second-hand sourcing stays visible. */
    private static Span phraseOf(Cue c, RuleQuoteExtractor.Analysis a) {
        Span w = c.whole();
        int end = w.end();
        if (c.shape() == Shape.SUBJECT_VERB) {
            String masked = a.masked();
            Matcher m = CITING_TAIL.matcher(masked).region(end, c.sentence().end());
            if (m.find()) {
                List<Tok> toks = Tok.tokenize(masked, m.end(), c.sentence().end());
                SourcePhrase cited = PhraseParser.forward(toks, 0);
                if (cited != null) {
                    end = cited.phrase().end();
                }
            }
        }
        return new Span(w.start(), end);
    }

    /**
     * The quotation the cue frames ({@link ReportedContent#quoted}), else the reported clause after the cue, or the
     * sentence before it when the cue closes the sentence.
     */
    private static Span contentOf(Cue c, Span phrase, RuleQuoteExtractor.Analysis a) {
        String text = a.units().text();
        Span sent = c.sentence();
        boolean opens = text.substring(sent.start(), c.cue().start()).isBlank();
        if (c.shape() == Shape.ACCORDING_TO && opens) {
            return trim(text, phrase.end(), sent.end());
        }
        Span quoted = ReportedContent.quoted(c, phrase, a);
        if (quoted != null) {
            return quoted;
        }
        if (c.shape() == Shape.ACCORDING_TO) {
            return trim(text, sent.start(), c.cue().start());
        }
        if (c.shape() == Shape.SUBJECT_VERB) {
            List<Tok> rest = Tok.tokenize(text, phrase.end(), sent.end());
            int words = 0;
            for (Tok t : rest) {
                if (t.isWord()) {
                    words++;
                }
            }
            Span after = words >= 3 ? ReportedContent.closingQuotes(
                    ReportedContent.clauseAfter(text, a.masked(), phrase.end(), sent.end()), a)
                    : trim(text, phrase.end(), sent.end());
            Span relative = ReportedContent.fromRelative(text, sent.start(), phrase.start(), after);
            if (words >= 3 || relative != after) {
                return relative;
            }
        }
        Span before = ReportedContent.before(text, sent.start(), phrase.start());
        return before != null || c.shape() != Shape.SUBJECT_VERB ? before : trim(text, phrase.end(), sent.end());
    }

    private static Span trim(String text, int s, int e) {
        return ReportedContent.trim(text, s, e);
    }
}
