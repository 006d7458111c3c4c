package org.crosscheck.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.Span;

/**
 * Sentence and paragraph bounds for the rules. The segmenter's sentences are used when the article has them; bare
 * text gets a plain punctuation split so that the stages also run before (or without) segmentation.
 */
record TextUnits(String text, List<Span> sentences) {

    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<!\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Prof|No|vs|Sgt|Capt|Adm))(?<![\\s(]\\p{Lu})"
                    + "[.!?]+[\"”’')\\]]*\\s+(?=[\"“‘'(\\[]?[\\p{Lu}\\p{N}])|\\n+");

    static TextUnits of(AnnotatedArticle doc) {
        String text = doc.text();
        List<Span> spans = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.end() <= text.length() && s.end() > s.start()) {
                spans.add(s.span());
            }
        }
        if (spans.isEmpty()) {
            spans = split(text);
        }
        return new TextUnits(text, List.copyOf(spans));
    }

    /** A plain split at sentence-final punctuation followed by a capital, and at every line break. */
    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int from = 0;
        while (m.find()) {
            int end = m.start();
            String g = m.group();
            int k = 0;
            while (k < g.length() && !Character.isWhitespace(g.charAt(k))) {
                k++;
            }
            end += k;
            addTrimmed(text, from, end, out);
            from = m.end();
        }
        addTrimmed(text, from, text.length(), out);
        return out;
    }

    private static void addTrimmed(String text, int s, int e, List<Span> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }

    /** Index of the sentence holding an offset, or of the nearest sentence before it; -1 when none. */
    int sentenceIndex(int offset) {
        int best = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i);
            if (s.start() <= offset) {
                best = i;
            }
            if (s.contains(offset)) {
                return i;
            }
        }
        return best;
    }

    /** Start of the line (paragraph) holding an offset. */
    int paragraphStart(int offset) {
        int nl = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1));
        return nl + 1;
    }

    /** End of the line (paragraph) holding an offset. */
    int paragraphEnd(int offset) {
        int nl = text.indexOf('\n', Math.max(0, offset));
        return nl < 0 ? text.length() : nl;
    }
}
