package org.crosscheck.quotes;

import java.util.List;
import java.util.Set;

/**
 * Tells a quotation from words merely set in marks. Scare quotes and names ("the so-called “deal”", “SCALP”, a
 * book title) are not quotations; a short lower-case fragment is one only when a speech cue in its sentence
 * attributes it ("accusing Biden of “escalating war”"), which the extractor checks.
 */
enum QuoteShape {
    /** A name, title or term in marks: never a quotation. */
    TERM,
    /** One to three lower-case words: a quotation only when attributed in its own sentence. */
    FRAGMENT,
    /** Anything longer: a quotation. */
    QUOTE;

    private static final Set<String> TERM_INTRODUCERS = Set.of("so-called", "dubbed", "nicknamed", "titled",
            "entitled", "named", "termed", "branded", "labeled", "labelled", "word", "term", "phrase", "slogan",
            "hashtag", "codenamed", "code-named", "album", "film", "book", "song", "show", "series", "operation");
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "a", "an", "in", "on", "for", "to",
            "at", "with", "from", "by", "or", "is", "&", "vs", "de", "la", "le");

    static QuoteShape classify(String text, int open, int start, int end) {
        List<Tok> words = Tok.tokenize(text, start, end).stream().filter(Tok::isWord).toList();
        int n = words.size();
        List<Tok> before = Tok.tokenize(text, Math.max(0, open - 40), open);
        if (!before.isEmpty()) {
            String prev = before.get(before.size() - 1).lower();
            if (n <= 4 && TERM_INTRODUCERS.contains(prev)) {
                return TERM;
            }
        }
        if (n == 0) {
            return TERM;
        }
        boolean allCaps = true;
        for (Tok w : words) {
            if (!w.isCapitalized() && !Character.isDigit(w.text().charAt(0))
                    && !(SMALL_WORDS.contains(w.lower()) && w != words.get(0))) {
                allCaps = false;
                break;
            }
        }
        String inner = text.substring(start, end).strip();
        char last = inner.charAt(inner.length() - 1);
        boolean sentenceLike = last == '.' || last == '?' || last == '!' || last == ',';
        if (n <= 3) {
            if (allCaps && !(n >= 2 && sentenceLike)) {
                return TERM;
            }
            return FRAGMENT;
        }
        if (n <= 8 && allCaps && !startsWithPronoun(words.get(0))) {
            return TERM;
        }
        return QUOTE;
    }

    private static boolean startsWithPronoun(Tok t) {
        return Set.of("i", "we", "you", "it", "this", "that", "they", "he", "she").contains(t.lower());
    }
}
