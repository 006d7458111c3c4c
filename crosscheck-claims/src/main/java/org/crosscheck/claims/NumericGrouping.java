package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.Claim;

/**
 * Finds the numbers several articles give for one count ("how many engineers did Veldra send?"), so the brief can
 * show every outlet's figure side by side. Figures meet when they share a unit family and an owner; a figure whose
 * owner the sentence does not name ("about 2,000 soldiers are stationed there") joins the story's one multi-article
 * count of its family if its sentence is otherwise about the same thing.
 *
 * <p>Why this runs before text alignment: sentences that report different figures for one count share few words
 * (each outlet frames its number differently), yet they are exactly what a reader needs side by side.
 */
final class NumericGrouping {

    /** A count stated by several articles: its figures and the claims they come from. */
    record Count(String family, List<Figure> figures, List<Claim> claims) {
    }

    /** Least similarity for an ownerless figure's sentence to join a count. */
    static final double ORPHAN_SIMILARITY = 0.12;

    private NumericGrouping() {
    }

    static List<Count> counts(List<Claim> claims, Independence independence, ClaimScores sim) {
        List<Figure> figures = new ArrayList<>();
        for (Claim c : claims) {
            figures.addAll(sim.figures(c));
        }
        int n = figures.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (countTogether(figures.get(i), figures.get(j), sim)) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Figure>> all = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            all.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(figures.get(i));
        }
        // ownerless figures count once they met another figure of the same counted noun; alone they wait to be
        // attached as orphans below
        Map<Integer, List<Figure>> comps = new LinkedHashMap<>();
        all.forEach((root, comp) -> {
            if (comp.size() > 1 || !comp.get(0).owner().isEmpty()) {
                comps.put(root, comp);
            }
        });
        List<List<Figure>> multi = new ArrayList<>();
        for (List<Figure> comp : comps.values()) {
            if (independence.count(claimsOf(comp)) >= 2) {
                multi.add(comp);
            }
        }
        multi.sort(Comparator.comparingInt((List<Figure> c) -> -claimsOf(c).size())
                .thenComparing(c -> c.get(0).claim().id()));
        attachOrphans(figures, multi, sim);

        List<Count> out = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (List<Figure> comp : multi) {
            List<Claim> cl = claimsOf(comp).stream().filter(c -> !used.contains(c.id())).toList();
            if (independence.count(cl) < 2) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            cl.forEach(c -> ids.add(c.id()));
            used.addAll(ids);
            out.add(new Count(comp.get(0).family(), comp.stream().filter(f -> ids.contains(f.claim().id()))
                    .toList(), cl));
        }
        return out;
    }

    private static void attachOrphans(List<Figure> figures, List<List<Figure>> multi, ClaimScores sim) {
        for (Figure f : figures) {
            if (!f.owner().isEmpty() || multi.stream().anyMatch(c -> c.contains(f))) {
                continue;
            }
            List<List<Figure>> sameFamily = multi.stream().filter(c -> c.get(0).family().equals(f.family()))
                    .toList();
            if (sameFamily.size() != 1) {
                continue;
            }
            List<Figure> comp = sameFamily.get(0);
            // a plan joins no count of outcomes it does not match, as in the grouping above
            boolean related = comp.stream().anyMatch(o -> !o.claim().article().equals(f.claim().article())
                    && !outcomeAndPlan(o, f) && sim.similarity(o.claim(), f.claim()) >= ORPHAN_SIMILARITY);
            if (related) {
                comp.add(f);
            }
        }
    }

    /**
     * Whether two figures count one thing. Figures with owners count one thing when they count one noun of one
     * owner. Two figures that nobody owns share only their counted noun, and a story counts many things in pages,
     * states or dollars: they count one thing when they agree, or when their sentences agree on another figure of
     * that noun ("a new 20 percent deduction" and "it was 23% in the Senate bill, now it is 20%": an article giving
     * the old and the new figure), or when their sentences say alike. Otherwise "100 pages of e-mails" and "25,000
     * pages of documents", or "10-year terms" and "two years later", would be a dispute.
     */
    static boolean countTogether(Figure a, Figure b, ClaimScores sim) {
        if (!a.sameCount(b) || outcomeAndPlan(a, b)) {
            return false;
        }
        if (!a.owner().isEmpty() || a.compatibleWith(b)) {
            return true; // sameCount gives both an owner or neither
        }
        return agreesInClaim(a, b, sim) || agreesInClaim(b, a, sim)
                || sim.similarity(a.claim(), b.claim()) >= ORPHAN_SIMILARITY;
    }

    /**
     * Whether the claim of {@code a} states a precise figure of {@code b}'s kind that agrees with {@code b} (only
     * asked when {@code a} itself does not).
     */
    private static boolean agreesInClaim(Figure a, Figure b, ClaimScores sim) {
        for (Figure f : sim.figures(a.claim())) {
            if (f.family().equals(b.family()) && !f.vague() && f.compatibleWith(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one figure is a projection and the other a current count that it does not match: "the package is
     * enough for 55 miles of fence" and "the deal will buy some 234 miles" are two facts (what is funded, what is
     * planned), not two outlets counting one thing; alone they would make a count that nobody disputes, shown as
     * corroborated.
     */
    static boolean outcomeAndPlan(Figure a, Figure b) {
        return a.projected() != b.projected() && !a.compatibleWith(b);
    }

    static List<Claim> claimsOf(List<Figure> figures) {
        Set<Claim> s = new LinkedHashSet<>();
        figures.forEach(f -> s.add(f.claim()));
        return new ArrayList<>(s);
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
