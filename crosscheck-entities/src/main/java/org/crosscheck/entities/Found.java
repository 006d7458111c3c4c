package org.crosscheck.entities;

import org.crosscheck.api.EntityType;

/**
 * A mention while the recogniser is still shaping it: offsets into the article text and a type, before a canonical
 * name is chosen. Kept apart from {@link org.crosscheck.api.EntityMention} so the intermediate steps need not
 * carry (or check) text they will still move.
 */
record Found(int start, int end, EntityType type) {
    Found {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
        }
    }

    String text(String doc) {
        return doc.substring(start, end);
    }

    boolean overlaps(Found o) {
        return start < o.end && o.start < end;
    }

    Found withSpan(int s, int e) {
        return new Found(s, e, type);
    }
}
