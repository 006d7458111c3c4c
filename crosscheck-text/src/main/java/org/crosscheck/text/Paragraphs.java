package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.Span;

/**
 * Where the paragraphs of a plain text are: the one definition shared by the cleaner, the segmenter and the
 * content classifier, so that "paragraph 3" means the same stretch of text to all of them.
 *
 * <p>Plain-text copies of news pages put one paragraph per line as often as they separate paragraphs by blank
 * lines, so both a blank line and a single line break end a paragraph. The exception is a hard-wrapped text
 * (mail, wire copy, e-texts broken at ~72 columns): there a line break in the middle of a sentence is only a wrap.
 * A break counts as a wrap when the line before it is long and does not end like a sentence or a heading, and
 * either the next line starts in lower case, or the block (between blank lines) has three or more lines in a text
 * that does use blank lines between paragraphs. Spans are trimmed of surrounding white space and never empty.
 */
final class Paragraphs {

    /** Lines at least this long can be wrapped lines; headings and bylines are shorter. */
    private static final int MIN_WRAPPED_LINE = 40;

    private Paragraphs() {
    }

    /** The trimmed, non-empty paragraph spans of {@code text}, in order. */
    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Span> lines = Lines.of(text);
        boolean usesBlankLines = hasBlankLine(text, lines);
        int blockStart = 0;
        while (blockStart < lines.size()) {
            if (Lines.isBlank(text, lines.get(blockStart))) {
                blockStart++;
                continue;
            }
            int blockEnd = blockStart;
            while (blockEnd + 1 < lines.size() && !Lines.isBlank(text, lines.get(blockEnd + 1))) {
                blockEnd++;
            }
            boolean longBlock = usesBlankLines && blockEnd - blockStart >= 2;
            int paraStart = blockStart;
            for (int i = blockStart; i <= blockEnd; i++) {
                boolean last = i == blockEnd;
                if (last || !isWrap(text, lines.get(i), lines.get(i + 1), longBlock)) {
                    add(out, text, lines.get(paraStart).start(), lines.get(i).end());
                    paraStart = i + 1;
                }
            }
            blockStart = blockEnd + 1;
        }
        return out;
    }

    /** The index of the paragraph containing {@code offset}, or -1 when it falls between paragraphs. */
    static int indexOf(List<Span> paragraphs, int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span p = paragraphs.get(mid);
            if (offset < p.start()) {
                hi = mid - 1;
            } else if (offset >= p.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static boolean hasBlankLine(String text, List<Span> lines) {
        boolean seenText = false;
        for (Span l : lines) {
            if (Lines.isBlank(text, l)) {
                if (seenText) {
                    return true;
                }
            } else {
                seenText = true;
            }
        }
        return false;
    }

    static boolean isWrap(String text, Span line, Span next, boolean longBlock) {
        Span l = Lines.trim(text, line);
        Span n = Lines.trim(text, next);
        if (l.length() < MIN_WRAPPED_LINE || n.length() == 0) {
            return false;
        }
        char lastChar = text.charAt(l.end() - 1);
        if (".!?:;\"”’')]»…".indexOf(lastChar) >= 0) {
            return false;
        }
        char first = text.charAt(n.start());
        return Character.isLowerCase(first) || longBlock;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        Span t = Lines.trim(text, new Span(start, end));
        if (t.length() > 0) {
            out.add(t);
        }
    }
}
