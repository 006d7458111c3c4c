package org.crosscheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A seeded mutation fuzzer over valid inputs: the same seed gives the same mutations on every machine, so a failure
 * is replayed by its seed and index. Each mutation says where its first changed byte is, so a test can check that
 * what came before it was kept.
 */
public final class Mutator {

    /**
     * One corrupted input.
     *
     * @param kind        what was done, for messages
     * @param bytes       the corrupted input
     * @param firstChange the first byte that differs from the valid input (its length when only bytes were added)
     */
    public record Mutation(String kind, byte[] bytes, int firstChange) {
    }

    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xc0, (byte) 0xaf},
        {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xfe, (byte) 0xff}
    };
    private static final String[] NESTING = {"<div>", "<a>", "[", "{\"a\":", "<item><title>", "<![CDATA["};

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    public Mutation next(byte[] valid) {
        int n = valid.length;
        int p = n == 0 ? 0 : random.nextInt(n);
        return switch (random.nextInt(9)) {
            case 0 -> flips(valid, p);
            case 1 -> new Mutation("truncate at " + p, Arrays.copyOf(valid, p), p);
            case 2 -> insert("NULs at " + p, valid, p, new byte[1 + random.nextInt(64)]);
            case 3 -> insert("invalid UTF-8 at " + p, valid, p, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
            case 4 -> insert("huge line at " + p, valid, p, "x".repeat(300_000).getBytes(StandardCharsets.US_ASCII));
            case 5 -> {
                String open = NESTING[random.nextInt(NESTING.length)];
                yield insert("nesting " + open + " at " + p, valid, p,
                        open.repeat(2_000 + random.nextInt(3_000)).getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> {
                int len = Math.min(n - p, 1 + random.nextInt(256));
                byte[] out = new byte[n - len];
                System.arraycopy(valid, 0, out, 0, p);
                System.arraycopy(valid, p + len, out, p, n - p - len);
                yield new Mutation("delete " + len + " at " + p, out, p);
            }
            case 7 -> {
                int from = n == 0 ? 0 : random.nextInt(n);
                int len = Math.min(n - from, 1 + random.nextInt(512));
                yield insert("copy of " + from + "+" + len + " at " + p, valid, p,
                        Arrays.copyOfRange(valid, from, from + len));
            }
            default -> {
                byte[] junk = new byte[1 + random.nextInt(128)];
                random.nextBytes(junk);
                yield insert("random bytes at " + p, valid, p, junk);
            }
        };
    }

    private Mutation flips(byte[] valid, int p) {
        byte[] out = valid.clone();
        int first = out.length;
        for (int i = 0, k = 1 + random.nextInt(8); i < k && out.length > 0; i++) {
            int at = p + random.nextInt(Math.max(1, out.length - p));
            out[at] ^= (byte) (1 << random.nextInt(8));
            first = Math.min(first, at);
        }
        return new Mutation("bit flips from " + first, out, first);
    }

    private static Mutation insert(String kind, byte[] valid, int p, byte[] what) {
        byte[] out = new byte[valid.length + what.length];
        System.arraycopy(valid, 0, out, 0, p);
        System.arraycopy(what, 0, out, p, what.length);
        System.arraycopy(valid, p, out, p + what.length, valid.length - p);
        return new Mutation(kind, out, p);
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
