package org.crosscheck.render;

/**
 * Escaping for untrusted text placed into Markdown. Markdown renderers pass raw HTML through, so angle brackets
 * and ampersands are escaped as entities; table cells also escape the pipe and fold newlines.
 */
public final class Markdown {
    private Markdown() {
    }

    /** Text safe for a paragraph or list item: no HTML, no accidental emphasis, links or headings. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|' -> sb.append('\\').append(c);
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Text for a table cell. */
    public static String cell(String s) {
        return text(s).strip();
    }
}
