package org.crosscheck.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.Sentence;

/**
 * Turns an article into {@link ArticleFeatures}. What an article is about sits mostly in its headline and first
 * sentences, so those occurrences weigh more than the body's. Entity names come from the entity stages when they
 * ran; otherwise capitalised words that do not open a sentence stand in for them, which is crude but keeps the
 * clusterer useful on plain text.
 */
final class FeatureExtractor {

    private static final double TITLE = 3;
    private static final double LEAD = 2;
    private static final double BODY = 1;

    private FeatureExtractor() {
    }

    static ArticleFeatures extract(AnnotatedArticle doc, int leadSentences) {
        String text = doc.text();
        String title = doc.article().title() == null ? "" : doc.article().title();
        int leadEnd = leadEnd(doc, leadSentences);

        Map<String, Double> terms = new HashMap<>();
        Map<String, Double> entities = new HashMap<>();
        boolean proxy = doc.entities().isEmpty();
        boolean titleCase = isTitleCase(title);

        addTerms(title, 0, terms, proxy && !titleCase ? entities : null, TITLE, TITLE);
        addTerms(text, leadEnd, terms, proxy ? entities : null, LEAD, BODY);
        if (!proxy) {
            for (EntityMention m : doc.entities()) {
                String name = m.canonical().strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    entities.merge(name, m.start() < leadEnd ? LEAD : BODY, Double::sum);
                }
            }
        }
        return new ArticleFeatures(doc.id(), doc.article().outlet(), doc.anchor(), SparseVector.of(terms),
                SparseVector.of(entities), null);
    }

    /**
     * The headline and the opening of the text, cut at a word boundary near {@code maxChars}: what an editor reads
     * to tell what a report is about, and short enough that the embedding model sees it whole in one window.
     */
    static String titleAndLead(AnnotatedArticle doc, int leadSentences, int maxChars) {
        String title = doc.article().title() == null ? "" : doc.article().title().strip();
        String text = doc.text();
        int end = Math.min(leadEnd(doc, Math.max(1, leadSentences)), text.length());
        StringBuilder b = new StringBuilder(title);
        if (!title.isEmpty() && !title.endsWith(".") && !title.endsWith("?") && !title.endsWith("!")) {
            b.append('.');
        }
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(text, 0, end);
        String s = b.toString().replaceAll("\\s+", " ").strip();
        if (s.length() <= maxChars) {
            return s;
        }
        int cut = s.lastIndexOf(' ', maxChars);
        return s.substring(0, cut > maxChars / 2 ? cut : maxChars);
    }

    /**
     * Adds the words of {@code s}: those before {@code leadEnd} with weight {@code lead}, the rest with
     * {@code body}. Capitalised non-initial words also go to {@code entities} when that is not null.
     */
    private static void addTerms(String s, int leadEnd, Map<String, Double> terms,
                                 Map<String, Double> entities, double lead, double body) {
        Words m = new Words(s);
        while (m.next()) {
            String raw = m.word();
            String lower = raw.toLowerCase(Locale.ROOT);
            double w = m.start() < leadEnd ? lead : body;
            if (Character.isDigit(raw.charAt(0))) {
                String digits = lower.replace(",", "");
                if (digits.length() >= 2) {
                    terms.merge("#" + digits, w, Double::sum);
                }
                continue;
            }
            String base = stripPossessive(lower);
            if (base.length() < 2 || StopWords.contains(base)) {
                continue;
            }
            terms.merge(Stemmer.stem(base), w, Double::sum);
            if (entities != null && Character.isUpperCase(raw.charAt(0)) && !opensSentence(s, m.start())) {
                entities.merge(base, w, Double::sum);
            }
        }
    }

    private static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        int q = Math.max(w.indexOf('\''), w.indexOf('’'));
        return q > 0 ? w.substring(0, q) : w;
    }

    /** Whether the word at {@code at} is the first of a sentence, where capitals say nothing about names. */
    private static boolean opensSentence(String s, int at) {
        int i = at - 1;
        while (i >= 0) {
            char c = s.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '—' || c == '–') {
                return true;
            }
            if (Character.isWhitespace(c) || "\"“‘'(".indexOf(c) >= 0) {
                i--;
                continue;
            }
            return false;
        }
        return true;
    }

    /** Headlines In Title Case capitalise every word, so their capitals are no evidence of names. */
    private static boolean isTitleCase(String title) {
        Words m = new Words(title);
        int words = 0;
        int caps = 0;
        while (m.next()) {
            String w = m.word();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 2 && caps >= 0.6 * words;
    }

    /** Offset where the lead ends: after the first sentences (annotated, or found by a simple rule). */
    private static int leadEnd(AnnotatedArticle doc, int leadSentences) {
        if (leadSentences == 0) {
            return 0;
        }
        List<Sentence> sentences = doc.sentences();
        if (!sentences.isEmpty()) {
            return sentences.get(Math.min(leadSentences, sentences.size()) - 1).end();
        }
        return sentenceEnd(doc.text(), leadSentences);
    }

    /**
     * Offset just after the {@code n}-th sentence end of a text that came without sentences, or its length when it
     * has fewer: a sentence ends at {@code .!?} (and a closing quote or bracket) followed by space and a capital
     * (perhaps after an opening quote or bracket), or at a blank line. A hand-written scan rather than a regular
     * expression: it runs twice on every article a clusterer prepares, and a text without such ends is read whole.
     */
    static int sentenceEnd(String s, int n) {
        int seen = 0;
        int i = 0;
        while (i < s.length()) {
            int end = endAt(s, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (++seen == n) {
                return i + 1;
            }
            i = end;
        }
        return s.length();
    }

    /** Where a sentence end that starts at {@code i} stops (the next sentence's start), or -1 when none starts there. */
    private static int endAt(String s, int i) {
        char c = s.charAt(i);
        if (c == '.' || c == '!' || c == '?') {
            int j = i + 1;
            if (j < s.length() && "\"”’)".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            int k = j;
            while (k < s.length() && isSpace(s.charAt(k))) {
                k++;
            }
            if (k == j || k == s.length()) {
                return -1;
            }
            boolean opens = "\"“‘(".indexOf(s.charAt(k)) >= 0;
            return isCapital(s, k) || opens && k + 1 < s.length() && isCapital(s, k + 1) ? k : -1;
        }
        if (c == '\n') {
            int lastBreak = -1;
            for (int k = i + 1; k < s.length() && isSpace(s.charAt(k)); k++) {
                if (s.charAt(k) == '\n') {
                    lastBreak = k;
                }
            }
            return lastBreak < 0 ? -1 : lastBreak + 1;
        }
        return -1;
    }

    /** The regular-expression sense of white space, {@code [ \t\n\x0B\f\r]}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isCapital(String s, int at) {
        return Character.getType(s.codePointAt(at)) == Character.UPPERCASE_LETTER;
    }
}
