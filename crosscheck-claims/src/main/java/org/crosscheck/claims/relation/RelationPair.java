package org.crosscheck.claims.relation;

import java.util.Objects;

/**
 * Two claims of different outlets, each with the title of its article when known (a blank title is read as absent).
 * The titles matter: an article's title states the view its claims serve, so a claim close to the other article's
 * title tends to support that article's claims.
 */
public record RelationPair(String claimA, String claimB, String titleA, String titleB) {
    public RelationPair {
        Objects.requireNonNull(claimA, "claimA");
        Objects.requireNonNull(claimB, "claimB");
        titleA = titleA == null ? "" : titleA;
        titleB = titleB == null ? "" : titleB;
    }

    /** A pair without titles. */
    public static RelationPair of(String claimA, String claimB) {
        return new RelationPair(claimA, claimB, "", "");
    }
}
