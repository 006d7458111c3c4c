package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Claim;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.Quantity;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.Span;
import org.crosscheck.api.TimeExpression;
import org.crosscheck.api.stage.ClaimExtractor;

/**
 * One claim per checkable sentence. A sentence is checkable when it reports something a second outlet could
 * confirm or contradict: it has a verb (a header such as "Troops on the border" has none), it names an entity, a
 * number or a time, and it is neither a question nor a fragment nor inside a non-reporting region (Q&amp;A, opinion).
 *
 * <p>Why sentences and not clauses: upstream sentence spans are reliable while clause boundaries from regular
 * expressions are not, and evidence must point at text a reader recognises. The aligner compares claims by their
 * content words, so a long sentence still meets a short one that states the same fact.
 */
public final class SentenceClaimExtractor implements ClaimExtractor {

    /** Fewer words than this is a caption, a dateline or a fragment, not a statement. */
    static final int MIN_WORDS = 5;

    public SentenceClaimExtractor() {
    }

    @Override
    public List<Claim> extract(AnnotatedArticle doc) {
        List<Claim> out = new ArrayList<>();
        if (doc == null) {
            return out;
        }
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            Claim c = claimOf(doc, text, s);
            if (c != null) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static Claim claimOf(AnnotatedArticle doc, String text, Sentence s) {
        int start = Math.max(0, s.start());
        int end = Math.min(text.length(), s.end());
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2) {
            return null;
        }
        Span span = new Span(start, end);
        if (doc.isNonReporting(span)) {
            return null;
        }
        String sentence = text.substring(start, end);
        if (isQuestion(sentence) || REPORTED_QUESTION.matcher(sentence).find()) {
            return null;
        }
        List<String> words = Lexicon.words(sentence);
        if (words.size() < MIN_WORDS || words.stream().noneMatch(Lexicon::isVerbLike)) {
            return null;
        }
        List<String> entities = new ArrayList<>();
        for (EntityMention m : doc.entities()) {
            if (span.contains(m.span()) && !entities.contains(m.canonical())) {
                entities.add(m.canonical());
            }
        }
        List<Quantity> quantities = doc.quantities().stream().filter(q -> span.contains(q.span())).toList();
        List<TimeExpression> times = doc.times().stream().filter(t -> span.contains(t.span())).toList();
        if (entities.isEmpty() && quantities.isEmpty() && times.isEmpty()) {
            return null;
        }
        return new Claim(doc.id() + ":" + start, doc.id(), start, end, sentence, entities, quantities, times,
                attributionFor(doc, span), Lexicon.isNegated(sentence), doc.anchor());
    }

    /**
     * The whole text of an article as one claim, with every entity, figure and time in it: for data that gives
     * claims already cut out (one sentence per item), where the checkability filter must not drop any.
     */
    public static Claim wholeText(AnnotatedArticle doc) {
        String text = doc.text();
        Span span = new Span(0, text.length());
        List<String> entities = new ArrayList<>();
        for (EntityMention m : doc.entities()) {
            if (!entities.contains(m.canonical())) {
                entities.add(m.canonical());
            }
        }
        return new Claim(doc.id() + ":0", doc.id(), 0, text.length(), text, entities, doc.quantities(), doc.times(),
                attributionFor(doc, span), Lexicon.isNegated(text), doc.anchor());
    }

    /** "When asked whether X, Y said ...": X is a question put, not something reported as fact. */
    private static final java.util.regex.Pattern REPORTED_QUESTION = java.util.regex.Pattern.compile(
            "\\basked\\b[^.;:]{0,60}?\\b(?:whether|if)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A question ends with "?", or its closing quote or bracket follows one. */
    static boolean isQuestion(String sentence) {
        String t = sentence.strip();
        while (!t.isEmpty() && "\"'”’)]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith("?");
    }

    /**
     * The attribution that covers a sentence: one stated inside it wins ("..., according to two officials"), else
     * one whose reported content reaches into it (a source named in the previous sentence).
     */
    static Attribution attributionFor(AnnotatedArticle doc, Span sentence) {
        Attribution best = null;
        int bestScore = 0;
        for (Attribution a : doc.attributions()) {
            int score = 0;
            if (sentence.overlaps(a.span())) {
                score = 2 * overlap(sentence, a.span()) + 1;
            } else if (a.content() != null && sentence.overlaps(a.content())) {
                score = overlap(sentence, a.content());
            }
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
