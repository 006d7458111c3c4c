package org.crosscheck.api;

/** Where a group of aligned claims stands across the articles of a story. */
public enum ClaimStatus {
    /** Stated by two or more independent articles (copies and relays of one outlet count once). */
    CORROBORATED("corroborated"),
    /** The articles give incompatible numbers or polarity at the same time. */
    DISPUTED("disputed"),
    /** Stated by one independent source only. */
    SINGLE_SOURCE("single-source"),
    /** True when reported, but a later report changed it. */
    SUPERSEDED("superseded");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
