package org.crosscheck.feeds;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.ingest.TextDecoder;

/**
 * Decodes an archived page's bytes the way a browser would: the HTTP header's charset, else the page's own
 * {@code <meta charset>} near the top, else UTF-8 with the windows-1252 fallback every other reader uses. A charset
 * name nobody knows falls through to the next rule instead of losing the page.
 */
final class PageBytes {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private PageBytes() {
    }

    static String decode(byte[] bytes, String headerCharset) {
        Charset cs = charset(headerCharset);
        if (cs == null) {
            // The meta tag must sit in the first 1024 bytes (HTML spec); ASCII-compatible encodings read it alike.
            String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                cs = charset(m.group(1));
            }
        }
        if (cs == null || cs.equals(StandardCharsets.UTF_8)) {
            // Declared UTF-8 is often not; the shared decoder repairs and falls back.
            return TextDecoder.decode(bytes).text();
        }
        return new String(bytes, cs);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252, and so do publishers who write them.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
