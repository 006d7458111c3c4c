package org.crosscheck.claims.relation;

import java.util.Locale;

/** How claim A bears on claim B. The order is the order of the model's classes and of its resource file. */
public enum ClaimRelation {
    /** A supports B's view: restates it, adds detail to it, or backs it with another fact. */
    STRENGTHEN,
    /** A undermines B: contests it, contradicts it, or takes the opposite view. */
    WEAKEN,
    /** A has no bearing on B. */
    NEITHER;

    /** The lower-case name used in output and in the model file. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
