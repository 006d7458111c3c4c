package org.crosscheck.temporal;

import org.crosscheck.api.TimeType;

/** A time expression one rule proposes; overlapping proposals are settled by {@link RuleTimeTagger}. */
record Candidate(int start, int end, TimeType type, String value) {

    int length() {
        return end - start;
    }
}
