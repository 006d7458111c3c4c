package org.crosscheck.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.ingest.TextDecoder;

/**
 * Decodes a saved page the way a browser would, in order: a byte-order mark, then the charset the page declares in
 * its first bytes ({@code <meta charset>} or {@code http-equiv}), else UTF-8 with {@link TextDecoder}'s repair.
 * A declared single-byte charset loses to bytes that are valid UTF-8 with multi-byte sequences: pages re-saved as
 * UTF-8 often keep their old declaration, and valid UTF-8 by chance is vanishingly rare.
 */
final class HtmlDecoder {

    /** How far into the file a declaration is looked for (browsers look at 1024 bytes; saved pages put more first). */
    private static final int PRESCAN = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9._:-]+)");

    private HtmlDecoder() {
    }

    static TextDecoder.Decoded decode(byte[] bytes) {
        if (bytes.length >= 2) {
            int b0 = bytes[0] & 0xff;
            int b1 = bytes[1] & 0xff;
            if (b0 == 0xfe && b1 == 0xff) {
                return new TextDecoder.Decoded(strip(new String(bytes, 2, bytes.length - 2,
                        StandardCharsets.UTF_16BE)), null);
            }
            if (b0 == 0xff && b1 == 0xfe) {
                return new TextDecoder.Decoded(strip(new String(bytes, 2, bytes.length - 2,
                        StandardCharsets.UTF_16LE)), null);
            }
        }
        Charset declared = declared(bytes);
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || declared.name().startsWith("UTF-16")) {
            // A UTF-16 declaration in a file without a BOM that parsed as ASCII is wrong by construction.
            return TextDecoder.decode(bytes);
        }
        if (validUtf8WithMultibyte(bytes)) {
            return TextDecoder.decode(bytes);
        }
        return new TextDecoder.Decoded(strip(new String(bytes, declared)), null);
    }

    /** The charset the page's markup declares, mapped as browsers map it, or {@code null}. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // The web's "latin1" and "ascii" mean windows-1252 (WHATWG Encoding Standard).
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("latin-1") || name.equals("us-ascii")
                || name.equals("ascii") || name.equals("iso8859-1")) {
            name = "windows-1252";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean validUtf8WithMultibyte(byte[] bytes) {
        boolean multi = false;
        for (byte b : bytes) {
            if (b < 0) {
                multi = true;
                break;
            }
        }
        if (!multi) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strip(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
