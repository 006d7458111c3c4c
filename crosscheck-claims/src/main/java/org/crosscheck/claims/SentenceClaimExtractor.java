package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Claim;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.Quantity;
import org.crosscheck.api.Quote;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.Span;
import org.crosscheck.api.TimeExpression;
import org.crosscheck.api.stage.ClaimExtractor;

/**
 * The claims of the checkable sentences, one per clause unit. A sentence is checkable when it reports something a
 * second outlet could confirm or contradict: it has a verb (a header such as "Troops on the border" has none), it
 * names an entity, a number or a time, and it is neither a question nor a fragment nor inside a non-reporting region
 * (Q&amp;A, opinion).
 *
 * <p>Why clause units and not whole sentences: a sentence that states two facts ("the ministry approved the closure
 * after dockworkers walked out") could join only one claim group, so the outlet went missing from the other. A
 * sentence is divided only at the general clause boundaries of {@link Clauses}, and only when each part is a
 * statement naming something checkable; otherwise it stays one claim. A unit is a span of its sentence, so the
 * brief cites the exact clause, and it keeps the sentence's attribution and the article's date.
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
            out.addAll(claimsOf(doc, text, s));
        }
        return List.copyOf(out);
    }

    /**
     * The claims of one sentence: one per clause unit ({@link Clauses}) when it states several facts, else one for
     * the whole sentence. Every unit keeps the sentence's attribution and the article's date; its entities, figures
     * and times are those inside its own span.
     */
    private static List<Claim> claimsOf(AnnotatedArticle doc, String text, Sentence s) {
        int start = Math.max(0, s.start());
        int end = Math.min(text.length(), s.end());
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2) {
            return List.of();
        }
        Span span = new Span(start, end);
        if (doc.isNonReporting(span)) {
            return List.of();
        }
        String sentence = text.substring(start, end);
        if (isQuestion(sentence) || REPORTED_QUESTION.matcher(sentence).find()) {
            return List.of();
        }
        List<String> words = Lexicon.words(sentence);
        if (words.size() < MIN_WORDS || words.stream().noneMatch(Lexicon::isVerbLike)) {
            return List.of();
        }
        List<EntityMention> entities = doc.entities().stream().filter(m -> span.contains(m.span())).toList();
        List<Quantity> quantities = doc.quantities().stream().filter(q -> span.contains(q.span())).toList();
        List<TimeExpression> times = doc.times().stream().filter(t -> span.contains(t.span())).toList();
        if (entities.isEmpty() && quantities.isEmpty() && times.isEmpty()) {
            return List.of();
        }
        Attribution attribution = attributionFor(doc, span);
        int offset = start;
        List<Clauses.Unit> units = Clauses.split(sentence, u -> names(new Span(offset + u.start(), offset + u.end()),
                entities, quantities, times));
        List<Claim> out = new ArrayList<>(units.size());
        String previous = null;
        for (Clauses.Unit u : units) {
            Span at = new Span(start + u.start(), start + u.end());
            String statement = sentence.substring(u.start(), u.end());
            // an object conjunct ("... driven by A and B": B) is negated when its shared head is
            String head = previous == null ? null : Clauses.sharedHead(previous, statement);
            // a subordinate unit cut from a sentence has its own polarity: "while the council declined to comment"
            // denies, whatever its "while"; a sentence that opens on one keeps the reading of its main clause
            String polar = head != null ? head + " " + statement : u.start() > 0 ? Clauses.body(statement) : statement;
            boolean negated = Lexicon.isNegated(polar);
            List<String> names = new ArrayList<>();
            for (EntityMention m : entities) {
                if (at.contains(m.span()) && !names.contains(m.canonical())) {
                    names.add(m.canonical());
                }
            }
            out.add(new Claim(doc.id() + ":" + at.start(), doc.id(), at.start(), at.end(), statement, names,
                    quantities.stream().filter(q -> at.contains(q.span())).toList(),
                    times.stream().filter(t -> at.contains(t.span())).toList(), attribution, negated, doc.anchor()));
            previous = statement;
        }
        return out;
    }

    /** Whether a span names something a second outlet can check: an entity, a figure or a time. */
    private static boolean names(Span span, List<EntityMention> entities, List<Quantity> quantities,
                                 List<TimeExpression> times) {
        return entities.stream().anyMatch(m -> span.contains(m.span()))
                || quantities.stream().anyMatch(q -> span.contains(q.span()))
                || times.stream().anyMatch(t -> span.contains(t.span()));
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
     * the speaker of a quotation it lies in (a quotation of several sentences names its speaker once), else one
     * whose reported content reaches into it (a source named in the previous sentence).
     */
    static Attribution attributionFor(AnnotatedArticle doc, Span sentence) {
        Attribution best = null;
        int bestScore = 0;
        boolean inside = false;
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
                inside = sentence.overlaps(a.span());
            }
        }
        if (!inside) {
            Quote q = QuotedSpeech.around(doc, sentence);
            Attribution speaker = q == null ? null : QuotedSpeech.of(doc, q);
            if (speaker != null) {
                return speaker;
            }
        }
        return best;
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
