package org.crosscheck.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable article ids for items that come from inside a file. Ids key every output line and must not change between
 * runs over the same input, so they are derived from what the item says about itself (its guid, Atom id, WARC
 * record id or URL), never from reading order alone; a key that is not already a short clean token is replaced by
 * a short SHA-256 of it, so ids stay readable in file names and Markdown.
 */
final class ArticleIds {

    private static final Pattern CLEAN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private ArticleIds() {
    }

    /** {@code prefix#key} when the key is a clean token, otherwise {@code prefix#} and 12 hex digits of its hash. */
    static String of(String prefix, String key) {
        String k = key.strip();
        return prefix + "#" + (CLEAN.matcher(k).matches() ? k : shortHash(k));
    }

    static String shortHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
