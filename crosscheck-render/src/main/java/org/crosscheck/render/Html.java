package org.crosscheck.render;

import java.net.URI;
import java.util.Locale;

/**
 * Escaping for untrusted text placed into HTML and SVG. Everything an article, a manifest or a feed supplies goes
 * through here: text content and attribute values are escaped alike (quotes included, so one escaper is safe in
 * both places), characters HTML cannot carry become U+FFFD, ids are reduced to a safe alphabet, and a URL becomes a
 * link only when it is http or https.
 */
public final class Html {
    private static final int MAX_URL = 2048;

    private Html() {
    }

    /** Text safe as element content or as a quoted attribute value. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escapeTo(sb, s, 0, s.length());
        return sb.toString();
    }

    /** Same as {@link #text}: spelled out where an attribute value is written, for the reader of the code. */
    public static String attr(String s) {
        return text(s);
    }

    /** Appends {@code s[from, to)} escaped; a surrogate cut in half by the range becomes U+FFFD. */
    static void escapeTo(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\t', '\n', '\r' -> sb.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || c < 0x20 || (c >= 0x7f && c <= 0x9f)
                            || c == '\uFFFE' || c == '\uFFFF') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    /**
     * An element id from any string: letters, digits, '-' and '_' are kept, anything else becomes '_' and a short
     * hash of the original is appended so that two different inputs never share an id. The result is also safe
     * inside a CSS attribute selector and a URL fragment.
     */
    public static String id(String raw) {
        StringBuilder sb = new StringBuilder(raw.length() + 8);
        boolean changed = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                sb.append(c);
            } else {
                sb.append('_');
                changed = true;
            }
        }
        if (sb.isEmpty() || !Character.isLetter(sb.charAt(0))) {
            sb.insert(0, "x");
        }
        if (changed) {
            sb.append('-').append(hash(raw));
        }
        return sb.toString();
    }

    /** The URL when it is an absolute http(s) URL of reasonable length, otherwise {@code null}: never a link. */
    public static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (u.isEmpty() || u.length() > MAX_URL) {
            return null;
        }
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') {
                return null;
            }
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return null;
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            return lower.equals("http") || lower.equals("https") ? u : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** At most {@code max} code points of {@code s}, with an ellipsis when cut. */
    public static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        if (t.length() > max || t.indexOf('\n') >= 0 || t.contains("  ")) {
            t = t.replaceAll("\\s+", " ");
        }
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        int end = t.offsetByCodePoints(0, Math.max(1, max - 1));
        return t.substring(0, end).stripTrailing() + "\u2026";
    }

    /** FNV-1a over the UTF-16 units: stable across runs and JVMs, cheap enough to call for every id. */
    private static String hash(String raw) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < raw.length(); i++) {
            h ^= raw.charAt(i);
            h *= 0x100000001b3L;
        }
        return String.format(Locale.ROOT, "%08x", (h ^ (h >>> 32)) & 0xffffffffL);
    }
}
