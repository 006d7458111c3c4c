package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes that should be UTF-8 text into a string, telling the caller what it had to repair. Files in the wild
 * come in windows-1252, with a byte-order mark, or as binary with a text ending; none of that may stop a run.
 */
public final class TextDecoder {

    /** The decoded text and, when something had to be repaired, what. */
    public record Decoded(String text, String warning) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Whether the bytes look like a binary file: a NUL byte in the first 8 KiB. */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    public static Decoded decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(clean(strict.decode(in)), null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            int[] counts = countSequences(bytes, offset);
            int invalid = counts[0];
            int multibyte = counts[1];
            // Valid multi-byte sequences next to stray bytes make a mixed file: keep UTF-8 and replace the strays.
            // No valid multi-byte sequence at all means a single-byte encoding: windows-1252 is what the web
            // means by "latin1".
            if (multibyte > 0 && multibyte >= invalid / 4) {
                String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
                return new Decoded(clean(CharBuffer.wrap(text)),
                        "invalid UTF-8 from byte " + bad + " (" + invalid + " bad sequences replaced)");
            }
            String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            return new Decoded(clean(CharBuffer.wrap(text)), "not UTF-8 (first bad byte " + bad + "): read as windows-1252");
        }
    }

    /** Drops control characters other than tab and newlines, and normalises line endings. */
    private static String clean(CharBuffer chars) {
        StringBuilder sb = new StringBuilder(chars.length());
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\r') {
                if (i + 1 < chars.length() && chars.charAt(i + 1) == '\n') {
                    continue;
                }
                sb.append('\n');
            } else if (c < 0x20 && c != '\n' && c != '\t') {
                sb.append(' ');
            } else if (c == '\u0000' || c == '\uFEFF') {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int len = sequenceLength(b, i);
            if (len < 0) {
                return i;
            }
            i += len;
        }
        return -1;
    }

    /** {invalid bytes, valid multi-byte sequences}. */
    private static int[] countSequences(byte[] b, int from) {
        int i = from;
        int bad = 0;
        int multi = 0;
        while (i < b.length) {
            int len = sequenceLength(b, i);
            if (len < 0) {
                bad++;
                i++;
            } else {
                if (len > 1) {
                    multi++;
                }
                i += len;
            }
        }
        return new int[] {bad, multi};
    }

    /** Length of the valid UTF-8 sequence starting at i, or -1. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xff;
        int len;
        if (c < 0x80) {
            return 1;
        } else if (c >= 0xc2 && c <= 0xdf) {
            len = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
        } else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
        } else {
            return -1;
        }
        if (i + len > b.length) {
            return -1;
        }
        for (int k = 1; k < len; k++) {
            if ((b[i + k] & 0xc0) != 0x80) {
                return -1;
            }
        }
        return len;
    }
}
