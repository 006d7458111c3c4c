package org.crosscheck.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys that may write. Only SHA-256 digests are kept, and a presented key is compared against every digest
 * with {@link MessageDigest#isEqual} (constant time) without stopping at a match, so neither timing nor a heap dump
 * gives a key away. {@link #toString()} never shows a key.
 */
public final class ApiKeys {

    /** Shorter keys are guessable; refused when loading. */
    static final int MIN_LENGTH = 16;

    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = List.copyOf(digests);
    }

    public static ApiKeys none() {
        return new ApiKeys(List.of());
    }

    /** Keys given directly, for tests and for the environment variable. */
    public static ApiKeys of(List<String> keys) {
        List<byte[]> d = new ArrayList<>();
        int n = 0;
        for (String k : keys) {
            n++;
            String key = k.strip();
            if (key.isEmpty()) {
                continue;
            }
            if (key.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("API key " + n + " is shorter than " + MIN_LENGTH
                        + " characters");
            }
            d.add(digest(key));
        }
        return new ApiKeys(d);
    }

    /** {@code CROSSCHECK_API_KEYS}: keys separated by commas or whitespace. */
    public static ApiKeys fromEnv(String value) {
        return value == null ? none() : of(List.of(value.split("[,\\s]+")));
    }

    /** One key a line; blank lines and lines starting with {@code #} are skipped. Errors name the line, never the key. */
    public static ApiKeys fromFile(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.length() < MIN_LENGTH) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": API key is shorter than " + MIN_LENGTH
                        + " characters");
            }
            keys.add(line);
        }
        return of(keys);
    }

    public ApiKeys and(ApiKeys other) {
        List<byte[]> all = new ArrayList<>(digests);
        all.addAll(other.digests);
        return new ApiKeys(all);
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    public int size() {
        return digests.size();
    }

    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] d = digest(presented);
        boolean ok = false;
        for (byte[] k : digests) {
            ok |= MessageDigest.isEqual(k, d);
        }
        return ok;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeys[" + digests.size() + " keys]";
    }
}
