package org.crosscheck.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.crosscheck.api.Article;

/** Hashes that tell "the same content again" from "new content under an old id". */
public final class ContentHash {
    private ContentHash() {
    }

    /**
     * The hash of what an article says and where it comes from. Its {@code origin} (the file it was read from) is
     * left out, so the same article read again from another file is the same content.
     */
    public static String of(Article a) {
        return sha256(String.join("\u0000", a.id(), str(a.outlet()), a.published() == null ? "" : a.published().toString(),
                str(a.url()), str(a.title()), str(a.language()), a.text()));
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static String str(String s) {
        return s == null ? "\u0001" : s;
    }
}
