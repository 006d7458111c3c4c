package org.crosscheck.eval;

/**
 * The three relations ClaimDiff's two label files give together: a pair is labelled 1 in the strength file when
 * annotators judged that claim A strengthens claim B (average response at least 0.5), 1 in the weak file when it
 * weakens it (at most -0.5), and 0 in both otherwise.
 */
public enum ClaimDiffRelation {
    STRENGTHEN("strengthen"),
    WEAKEN("weaken"),
    NEITHER("neither");

    private final String label;

    ClaimDiffRelation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
