package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Quote;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.Span;

/**
 * Claims whose words lie inside a quotation: who said them, and how the brief shows them.
 *
 * <p>Why: an article names a speaker once and then quotes them over several sentences ("It will not change," the
 * minister said. "We have the funds. The port opens Monday."). Read alone, "The port opens Monday." is the outlet's
 * own statement; it is the minister's. The quotes stage knows the speaker of the whole quotation, so a claim inside
 * it is credited to that speaker (on record from them, not the outlet's reporting), and the brief shows it as their
 * words: {@code The minister: “The port opens Monday.”}.
 */
final class QuotedSpeech {

    private QuotedSpeech() {
    }

    /**
     * The quotation with a known speaker that holds all the words of {@code span} (its own quotation marks and
     * spaces aside), the speaker not named inside the span; {@code null} when there is none.
     */
    static Quote around(AnnotatedArticle doc, Span span) {
        String text = doc.text();
        int start = Math.max(0, span.start());
        int end = Math.min(text.length(), span.end());
        while (start < end && (Character.isWhitespace(text.charAt(start)) || isMark(text.charAt(start)))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || isMark(text.charAt(end - 1)))) {
            end--;
        }
        if (start >= end) {
            return null;
        }
        Span words = new Span(start, end);
        for (Quote q : doc.quotes()) {
            if (q.speaker() != null && !q.speaker().isBlank() && q.speakerKind() != null && q.span().contains(words)
                    && (q.speakerSpan() == null || !span.overlaps(q.speakerSpan())) && known(doc, q)) {
                return q;
            }
        }
        return null;
    }

    /**
     * Whether the article backs the quotation's speaker: a speaker given as a named person must be a person the
     * article names. A speaker found through "he said" is sometimes the wrong antecedent ("Friday", "Republicans",
     * "Democratic-leaning" states); shown as the one who said the words, a wrong speaker misleads more than none.
     */
    private static boolean known(AnnotatedArticle doc, Quote q) {
        if (q.speakerKind() != SourceKind.NAMED_PERSON) {
            return true;
        }
        for (EntityMention m : doc.entities()) {
            if (m.type() == EntityType.PERSON && q.speaker().equals(m.canonical())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The attribution of a claim inside quotation {@code q}: the article's attribution phrase that names the speaker
     * ("the minister said"), else the mention of the speaker; credited to the quotation's speaker, over the
     * quotation. {@code null} when the article does not say where the speaker is named.
     */
    static Attribution of(AnnotatedArticle doc, Quote q) {
        Span who = q.speakerSpan();
        if (who == null || who.end() > doc.text().length()) {
            return null;
        }
        for (Attribution a : doc.attributions()) {
            if (a.span().contains(who)) {
                return new Attribution(a.start(), a.end(), a.text(), q.speaker(), q.speakerKind(), q.span());
            }
        }
        return new Attribution(who.start(), who.end(), who.of(doc.text()), q.speaker(), q.speakerKind(), q.span());
    }

    /**
     * The groups as the brief shows them: a group whose statement comes from inside a quotation that does not name
     * its speaker is shown as the speaker's words. The statement's claim is the first member worded as the
     * statement ({@link GroupAssembly} shows one member's words).
     */
    static List<ClaimGroup> credited(List<ClaimGroup> groups, Map<String, AnnotatedArticle> docs) {
        List<ClaimGroup> out = new ArrayList<>(groups.size());
        for (ClaimGroup g : groups) {
            out.add(credited(g, docs));
        }
        return out;
    }

    private static ClaimGroup credited(ClaimGroup g, Map<String, AnnotatedArticle> docs) {
        for (Claim c : g.claims()) {
            if (!Clauses.readable(c.statement()).equals(g.statement())) {
                continue;
            }
            AnnotatedArticle doc = docs.get(c.article());
            Quote q = doc == null ? null : around(doc, new Span(c.start(), c.end()));
            if (q == null) {
                return g;
            }
            return new ClaimGroup(g.id(), shown(q.speaker(), g.statement()), g.status(), g.claims(), g.support(),
                    g.values(), g.supersededBy(), g.firstReported());
        }
        return g;
    }

    /** {@code Speaker: “words”}: the statement in quotation marks unless it already opens with one. */
    static String shown(String speaker, String statement) {
        String who = speaker.strip();
        who = Character.toUpperCase(who.charAt(0)) + who.substring(1);
        String words = statement.isEmpty() || isMark(statement.charAt(0)) ? statement : "\u201c" + statement + "\u201d";
        return who + ": " + words;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d';
    }
}
