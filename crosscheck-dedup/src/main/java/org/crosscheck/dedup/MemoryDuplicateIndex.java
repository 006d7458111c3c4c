package org.crosscheck.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.api.state.DuplicateIndex;

/**
 * A {@link DuplicateIndex} in memory that holds the most recent {@code capacity} entries and forgets older ones.
 *
 * <p>Entries get increasing sequence numbers and sit in a ring of {@code capacity} slots. Each bucket key leads to a
 * chain of (sequence, key position) links, newest first, so eviction needs no unlinking: a walk stops at the first
 * link older than the oldest entry held, since everything behind it is older still. Keys whose whole chain has aged
 * out are dropped when the key table is rebuilt, which keeps its size proportional to what is held. Not thread-safe:
 * a stream feeds it in order from one thread.
 */
public final class MemoryDuplicateIndex implements DuplicateIndex {

    private static final int MAX_KEYS = 256;
    private static final long NONE = -1;

    private final int capacity;
    private Held[] slots = new Held[64];
    private long nextSeq;
    private final KeyTable heads = new KeyTable();

    /** An entry and, for each of its keys, the link to the next older entry under the same key. */
    private record Held(Entry entry, long seq, long[] next) {
    }

    public MemoryDuplicateIndex(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public int size() {
        return (int) Math.min(nextSeq, capacity);
    }

    private long oldest() {
        return Math.max(0, nextSeq - capacity);
    }

    @Override
    public List<Entry> candidates(long[] keys) {
        long oldest = oldest();
        long[] found = new long[8];
        int n = 0;
        for (long key : keys) {
            long link = heads.get(key);
            while (link != NONE) {
                long seq = link >>> 8;
                if (seq < oldest) {
                    break;
                }
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = seq;
                link = slot(seq).next[(int) (link & 0xFF)];
            }
        }
        if (n == 0) {
            return List.of();
        }
        Arrays.sort(found, 0, n);
        List<Entry> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            if (i == n - 1 || found[i] != found[i + 1]) {
                out.add(slot(found[i]).entry);
            }
        }
        return out;
    }

    @Override
    public void put(Entry entry, long[] keys) {
        if (keys.length > MAX_KEYS) {
            throw new IllegalArgumentException("at most " + MAX_KEYS + " bucket keys per entry, got " + keys.length
                    + " for " + entry.article());
        }
        long seq = nextSeq++;
        long[] next = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            next[i] = heads.get(keys[i]);
            if (next[i] != NONE && (next[i] >>> 8) == seq) {
                next[i] = NONE; // the same key twice in one entry: one link is enough
                continue;
            }
            heads.put(keys[i], (seq << 8) | i, oldest());
        }
        int s = (int) (seq % capacity);
        if (s >= slots.length) {
            slots = Arrays.copyOf(slots, (int) Math.min(capacity, 2L * slots.length));
        }
        slots[s] = new Held(entry, seq, next);
    }

    private Held slot(long seq) {
        return slots[(int) (seq % capacity)];
    }

    /**
     * Open-addressed map from bucket key to the newest link filed under it. Rebuilt without aged-out chains when it
     * fills up, and grown only when what is live still fills it.
     */
    private static final class KeyTable {
        private long[] keys = new long[1024];
        private long[] links = filled(1024);
        private int used;

        private static long[] filled(int n) {
            long[] a = new long[n];
            Arrays.fill(a, NONE);
            return a;
        }

        long get(long key) {
            int mask = keys.length - 1;
            for (int i = (int) Mix.mix(key) & mask; ; i = (i + 1) & mask) {
                if (links[i] == NONE) {
                    return NONE;
                }
                if (keys[i] == key) {
                    return links[i];
                }
            }
        }

        void put(long key, long link, long oldest) {
            int mask = keys.length - 1;
            for (int i = (int) Mix.mix(key) & mask; ; i = (i + 1) & mask) {
                if (links[i] == NONE) {
                    keys[i] = key;
                    links[i] = link;
                    if (++used * 2 > keys.length) {
                        rebuild(oldest);
                    }
                    return;
                }
                if (keys[i] == key) {
                    links[i] = link;
                    return;
                }
            }
        }

        private void rebuild(long oldest) {
            int live = 0;
            for (long l : links) {
                if (l != NONE && (l >>> 8) >= oldest) {
                    live++;
                }
            }
            int size = keys.length;
            while (live * 4 > size) {
                size *= 2;
            }
            long[] oldKeys = keys;
            long[] oldLinks = links;
            keys = new long[size];
            links = filled(size);
            used = 0;
            int mask = size - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldLinks[j] != NONE && (oldLinks[j] >>> 8) >= oldest) {
                    int i = (int) Mix.mix(oldKeys[j]) & mask;
                    while (links[i] != NONE) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    links[i] = oldLinks[j];
                    used++;
                }
            }
        }
    }
}
