package org.crosscheck.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.state.SourceContext;
import org.crosscheck.api.stage.ClaimAligner;

/**
 * Groups the claims of one story that state the same thing and tells where each group stands.
 *
 * <ol>
 *   <li>Counts first: figures for one count from several articles form a group, DISPUTED when their values differ
 *       by more than their hedges allow ("more than 10,000" against "8,000"), projections aside.</li>
 *   <li>Then statements: claims of different articles and the same polarity join by deterministic average-link
 *       clustering over {@link ClaimSimilarity}, at most one claim per article per group.</li>
 *   <li>Then polarity: a denial ("has yet to authorize") that matches an assertion of a different date is
 *       SUPERSEDED by the later one (a change over time is not a dispute); on the same date it is a dispute.</li>
 * </ol>
 * What is left is CORROBORATED with two independent sources or more, SINGLE_SOURCE with one (see
 * {@link Independence}).
 */
public final class StoryClaimAligner implements ClaimAligner {

    /**
     * Least similarity for two claims to state the same thing; set on fictional pairs and the seed story. Strict on
     * purpose: a false corroboration makes two newsrooms look as if they confirm each other, a missed one only
     * leaves a claim marked single-source. On the seed story 0.36 to 0.42 keep the central claim backed by all four
     * articles that state it and 0.44 loses one; 0.38 and above stop most false corroborations, and above 0.38 the
     * project's fictional example loses a true three-outlet agreement.
     */
    static final double THRESHOLD = 0.38;
    /** Polar pairs word a fact differently ("yet to authorize" / "approved"), so they meet a little lower. */
    static final double POLARITY_THRESHOLD = 0.36;
    /** A same-day contradiction is a strong statement about the story: it needs a close match to be shown. */
    static final double DISPUTE_THRESHOLD = 0.45;
    /** A change is read as a later development when the reports are at least this many days apart. */
    static final int SUPERSEDE_GAP_DAYS = 2;

    public StoryClaimAligner() {
    }

    @Override
    public List<ClaimGroup> align(String storyId, List<Claim> claims, List<SourceContext> sources) {
        if (claims == null || claims.isEmpty()) {
            return List.of();
        }
        String story = storyId == null ? "story" : storyId;
        List<Claim> all = ordered(claims);
        Independence independence = Independence.of(sources);
        ClaimSimilarity sim = new ClaimSimilarity(all);
        GroupAssembly assembly = new GroupAssembly(story, independence, sim);

        List<NumericGrouping.Count> counts = NumericGrouping.counts(all, independence, sim);
        Set<String> used = new HashSet<>();
        counts.forEach(c -> c.claims().forEach(x -> used.add(x.id())));
        List<Claim> rest = all.stream().filter(c -> !used.contains(c.id())).toList();
        List<List<Claim>> clusters = cluster(rest, sim);

        List<ClaimGroup> out = new ArrayList<>();
        for (NumericGrouping.Count count : counts) {
            out.add(assembly.countGroup(count));
        }
        out.addAll(resolvePolarity(clusters, sim, assembly));
        return List.copyOf(out);
    }

    /** Claims in a stable order: publication date, article, offset. Input order must not change the result. */
    static List<Claim> ordered(List<Claim> claims) {
        Map<String, Claim> byId = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c != null) {
                byId.putIfAbsent(c.id(), c);
            }
        }
        List<Claim> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(Claim::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Claim::article).thenComparingInt(Claim::start).thenComparing(Claim::id));
        return list;
    }

    /** Average-link agglomeration over same-polarity pairs, strongest pairs first, one claim per article. */
    static List<List<Claim>> cluster(List<Claim> claims, ClaimSimilarity sim) {
        int n = claims.size();
        record Edge(int a, int b, double s) {
        }
        List<Edge> edges = new ArrayList<>();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                if (a.article().equals(b.article()) || a.negated() != b.negated()
                        || a.negated() && !sameTime(a, b)) {
                    continue;
                }
                double s = sim.similarity(a, b);
                m[i][j] = s;
                m[j][i] = s;
                if (s >= THRESHOLD) {
                    edges.add(new Edge(i, j, s));
                }
            }
        }
        edges.sort(Comparator.comparingDouble((Edge e) -> -e.s()).thenComparingInt(Edge::a)
                .thenComparingInt(Edge::b));
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            groupOf[i] = i;
            groups.add(new ArrayList<>(List.of(i)));
        }
        for (Edge e : edges) {
            int ga = groupOf[e.a()];
            int gb = groupOf[e.b()];
            if (ga == gb || sharesArticle(groups.get(ga), groups.get(gb), claims)) {
                continue;
            }
            double total = 0;
            double min = Double.MAX_VALUE;
            for (int x : groups.get(ga)) {
                for (int y : groups.get(gb)) {
                    total += m[x][y];
                    min = Math.min(min, m[x][y]);
                }
            }
            double avg = total / (groups.get(ga).size() * groups.get(gb).size());
            // no chaining: every member must match the others on average, and none may be unrelated to the rest
            if (avg < THRESHOLD || min < THRESHOLD * 0.5) {
                continue;
            }
            int keep = Math.min(ga, gb);
            int drop = Math.max(ga, gb);
            for (int x : groups.get(drop)) {
                groupOf[x] = keep;
            }
            groups.get(keep).addAll(groups.get(drop));
            groups.get(drop).clear();
        }
        List<List<Claim>> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (!g.isEmpty()) {
                out.add(g.stream().sorted().map(claims::get).toList());
            }
        }
        return out;
    }

    private static boolean sharesArticle(List<Integer> a, List<Integer> b, List<Claim> claims) {
        Set<String> arts = new HashSet<>();
        a.forEach(i -> arts.add(claims.get(i).article()));
        return b.stream().anyMatch(i -> arts.contains(claims.get(i).article()));
    }

    /**
     * Pairs each all-denial cluster with the assertion cluster it best matches: the older side is superseded by the
     * newer; reports of about the same date that disagree in polarity become one disputed group.
     */
    private static List<ClaimGroup> resolvePolarity(List<List<Claim>> clusters, ClaimSimilarity sim,
                                                    GroupAssembly assembly) {
        List<List<Claim>> groups = new ArrayList<>(clusters);
        Map<Integer, Integer> supersededBy = new LinkedHashMap<>();
        Set<Integer> disputed = new LinkedHashSet<>();
        Set<Integer> merged = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Claim> neg = groups.get(i);
            if (!neg.get(0).negated()) {
                continue;
            }
            int best = -1;
            double bestSim = POLARITY_THRESHOLD;
            for (int j = 0; j < groups.size(); j++) {
                List<Claim> aff = groups.get(j);
                if (aff.get(0).negated() || merged.contains(j)) {
                    continue;
                }
                double s = maxLink(neg, aff, sim);
                if (s >= bestSim) {
                    best = j;
                    bestSim = s;
                }
            }
            if (best < 0) {
                continue;
            }
            List<Claim> aff = groups.get(best);
            // Dates of the closest pair decide: an assertion cluster may also hold an old claim of its own.
            Claim[] pair = closestPair(neg, aff, sim);
            LocalDate negDate = pair[0].published();
            LocalDate affDate = pair[1].published();
            if (negDate != null && affDate != null && !negDate.plusDays(SUPERSEDE_GAP_DAYS).isAfter(affDate)) {
                supersededBy.put(i, best);
            } else if (negDate != null && affDate != null && !affDate.plusDays(SUPERSEDE_GAP_DAYS).isAfter(negDate)
                    && !supersededBy.containsKey(best) && !supersededBy.containsValue(best)) {
                supersededBy.put(best, i);
            } else if (bestSim >= DISPUTE_THRESHOLD && maxContentLink(neg, aff, sim) >= THRESHOLD) {
                // a live contradiction must contradict the same statement, not merely name the same people
                List<Claim> union = new ArrayList<>(aff);
                union.addAll(neg);
                groups.set(best, ordered(union));
                disputed.add(best);
                merged.add(i);
            }
        }
        Map<Integer, ClaimGroup> built = new LinkedHashMap<>();
        List<ClaimGroup> out = new ArrayList<>();
        // Groups that supersede others are built first so the superseded ones can point at their ids.
        for (int i = 0; i < groups.size(); i++) {
            if (!merged.contains(i) && !supersededBy.containsKey(i)) {
                ClaimStatus forced = disputed.contains(i) ? ClaimStatus.DISPUTED : null;
                built.put(i, assembly.statementGroup(groups.get(i), forced, null));
            }
        }
        for (Map.Entry<Integer, Integer> e : supersededBy.entrySet()) {
            ClaimGroup target = built.get(e.getValue());
            String targetId = target != null ? target.id() : null;
            built.put(e.getKey(), assembly.statementGroup(groups.get(e.getKey()),
                    targetId != null ? ClaimStatus.SUPERSEDED : null, targetId));
        }
        for (int i = 0; i < groups.size(); i++) {
            if (built.containsKey(i)) {
                out.add(built.get(i));
            }
        }
        return out;
    }

    /** Denials only join denials of about the same date: an old and a new denial are two states of the story. */
    private static boolean sameTime(Claim a, Claim b) {
        if (a.published() == null || b.published() == null) {
            return a.published() == b.published();
        }
        return Math.abs(a.published().toEpochDay() - b.published().toEpochDay()) < SUPERSEDE_GAP_DAYS;
    }

    private static Claim[] closestPair(List<Claim> a, List<Claim> b, ClaimSimilarity sim) {
        Claim[] best = {a.get(0), b.get(0)};
        double bestSim = -1;
        for (Claim x : a) {
            for (Claim y : b) {
                double s = x.article().equals(y.article()) ? -1 : sim.related(x, y);
                if (s > bestSim) {
                    bestSim = s;
                    best = new Claim[] {x, y};
                }
            }
        }
        return best;
    }

    private static double maxContentLink(List<Claim> a, List<Claim> b, ClaimSimilarity sim) {
        double best = 0;
        for (Claim x : a) {
            for (Claim y : b) {
                if (!x.article().equals(y.article())) {
                    best = Math.max(best, sim.similarity(x, y));
                }
            }
        }
        return best;
    }

    private static double maxLink(List<Claim> a, List<Claim> b, ClaimSimilarity sim) {
        double best = 0;
        for (Claim x : a) {
            for (Claim y : b) {
                if (!x.article().equals(y.article())) {
                    best = Math.max(best, sim.related(x, y));
                }
            }
        }
        return best;
    }

    static LocalDate earliest(List<Claim> claims) {
        return claims.stream().map(Claim::published).filter(d -> d != null).min(Comparator.naturalOrder())
                .orElse(null);
    }

    static LocalDate latest(List<Claim> claims) {
        return claims.stream().map(Claim::published).filter(d -> d != null).max(Comparator.naturalOrder())
                .orElse(null);
    }
}
