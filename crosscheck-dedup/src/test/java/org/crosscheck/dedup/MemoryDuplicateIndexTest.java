package org.crosscheck.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.crosscheck.api.state.DuplicateIndex.Entry;
import org.junit.jupiter.api.Test;

class MemoryDuplicateIndexTest {

    private static Entry entry(String id) {
        return new Entry(id, id, null, new int[] {1}, 10);
    }

    private static List<String> ids(List<Entry> entries) {
        return entries.stream().map(Entry::article).toList();
    }

    @Test
    void findsEntriesBySharedKeysNewestFirstAndEachOnce() {
        MemoryDuplicateIndex index = new MemoryDuplicateIndex(10);
        index.put(entry("a"), new long[] {1, 2});
        index.put(entry("b"), new long[] {2, 3});
        index.put(entry("c"), new long[] {4});
        assertThat(ids(index.candidates(new long[] {2, 1, 3}))).containsExactly("b", "a");
        assertThat(ids(index.candidates(new long[] {4}))).containsExactly("c");
        assertThat(index.candidates(new long[] {5})).isEmpty();
    }

    @Test
    void evictsTheOldestBeyondItsCapacity() {
        MemoryDuplicateIndex index = new MemoryDuplicateIndex(3);
        for (int i = 0; i < 5; i++) {
            index.put(entry("e" + i), new long[] {7, 100 + i});
        }
        assertThat(index.size()).isEqualTo(3);
        assertThat(ids(index.candidates(new long[] {7}))).containsExactly("e4", "e3", "e2");
        assertThat(index.candidates(new long[] {100})).isEmpty();
        assertThat(ids(index.candidates(new long[] {104}))).containsExactly("e4");
    }

    @Test
    void agreesWithABruteForceScanOverAStreamLongerThanItsCapacity() {
        Random r = new Random(42);
        int capacity = 500;
        MemoryDuplicateIndex index = new MemoryDuplicateIndex(capacity);
        long[][] keysOf = new long[5000][];
        for (int i = 0; i < keysOf.length; i++) {
            long[] keys = new long[3];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = r.nextInt(2000) - 1000L;
            }
            keysOf[i] = keys;
            long[] probe = {r.nextInt(2000) - 1000L, r.nextInt(2000) - 1000L};
            List<String> expected = new java.util.ArrayList<>();
            for (int j = i - 1; j >= Math.max(0, i - capacity); j--) {
                for (long p : probe) {
                    if (java.util.Arrays.stream(keysOf[j]).anyMatch(k -> k == p)) {
                        expected.add("e" + j);
                        break;
                    }
                }
            }
            assertThat(ids(index.candidates(probe))).as("probe before entry %d", i).isEqualTo(expected);
            index.put(entry("e" + i), keys);
        }
    }
}
