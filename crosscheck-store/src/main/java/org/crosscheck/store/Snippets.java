package org.crosscheck.store;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.Span;

/**
 * Snippets come from both engines with their matches wrapped in two control characters (never in article text
 * after cleaning, and harmless if they are); here they become plain text plus match offsets, so no engine's markup
 * ever reaches a page unescaped.
 */
final class Snippets {
    static final String START = "\u0002";
    static final String STOP = "\u0003";

    private Snippets() {
    }

    record Marked(String text, List<Span> matches) {
    }

    static Marked unmark(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Span> matches = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char ch = marked.charAt(i);
            if (ch == START.charAt(0)) {
                open = text.length();
            } else if (ch == STOP.charAt(0)) {
                if (open >= 0 && text.length() > open) {
                    matches.add(new Span(open, text.length()));
                }
                open = -1;
            } else {
                text.append(ch);
            }
        }
        return new Marked(text.toString(), matches);
    }

    /**
     * About {@code width} characters of {@code text} starting a little before the first of {@code matches} (the
     * lead when there is none), whitespace flattened, with the matches inside it as offsets into the snippet.
     */
    static Marked around(String text, List<Span> matches, int width) {
        if (matches.isEmpty()) {
            return new Marked(lead(text, width), List.of());
        }
        int from = Math.max(0, matches.get(0).start() - width / 4);
        int space = text.lastIndexOf(' ', from);
        from = from == 0 || space < 0 || from - space > 30 ? from : space + 1;
        int to = Math.min(text.length(), from + width);
        int end = text.indexOf(' ', to);
        to = end < 0 || end - to > 30 ? to : end;
        StringBuilder marked = new StringBuilder();
        int at = from;
        for (Span m : matches) {
            if (m.start() >= from && m.end() <= to) {
                marked.append(text, at, m.start()).append(START).append(text, m.start(), m.end()).append(STOP);
                at = m.end();
            }
        }
        marked.append(text, at, to);
        String flat = marked.toString().replaceAll("\\s+", " ").strip();
        Marked out = unmark(flat);
        String prefix = from > 0 ? "… " : "";
        String suffix = to < text.length() ? " …" : "";
        List<Span> shifted = out.matches().stream()
                .map(s -> new Span(s.start() + prefix.length(), s.end() + prefix.length())).toList();
        return new Marked(prefix + out.text() + suffix, shifted);
    }

    /** The first {@code max} characters, cut at a space, for an article the query matched only in its title. */
    static String lead(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max) + " …";
    }
}
