package org.crosscheck.dedup;

/** SplitMix64's finaliser: a cheap, well-distributed 64-bit mix, the same on every machine and run. */
final class Mix {
    private Mix() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
