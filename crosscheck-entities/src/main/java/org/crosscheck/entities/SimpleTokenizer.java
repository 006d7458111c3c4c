package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.Span;

/**
 * A fallback splitter for articles that arrive without sentences: the recogniser must still work when it runs
 * before (or without) the segmentation stage. Tokens follow Penn-Treebank habits closely enough for the CRF
 * (possessive {@code 's} split off, {@code U.S.} kept whole, punctuation alone); sentences end at a paragraph
 * break or at {@code . ! ?} followed by a space and no lower-case letter.
 */
final class SimpleTokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                          // U.S., U.K.
                    + "|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|Sgt|Capt)\\.(?![\\p{L}])"
                    + "|\\p{Lu}\\.(?=\\s+\\p{Lu})"                                // middle initial: George W. Bush
                    + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’‘](?![sS]\\b)[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
                    + "|['’‘][sS]\\b"                                      // possessive
                    + "|\\p{N}+(?:[.,:]\\p{N}+)*"
                    + "|\\S");
    private static final Pattern BREAK = Pattern.compile("\\n\\s*\\n|\\n"
            + "|(?<!\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|Lt|Col|Gov|Prof|Sgt|Capt|\\p{Lu})\\.)"
            + "(?<=[.!?][\"”’)]?)[ \\t]+(?=[^\\p{Ll}])");

    private SimpleTokenizer() {
    }

    /** Sentences of {@code text}, each as the list of its token spans; empty sentences are left out. */
    static List<List<Span>> sentences(String text) {
        List<List<Span>> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher b = BREAK.matcher(text);
        int from = 0;
        while (b.find()) {
            addSentence(text, from, b.start(), out);
            from = b.end();
        }
        addSentence(text, from, text.length(), out);
        return out;
    }

    /** Tokens of {@code text} between {@code start} and {@code end}. */
    static List<Span> tokens(String text, int start, int end) {
        List<Span> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(start, end);
        while (m.find()) {
            tokens.add(new Span(m.start(), m.end()));
        }
        return tokens;
    }

    private static void addSentence(String text, int start, int end, List<List<Span>> out) {
        if (end > start) {
            List<Span> tokens = tokens(text, start, end);
            if (!tokens.isEmpty()) {
                out.add(tokens);
            }
        }
    }
}
