package org.crosscheck.text;

import java.util.List;
import org.crosscheck.api.Span;

/**
 * A model-free sentence splitter for paragraphs the OpenNLP detector must not see (see
 * {@link OpenNlpSegmenter}): a sentence ends at '.', '!' or '?' (and any closing quotes or brackets) followed by
 * white space. Linear in the length of the paragraph, whatever it holds.
 */
final class PlainSentences {

    private PlainSentences() {
    }

    static void split(String text, Span para, List<Span> out) {
        int start = para.start();
        int end = para.end();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < end && "\"'”’)]»".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < end && Lines.isSpace(text.charAt(j))) {
                    out.add(new Span(start, j));
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (start < end) {
            out.add(new Span(start, end));
        }
    }
}
