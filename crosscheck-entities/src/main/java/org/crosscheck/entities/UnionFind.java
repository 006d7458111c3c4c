package org.crosscheck.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * Disjoint sets over string keys, used inside one {@link AliasResolver#resolve} call only (never shared). Which
 * element ends up as a set's root depends on the order of unions, so callers derive names from a set's members,
 * never from its root, to stay independent of input order.
 */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
        String p = parent.computeIfAbsent(x, k -> k);
        if (p.equals(x)) {
            return x;
        }
        String root = find(p);
        parent.put(x, root);
        return root;
    }

    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            // the smaller key becomes the root: deterministic, though no caller relies on it
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
