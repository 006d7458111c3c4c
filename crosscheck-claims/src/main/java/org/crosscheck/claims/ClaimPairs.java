package org.crosscheck.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;

/**
 * What a story's claim groups say about two of its claims: the same statement in agreement, the same statement in
 * conflict (a disputed group, or one claim superseded by the group of the other), or different statements. This is
 * crosscheck's pairwise decision, read off the groups, for scoring it against pair-labelled data.
 */
public final class ClaimPairs {

    /** How the groups relate two claims. */
    public enum Relation { AGREE, CONFLICT, DIFFERENT }

    private final Map<String, ClaimGroup> groupOf = new HashMap<>();
    private final Map<String, ClaimGroup> byId = new HashMap<>();

    public ClaimPairs(List<ClaimGroup> groups) {
        for (ClaimGroup g : groups) {
            byId.put(g.id(), g);
            for (Claim c : g.claims()) {
                groupOf.putIfAbsent(c.id(), g);
            }
        }
    }

    public Relation relation(String claimA, String claimB) {
        ClaimGroup a = groupOf.get(claimA);
        ClaimGroup b = groupOf.get(claimB);
        if (a == null || b == null) {
            return Relation.DIFFERENT;
        }
        if (a == b) {
            return a.status() == ClaimStatus.DISPUTED ? Relation.CONFLICT : Relation.AGREE;
        }
        if (b.id().equals(a.supersededBy()) || a.id().equals(b.supersededBy())) {
            return Relation.CONFLICT;
        }
        return Relation.DIFFERENT;
    }
}
