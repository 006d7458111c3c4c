package org.crosscheck.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.ClaimValue;
import org.crosscheck.api.Evidence;

/**
 * Turns a set of aligned claims into a {@link ClaimGroup}: a deterministic id, the statement a reader sees, the
 * figures, the support and the status.
 *
 * <p>The statement is the wording of the earliest independent report (on one date, the shortest of them): the
 * earliest report is what later ones confirm or overtake, and the shortest of equals is the least likely to carry
 * unrelated facts beside the shared one.
 */
record GroupAssembly(String storyId, Independence independence, ClaimSimilarity sim) {

    ClaimGroup countGroup(NumericGrouping.Count count) {
        List<Claim> claims = StoryClaimAligner.ordered(count.claims());
        boolean conflict = false;
        List<Figure> figs = count.figures();
        for (int i = 0; i < figs.size() && !conflict; i++) {
            for (int j = i + 1; j < figs.size(); j++) {
                Figure a = figs.get(i);
                Figure b = figs.get(j);
                if (!a.projected() && !b.projected() && !a.claim().article().equals(b.claim().article())
                        && !a.compatibleWith(b)) {
                    conflict = true;
                    break;
                }
            }
        }
        ClaimStatus status = conflict ? ClaimStatus.DISPUTED : statusByCount(claims);
        return build(claims, status, null, values(figs));
    }

    /**
     * A statement group. {@code forced} overrides the count-based status (DISPUTED or SUPERSEDED from polarity);
     * values are every figure its claims state, so a reader sees numbers even when they agree.
     */
    ClaimGroup statementGroup(List<Claim> members, ClaimStatus forced, String supersededBy) {
        List<Claim> claims = StoryClaimAligner.ordered(members);
        List<Figure> figs = new ArrayList<>();
        claims.forEach(c -> figs.addAll(Figure.of(c)));
        ClaimStatus status = forced != null ? forced : statusByCount(claims);
        return build(claims, status, status == ClaimStatus.SUPERSEDED ? supersededBy : null, values(figs));
    }

    private ClaimStatus statusByCount(List<Claim> claims) {
        return independence.count(claims) >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
    }

    private ClaimGroup build(List<Claim> claims, ClaimStatus status, String supersededBy, List<ClaimValue> values) {
        List<Evidence> support = claims.stream().map(Claim::evidence).distinct().toList();
        Claim lead = statementClaim(claims);
        return new ClaimGroup(groupId(claims), lead.statement(), status, claims, support, values, supersededBy,
                claims.get(0).article());
    }

    /**
     * The earliest independent claim; among claims of that date the one closest to all members (the medoid), so
     * the statement shown is the shared fact rather than one outlet's side remark; then the shortest.
     */
    Claim statementClaim(List<Claim> claims) {
        Set<String> articles = new LinkedHashSet<>();
        claims.forEach(c -> articles.add(c.article()));
        List<Claim> candidates = claims.stream().filter(c -> !independence.isCopyWithin(c.article(), articles))
                .toList();
        if (candidates.isEmpty()) {
            candidates = claims;
        }
        java.time.LocalDate first = StoryClaimAligner.earliest(candidates);
        List<Claim> earliest = candidates.stream().filter(c -> java.util.Objects.equals(c.published(), first))
                .toList();
        List<Claim> pool = earliest.isEmpty() ? candidates : earliest;
        return pool.stream().min(Comparator.comparingDouble((Claim c) -> -centrality(c, claims))
                .thenComparingInt(c -> c.statement().length()).thenComparing(Claim::id)).orElseThrow();
    }

    private double centrality(Claim c, List<Claim> claims) {
        double total = 0;
        for (Claim o : claims) {
            if (o != c) {
                total += sim.similarity(c, o);
            }
        }
        return total;
    }

    private List<ClaimValue> values(List<Figure> figs) {
        List<ClaimValue> out = new ArrayList<>();
        for (Figure f : figs) {
            Claim c = f.claim();
            out.add(new ClaimValue(c.article(), independence.outlet(c.article()), f.quantity().value(),
                    f.quantity().unit(), f.quantity().qualifier(), f.scope(), c.published(),
                    new Evidence(c.article(), f.quantity().start(), f.quantity().end())));
        }
        return out;
    }

    /** storyId + ":" + the first 12 hex digits of SHA-256 over the sorted member claim ids. */
    String groupId(List<Claim> claims) {
        List<String> ids = new ArrayList<>(claims.stream().map(Claim::id).toList());
        ids.sort(Comparator.naturalOrder());
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest(String.join("\n", ids).getBytes(StandardCharsets.UTF_8));
            return storyId + ":" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
