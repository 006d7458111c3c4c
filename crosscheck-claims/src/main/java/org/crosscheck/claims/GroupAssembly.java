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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
record GroupAssembly(String storyId, Independence independence, ClaimScores sim) {

    ClaimGroup countGroup(NumericGrouping.Count count) {
        List<Claim> claims = StoryClaimAligner.ordered(count.claims());
        List<Figure> figs = count.figures();
        // an article agrees if any figure it gives of this kind agrees, also one read as another owner's count
        List<Figure> sameKind = new ArrayList<>();
        for (Claim c : claims) {
            for (Figure f : sim.figures(c)) {
                if (f.family().equals(count.family())) {
                    sameKind.add(f);
                }
            }
        }
        boolean conflict = conflicting(figs, sameKind);
        ClaimStatus status = conflict ? ClaimStatus.DISPUTED : statusByCount(claims);
        // the statement shown for a count is one that states a figure, not "thousands of"
        List<Claim> precise = claims.stream().filter(c -> figs.stream()
                .anyMatch(f -> f.claim().equals(c) && !f.vague())).toList();
        ClaimGroup group = build(claims, status, null, values(figs), precise.isEmpty() ? claims : precise);
        String question = status == ClaimStatus.DISPUTED ? countQuestion(figs) : null;
        return question == null ? group : new ClaimGroup(group.id(), question, group.status(), group.claims(),
                group.support(), group.values(), group.supersededBy(), group.firstReported());
    }

    /** A unit that names what is counted: words, not a currency, a measure or a sign. */
    private static final Pattern COUNTED = Pattern.compile("\\p{L}[\\p{L} -]*");

    /** The names before a counted noun inside a figure ("11,000 North Korean troops"): who or whose they are. */
    private static final Pattern NAMES = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’-]*\\s+)*\\p{Lu}[\\p{L}'’-]*");

    /**
     * What a disputed count is shown as: the question the outlets answer differently, with the spread of their
     * answers ("How many North Korean troops: figures from 3,000 to 11,000"), rather than one outlet's sentence,
     * which would state one side's figure as the heading of the dispute. The counted noun is the figures' commonest
     * unit, with the names written most often between a figure and it ("North Korean"); the spread is of the precise,
     * current figures. Null for money, measures and percentages (their "how much" is not in the unit), or when the
     * precise figures do not spread.
     */
    static String countQuestion(List<Figure> figs) {
        List<Figure> precise = figs.stream().filter(f -> !f.vague() && !f.projected()).toList();
        if (precise.size() < 2) {
            return null;
        }
        java.util.Map<String, Integer> units = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> names = new java.util.LinkedHashMap<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Figure f : precise) {
            String unit = f.quantity().unit() == null ? "" : f.quantity().unit().strip();
            if (!COUNTED.matcher(unit).matches() || f.family().startsWith("#money") || f.family().equals("#length")) {
                return null;
            }
            units.merge(unit.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            String name = namesBefore(f.quantity().text(), unit);
            if (!name.isEmpty()) {
                names.merge(name, 1, Integer::sum);
            }
            min = Math.min(min, f.base());
            max = Math.max(max, f.base());
        }
        if (!(max > min)) {
            return null;
        }
        String noun = commonest(units);
        String name = commonest(names);
        return "How many " + (name == null ? "" : name + " ") + noun + ": figures from " + ClaimValue.number(min) + " to "
                + ClaimValue.number(max);
    }

    /** The capitalised words right after a figure's number and before its unit, or "". */
    private static String namesBefore(String text, String unit) {
        int digit = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digit = i;
            }
        }
        int at = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf(unit.toLowerCase(java.util.Locale.ROOT));
        if (digit < 0 || at <= digit) {
            return "";
        }
        int from = digit + 1;
        while (from < at && !Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        Matcher m = NAMES.matcher(text.substring(from, at).strip());
        return m.find() ? m.group() : "";
    }

    private static String commonest(java.util.Map<String, Integer> counts) {
        String best = null;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * Whether the outlets disagree on the count. Two articles disagree when each gives a precise, current figure for
     * it and none of one article's figures of that kind ({@code sameKind}, from the group's claims) agrees with any
     * of the other's: an article that says "it was 23%, now it is 20%" agrees with one that says "20%". And the
     * count is disputed when one article itself sets incompatible figures from different sources against each other
     * ("the union says 4,000; the port authority put the number at 2,500"), even if another article repeats both:
     * the reader must see that the sources disagree. Projections and orders of magnitude ("thousands") never
     * disagree.
     */
    static boolean conflicting(List<Figure> figs, List<Figure> sameKind) {
        java.util.Set<String> counted = new java.util.LinkedHashSet<>();
        for (Figure f : figs) {
            if (!f.projected() && !f.vague()) {
                counted.add(f.claim().article());
            }
        }
        java.util.Map<String, List<Figure>> byArticle = new java.util.LinkedHashMap<>();
        counted.forEach(a -> byArticle.put(a, new ArrayList<>()));
        for (Figure f : sameKind) {
            if (!f.projected() && !f.vague() && byArticle.containsKey(f.claim().article())) {
                byArticle.get(f.claim().article()).add(f);
            }
        }
        List<List<Figure>> sides = new ArrayList<>(byArticle.values());
        for (List<Figure> side : sides) {
            if (competing(side)) {
                return true;
            }
        }
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                boolean agree = false;
                for (Figure a : sides.get(i)) {
                    for (Figure b : sides.get(j)) {
                        agree |= a.compatibleWith(b);
                    }
                }
                if (!agree) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one article's figures include two incompatible ones credited to different sources. */
    static boolean competing(List<Figure> side) {
        for (int i = 0; i < side.size(); i++) {
            for (int j = i + 1; j < side.size(); j++) {
                Figure a = side.get(i);
                Figure b = side.get(j);
                if (!a.compatibleWith(b) && a.creditedApartFrom(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A statement group. {@code forced} overrides the count-based status (DISPUTED or SUPERSEDED from polarity);
     * values are every figure its claims state, so a reader sees numbers even when they agree.
     */
    ClaimGroup statementGroup(List<Claim> members, ClaimStatus forced, String supersededBy) {
        List<Claim> claims = StoryClaimAligner.ordered(members);
        List<Figure> figs = new ArrayList<>();
        claims.forEach(c -> figs.addAll(sim.figures(c)));
        ClaimStatus status = forced != null ? forced : statusByCount(claims);
        return build(claims, status, status == ClaimStatus.SUPERSEDED ? supersededBy : null, values(figs), claims);
    }

    private ClaimStatus statusByCount(List<Claim> claims) {
        return independence.count(claims) >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
    }

    private ClaimGroup build(List<Claim> claims, ClaimStatus status, String supersededBy, List<ClaimValue> values,
                             List<Claim> statementCandidates) {
        List<Evidence> support = claims.stream().map(Claim::evidence).distinct().toList();
        Claim lead = statementClaim(statementCandidates);
        return new ClaimGroup(groupId(claims), Clauses.readable(lead.statement()), status, claims, support, values, supersededBy,
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
        int[] members = sim.indices(claims);
        java.util.Map<Claim, Double> centrality = new java.util.IdentityHashMap<>();
        for (Claim c : pool) {
            centrality.put(c, centrality(c, claims, members));
        }
        return pool.stream().min(Comparator.comparingDouble((Claim c) -> -centrality.get(c))
                .thenComparingInt(c -> c.statement().length()).thenComparing(Claim::id)).orElseThrow();
    }

    /** The summed similarity of a claim to the other members; {@code members} are their indices. */
    private double centrality(Claim c, List<Claim> claims, int[] members) {
        int self = sim.index(c);
        double total = 0;
        for (int k = 0; k < members.length; k++) {
            if (claims.get(k) != c) {
                total += sim.similarity(self, members[k]);
            }
        }
        return total;
    }

    /** Every figure with its outlet, date and scope; vague ones ("thousands") only when nothing precise is there. */
    private List<ClaimValue> values(List<Figure> figs) {
        List<ClaimValue> out = new ArrayList<>();
        boolean anyPrecise = figs.stream().anyMatch(f -> !f.vague());
        for (Figure f : figs) {
            if (anyPrecise && f.vague()) {
                continue;
            }
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
