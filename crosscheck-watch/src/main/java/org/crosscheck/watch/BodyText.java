package org.crosscheck.watch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.ingest.TextDecoder;

/**
 * Decodes a response body as a browser would: the {@code Content-Type} charset, else a {@code <meta charset>} near
 * the top of the page, else UTF-8 with the repair and windows-1252 fallback every crosscheck reader uses. Labels
 * nobody knows fall through to the next rule rather than losing the page.
 */
final class BodyText {

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*"
            + "([a-z0-9._:-]+)");

    private BodyText() {
    }

    static String decode(byte[] body, String contentType) {
        Charset cs = null;
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find()) {
                cs = charset(m.group(1));
            }
        }
        if (cs == null) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                cs = charset(m.group(1));
            }
        }
        if (cs == null || cs.equals(StandardCharsets.UTF_8)) {
            return TextDecoder.decode(body).text();
        }
        return new String(body, cs);
    }

    private static Charset charset(String label) {
        String n = label.strip().toLowerCase(Locale.ROOT);
        // The web's "latin1" and "ascii" mean windows-1252 (WHATWG Encoding Standard).
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
