package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)?|\\p{N}+(?:[.,]\\p{N}+)*");
    /** A sentence end followed by the start of the next one, for texts that came without sentences. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s+(?=[\"“‘(]?\\p{Lu})|\\n\\s*\\n");

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
        List<String> words = new ArrayList<>();

        addTerms(title, 0, terms, proxy && !titleCase ? entities : null, TITLE, TITLE, null);
        addTerms(text, leadEnd, terms, proxy ? entities : null, LEAD, BODY, words);
        if (!proxy) {
            for (EntityMention m : doc.entities()) {
                String name = m.canonical().strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    entities.merge(name, m.start() < leadEnd ? LEAD : BODY, Double::sum);
                }
            }
        }
        return new ArticleFeatures(doc.id(), doc.article().outlet(), doc.anchor(), SparseVector.of(terms),
                SparseVector.of(entities), MinHash.signature(words), null);
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
     * {@code body}. Capitalised non-initial words also go to {@code entities} when that is not null; every word
     * lowercased goes to {@code words} when that is not null (the near-duplicate signature reads them all).
     */
    private static void addTerms(String s, int leadEnd, Map<String, Double> terms,
                                 Map<String, Double> entities, double lead, double body, List<String> words) {
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String raw = m.group();
            String lower = raw.toLowerCase(Locale.ROOT);
            if (words != null) {
                words.add(lower);
            }
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
        Matcher m = WORD.matcher(title);
        int words = 0;
        int caps = 0;
        while (m.find()) {
            String w = m.group();
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
        Matcher m = SENTENCE_END.matcher(doc.text());
        int seen = 0;
        while (m.find()) {
            if (++seen == leadSentences) {
                return m.start() + 1;
            }
        }
        return doc.text().length();
    }
}
