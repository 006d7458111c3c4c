package org.crosscheck.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.state.SourceContext;
import org.crosscheck.api.stage.ClaimAligner;
import org.crosscheck.api.stage.SentenceEmbedder;

/**
 * Groups the claims of one story that state the same thing and tells where each group stands.
 *
 * <ol>
 *   <li>Counts first: figures for one count from several articles form a group, DISPUTED when their values differ
 *       by more than their hedges allow ("more than 10,000" against "8,000"), projections aside.</li>
     *   <li>Then statements: claims of different articles and the same polarity join by deterministic average-link
 *       clustering over {@link ClaimScores}, one claim per article per group unless the article states the fact
 *       twice ({@link #mayMerge}); claims with different actors or disagreeing figures, the own words of two
 *       different people, claims that share only background clauses, and short claims the other does not state in
 *       full, never join ({@link #differentFacts}). A claim that names the story's event only by
 *       its noun joins the group that reports it ({@link #attachEventMentions}).</li>
 *   <li>Then polarity: a denial ("has yet to authorize") that matches an assertion of a different date is
 *       SUPERSEDED by the later one (a change over time is not a dispute); on the same date it is a dispute. A
 *       later report that states the denied predicate as done ("no plans to close the port", then "the ministry
 *       approved its closure") needs a little less similarity ({@link #SUPERSEDE_THRESHOLD}).</li>
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
    /**
     * A denial overtaken by a later report that states its very predicate as done ("no plans to close the port",
     * then "the ministry approved its closure") meets it a little lower still: the two reports are days apart and
     * word the situation from either side of the change, and the shared predicate already says which fact changed.
     */
    static final double SUPERSEDE_THRESHOLD = 0.30;
    /** A same-day contradiction is a strong statement about the story: it needs a close match to be shown. */
    static final double DISPUTE_THRESHOLD = 0.45;
    /**
     * Most content words of a short claim ({@link #shortUncovered}): four words name a predicate, its subject and
     * an object or two.
     */
    static final int SHORT_KEYS = 4;
    /** A change is read as a later development when the reports are at least this many days apart. */
    static final int SUPERSEDE_GAP_DAYS = 2;

    private final SentenceEmbedder embedder;

    /** Compares claims by their words and names only. */
    public StoryClaimAligner() {
        this(null);
    }

    /**
     * Compares claims by their words, names and sentence embeddings, so paraphrases of one fact meet.
     *
     * @param embedder the sentence embedder, or {@code null} for words and names only
     */
    public StoryClaimAligner(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public List<ClaimGroup> align(String storyId, List<Claim> claims, List<SourceContext> sources) {
        if (claims == null || claims.isEmpty()) {
            return List.of();
        }
        return groups(state(storyId == null ? "story" : storyId, claims, sources));
    }

    /** The claims of one article, ready to join a story: per-article work, done once. */
    public ArticleClaims prepare(SourceContext source, List<Claim> claims) {
        return ArticleClaims.of(source, claims == null ? List.of() : claims, embedder);
    }

    /** The state of a story built from all its claims at once: the same as adding its articles one by one. */
    public StoryClaims state(String storyId, List<Claim> claims, List<SourceContext> sources) {
        Map<String, SourceContext> contexts = new TreeMap<>();
        if (sources != null) {
            for (SourceContext s : sources) {
                if (s != null && s.article() != null) {
                    contexts.putIfAbsent(s.article(), s);
                }
            }
        }
        Map<String, List<Claim>> byArticle = new TreeMap<>();
        for (Claim c : ordered(claims == null ? List.of() : claims)) {
            byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
            contexts.computeIfAbsent(c.article(), k -> new SourceContext(k, null, c.published(), null, List.of()));
        }
        StoryClaims state = StoryClaims.empty(storyId);
        for (SourceContext s : contexts.values()) {
            state = state.with(prepare(s, byArticle.getOrDefault(s.article(), List.of())));
        }
        return state;
    }

    /** The claim groups of a story state, with their standing. */
    public List<ClaimGroup> groups(StoryClaims state) {
        List<Claim> all = ordered(state.claims());
        if (all.isEmpty()) {
            return List.of();
        }
        Independence independence = Independence.of(state.sources());
        ClaimScores sim = new ClaimScores(state);
        GroupAssembly assembly = new GroupAssembly(state.storyId(), independence, sim);

        List<NumericGrouping.Count> counts = NumericGrouping.counts(all, independence, sim);
        Set<String> used = new HashSet<>();
        counts.forEach(c -> c.claims().forEach(x -> used.add(x.id())));
        List<Claim> rest = all.stream().filter(c -> !used.contains(c.id())).toList();
        List<List<Claim>> clusters = attachEventMentions(cluster(rest, sim), sim);

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

    /**
     * Average-link agglomeration over same-polarity pairs, strongest pairs first, one claim per article (but for an
     * article that states the fact twice, {@link #mayMerge}; the average is then over pairs of different articles,
     * as a claim has no similarity with its own article's claims). Only pairs that share a content word are
     * visited: every other pair has similarity 0, makes no edge and counts 0 in an average.
     */
    static List<List<Claim>> cluster(List<Claim> claims, ClaimScores sim) {
        int n = claims.size();
        record Edge(int a, int b, double s) {
        }
        List<Edge> edges = new ArrayList<>();
        // the similarity of claims i < j at i * n + j; pairs never written are 0
        double[] m = new double[n * n];
        boolean[] negated = new boolean[n];
        int[] position = new int[sim.size()];
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < n; i++) {
            negated[i] = claims.get(i).negated();
            int g = sim.index(claims.get(i));
            if (g >= 0) {
                position[g] = i;
            }
        }
        // pairs that share no content word have similarity 0: they make no edge and leave their cell at 0
        sim.forEachSharingPair((ga, gb, s) -> {
            int i = Math.min(position[ga], position[gb]);
            int j = Math.max(position[ga], position[gb]);
            if (i < 0) {
                return;
            }
            // a pair below half the threshold blocks any merge of its members already (see the minimum below), so
            // only closer pairs need the check for different facts
            if (negated[i] != negated[j] || negated[i] && !sameTime(claims.get(i), claims.get(j))
                    || s >= THRESHOLD * 0.5 && differentFacts(claims.get(i), claims.get(j), sim)) {
                return;
            }
            m[i * n + j] = s;
            if (s >= THRESHOLD) {
                edges.add(new Edge(i, j, s));
            }
        });
        edges.sort(Comparator.comparingDouble((Edge e) -> -e.s()).thenComparingInt(Edge::a)
                .thenComparingInt(Edge::b));
        List<List<Integer>> groups = new ArrayList<>();
        // per group the articles of its members, by their number in this call
        List<BitSet> articlesOf = new ArrayList<>();
        Map<String, Integer> articleNumber = new HashMap<>();
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            groupOf[i] = i;
            groups.add(new ArrayList<>(List.of(i)));
            BitSet articles = new BitSet();
            articles.set(articleNumber.computeIfAbsent(claims.get(i).article(), k -> articleNumber.size()));
            articlesOf.add(articles);
        }
        for (Edge e : edges) {
            int ga = groupOf[e.a()];
            int gb = groupOf[e.b()];
            if (ga == gb || !mayMerge(articlesOf.get(ga), articlesOf.get(gb))
                    || articlesOf.get(ga).intersects(articlesOf.get(gb))
                    && !restated(groups.get(ga), groups.get(gb), claims, sim)) {
                continue;
            }
            double total = 0;
            double min = Double.MAX_VALUE;
            int pairs = 0;
            for (int x : groups.get(ga)) {
                for (int y : groups.get(gb)) {
                    if (claims.get(x).article().equals(claims.get(y).article())) {
                        continue;
                    }
                    double s = m[Math.min(x, y) * n + Math.max(x, y)];
                    total += s;
                    min = Math.min(min, s);
                    pairs++;
                }
            }
            double avg = total / pairs;
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
            articlesOf.get(keep).or(articlesOf.get(drop));
        }
        List<List<Claim>> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (!g.isEmpty()) {
                out.add(g.stream().sorted().map(claims::get).toList());
            }
        }
        return out;
    }

    /**
     * Whether two groups, by their articles, may merge: when no article is in both; or when each has several
     * articles and they share exactly one, which states the fact twice (in its lead and again further down) and
     * paired each time with other outlets. Two groups over the same articles are two facts those articles all
     * state (the two sentences of a statement they all quote), and a claim never joins a group that already holds
     * its article.
     */
    static boolean mayMerge(BitSet a, BitSet b) {
        if (!a.intersects(b)) {
            return true;
        }
        BitSet shared = (BitSet) a.clone();
        shared.and(b);
        return a.cardinality() >= 2 && b.cardinality() >= 2 && shared.cardinality() == 1;
    }

    /**
     * Whether the claims one article has in each of two groups state one fact: the cosine of their content words
     * reaches {@link #THRESHOLD}. A second mention of a fact repeats its words ("as a response to Ostmark's
     * deployment of troops", "was caused by the arrival of Ostmark's troops"); two facts of one article that other
     * outlets both quote share a few words of their topic only.
     */
    static boolean restated(List<Integer> a, List<Integer> b, List<Claim> claims, ClaimScores sim) {
        for (int x : a) {
            for (int y : b) {
                Claim cx = claims.get(x);
                Claim cy = claims.get(y);
                if (cx.article().equals(cy.article()) && !sameWords(sim.features(cx), sim.features(cy))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameWords(ClaimFeatures a, ClaimFeatures b) {
        if (a == null || b == null || a.keys().isEmpty() || b.keys().isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String k : a.keys()) {
            if (b.keys().contains(k)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) a.keys().size() * b.keys().size()) >= THRESHOLD;
    }

    /**
     * Claims that name the story's event only by its noun ({@link ClaimFeatures#eventNoun}: "The Times first
     * reported the authorization") join the group that states that event. Such a claim shares one word with the
     * reports of the event, too little for any similarity, yet a definite event noun in news refers to the event the
     * story is about, stated elsewhere by the verb of its family ("authorized", "approved"). The group is the one of
     * most articles among the affirmative groups of two articles or more, without the claim's own article, in which
     * every member states the noun's key, one has it as its predicate and some member names each entity the claim
     * names. When two such groups tie, the noun could refer to either and the claim stays alone.
     */
    static List<List<Claim>> attachEventMentions(List<List<Claim>> clusters, ClaimScores sim) {
        List<List<Claim>> groups = new ArrayList<>(clusters.size());
        clusters.forEach(c -> groups.add(new ArrayList<>(c)));
        for (List<Claim> single : groups) {
            ClaimFeatures f = single.size() == 1 ? sim.features(single.get(0)) : null;
            if (f == null || f.eventNoun() == null || f.claim().negated()) {
                continue;
            }
            List<Claim> best = null;
            int most = 0;
            boolean tie = false;
            for (List<Claim> g : groups) {
                int articles = g == single ? 0 : articlesStating(g, f, sim);
                if (articles > most) {
                    best = g;
                    most = articles;
                    tie = false;
                } else if (articles > 0 && articles == most) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                best.add(f.claim());
                single.clear();
            }
        }
        List<List<Claim>> out = new ArrayList<>(groups.size());
        for (List<Claim> g : groups) {
            if (!g.isEmpty()) {
                out.add(ordered(g));
            }
        }
        return out;
    }

    /**
     * The number of articles of a group that states the event a claim names by its noun (see
     * {@link #attachEventMentions}), or 0 when it does not or holds the claim's article.
     */
    private static int articlesStating(List<Claim> group, ClaimFeatures mention, ClaimScores sim) {
        String event = mention.eventNoun();
        Set<String> articles = new HashSet<>();
        Set<String> named = new HashSet<>();
        boolean predicate = false;
        for (Claim c : group) {
            ClaimFeatures f = sim.features(c);
            if (f == null || c.negated() || c.article().equals(mention.claim().article())
                    || !f.keys().contains(event)) {
                return 0;
            }
            predicate |= event.equals(f.verb());
            articles.add(c.article());
            named.addAll(f.entities());
        }
        for (String e : mention.entities()) {
            if (!anyNamed(Set.of(e), named)) {
                return 0;
            }
        }
        return predicate && articles.size() >= 2 ? articles.size() : 0;
    }

    /**
     * Whether two claims that share words still report different facts, whatever their similarity: different actors
     * doing the same thing ("Tarsland approved the loan" / "Ostmark approved the loan": the subjects differ and one
     * of them is not named by the other claim at all), or different figures for one kind of thing ("the package
     * builds 55 miles of fence" / "the deal pays for 234 miles of fence": precise figures of one unit family, none of
     * one claim within the other's hedges). A passive turn ("the loan was approved by Tarsland") names both actors
     * on both sides and is no clash. Also one predicate stated as possible and as done ({@link #possibleAgainstDone}),
     * a measure the other claim does not speak of ({@link #unsharedMeasure}) and a short claim the other does not
     * state in full ({@link #shortUncovered}).
     */
    static boolean differentFacts(Claim a, Claim b, ClaimScores sim) {
        ClaimFeatures fa = sim.features(a);
        ClaimFeatures fb = sim.features(b);
        if (fa != null && fb != null && !fa.subject().isEmpty() && !fb.subject().isEmpty()
                && !anyNamed(fa.subject(), fb.subject())
                && (!anyNamed(fa.subject(), fb.entities()) || !anyNamed(fb.subject(), fa.entities()))) {
            return true;
        }
        if (fa != null && fb != null && (possibleAgainstDone(fa, fb) || unsharedMeasure(fa, fb)
                || unsharedMeasure(fb, fa) || shortUncovered(fa, fb) || differentSpeakers(a, b)
                || sharedBackgroundOnly(fa, fb))) {
            return true;
        }
        return figuresDisagree(sim.figures(a), sim.figures(b));
    }

    /**
     * Whether what two claims share lies in background clauses ({@link ClaimFeatures#mainFact}) and neither states
     * the other's predicate: "the governor was taken aback by the reactions to the act, which he signed on Thursday"
     * and "lawmakers have defended the act ever since the governor signed it on Thursday" have the signing as their
     * context, and what each reports (his surprise, their defence) is not in the other. No shared word is stated
     * outside background by both. When one reports as its news what the other gives as background ("he fired the
     * adviser for lying" / "the adviser, whom he fired for lying"), the other states its predicate, and the
     * background confirms it.
     */
    static boolean sharedBackgroundOnly(ClaimFeatures a, ClaimFeatures b) {
        boolean shared = false;
        for (String k : a.fact()) {
            if (b.fact().contains(k)) {
                if (a.mainFact().contains(k) && b.mainFact().contains(k)) {
                    return false;
                }
                shared = true;
            }
        }
        return shared && !statesPredicateOf(b, a) && !statesPredicateOf(a, b);
    }

    /**
     * Whether {@code a} states the predicate of {@code b}'s own news: a verb found in {@code b}'s background ("ever
     * since the governor signed it", when the main verb went with the attribution) is no predicate of its news.
     */
    private static boolean statesPredicateOf(ClaimFeatures a, ClaimFeatures b) {
        return b.verb() != null && b.mainFact().contains(b.verb()) && a.keys().contains(b.verb());
    }

    /**
     * Whether two claims are the words of two different people: each is credited to a named person, neither
     * names the other's speaker, and one gives its speaker's own words (a quotation, or speech in the first person).
     * What one person says in their own words is their statement; another person's words on the same subject
     * ("there is no place for bigots in the movement", "none of those problems was caused by the movement") are a
     * second statement, not a confirmation of the first, however many words they share. Two named sources of one
     * reported fact ("the suspect was arrested, the police chief said" / "an FBI agent said") stay comparable: no
     * one speaks in their own words there.
     */
    static boolean differentSpeakers(Claim a, Claim b) {
        Attribution x = a.attribution();
        Attribution y = b.attribution();
        if (!namesItsSpeaker(x) || !namesItsSpeaker(y)) {
            return false;
        }
        Set<String> sx = Set.of(x.source());
        Set<String> sy = Set.of(y.source());
        if (anyNamed(sx, sy) || anyNamed(sx, Set.copyOf(b.entities())) || anyNamed(sy, Set.copyOf(a.entities()))) {
            return false;
        }
        return ownWords(a) || ownWords(b);
    }

    /**
     * Whether an attribution credits a named person whom its own words name ("union leader Dmytro Kovalchuk said"),
     * not one found behind a pronoun ("he added"): a pronoun's antecedent is a guess, and two quotations of one
     * speaker must not come apart on a wrong one.
     */
    private static boolean namesItsSpeaker(Attribution x) {
        if (x == null || x.kind() != SourceKind.NAMED_PERSON || x.source().isBlank()) {
            return false;
        }
        String last = lastWord(x.source());
        return last.length() > 2 && Lexicon.words(x.text()).contains(last);
    }

    /** Quotation marks, or a first-person pronoun outside the attribution: "we will not go back", "my parents". */
    private static final Pattern OWN_WORDS = Pattern.compile(
            "[\"\u201c\u201d]|\\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\\b");

    private static boolean ownWords(Claim c) {
        return OWN_WORDS.matcher(ClaimFeatures.contentText(c)).find();
    }

    /**
     * Whether two claims state one predicate, one as a possibility or a condition and the other as done: "the port
     * could divert ships if talks fail" is no report that ships were diverted, and "the decision could strengthen
     * Kyiv's position" none that something strengthens it.
     */
    static boolean possibleAgainstDone(ClaimFeatures a, ClaimFeatures b) {
        return a.possible() != b.possible() && a.verb() != null && b.verb() != null
                && (a.verb().equals(b.verb()) || b.keys().contains(a.verb()) || a.keys().contains(b.verb()));
    }

    /**
     * Whether the shorter of two claims is a short statement that the other does not state in full. A clause of a
     * few content words names one predicate and its arguments and nothing else ("the messages came from the
     * embassy", "gays are not a protected class in Tarsland"); sharing a name and one or two of those words with a
     * longer sentence ("handed the embassy's messages to the committee", "Tarsland's law lets shops refuse service
     * to gays") is sharing its subject, not its fact. So every word of a short claim's fact ({@link
     * ClaimFeatures#fact}) must be stated by the other claim, as a word or within a name, one spared when it has
     * {@link #SHORT_KEYS} of them and one more when the other states its predicate. The longer claim may say more:
     * it often carries a second fact beside the shared one.
     */
    static boolean shortUncovered(ClaimFeatures a, ClaimFeatures b) {
        ClaimFeatures shorter = a.fact().size() <= b.fact().size() ? a : b;
        ClaimFeatures other = shorter == a ? b : a;
        int n = shorter.fact().size();
        if (n > SHORT_KEYS || sameCause(shorter, other)) {
            return false;
        }
        Set<String> named = null;
        int missing = 0;
        for (String k : shorter.fact()) {
            if (other.keys().contains(k)) {
                continue;
            }
            if (named == null) {
                named = new HashSet<>();
                for (String e : other.claim().entities()) {
                    for (String w : Lexicon.words(e)) {
                        named.add(Lexicon.key(w));
                    }
                }
            }
            if (!named.contains(k)) {
                missing++;
            }
        }
        // a short claim whose predicate the other states ("the package was found in a mail facility") is anchored
        // to its fact: one word of its arguments' detail may go unsaid
        boolean predicate = shorter.verb() != null && other.keys().contains(shorter.verb());
        return missing > (n == SHORT_KEYS ? 1 : 0) + (predicate && n >= 3 ? 1 : 0);
    }

    /**
     * Whether two claims state a cause with the same actors (see {@link ClaimScores}): both say what prompted
     * something and every entity of the one naming fewer, two at least, is named by the other. A short cause clause
     * so matched is matched on its predicate and its arguments, whatever nouns each outlet gives the cause.
     */
    static boolean sameCause(ClaimFeatures a, ClaimFeatures b) {
        ClaimFeatures fewer = a.entities().size() <= b.entities().size() ? a : b;
        ClaimFeatures more = fewer == a ? b : a;
        return a.keys().contains(Lexicon.CAUSE) && b.keys().contains(Lexicon.CAUSE) && fewer.entities().size() >= 2
                && more.entities().containsAll(fewer.entities());
    }

    /**
     * Whether {@code a} states a measure that {@code b} does not speak of: a precise figure of something {@code b}
     * never names nor counts, by a verb {@code b} does not use. "The port handled 1.2 million containers" and "the
     * port was closed" share their subject, not their fact; "3,000 strikers gathered at the gates" and "strikers
     * gathered" share the verb and stay comparable.
     */
    static boolean unsharedMeasure(ClaimFeatures a, ClaimFeatures b) {
        if (a.verb() == null || b.keys().contains(a.verb())) {
            return false;
        }
        for (Figure f : a.figures()) {
            if (f.vague() || f.projected() || f.family().isEmpty() || b.keys().contains(f.family())) {
                continue;
            }
            boolean counted = false;
            for (Figure g : b.figures()) {
                counted |= g.family().equals(f.family());
            }
            if (!counted) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some name of one set names an actor of the other: the same name, or the same last word ("Obama" in
     * one article, "Barack Obama" in another, when entity linking ran per article).
     */
    private static boolean anyNamed(Set<String> names, Set<String> others) {
        for (String x : names) {
            String lx = lastWord(x);
            for (String y : others) {
                if (x.equalsIgnoreCase(y) || lx.length() > 2 && lx.equals(lastWord(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Generational suffixes after a surname: "Donald Trump Jr." is named "Trump" in a later mention. */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** The surname of a name, lower-cased, a generational suffix aside. */
    private static String lastWord(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT);
        int end = s.length();
        while (true) {
            while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == ',' || s.charAt(end - 1) == '.')) {
                end--;
            }
            int space = s.lastIndexOf(' ', end - 1);
            String word = s.substring(space + 1, end);
            if (space < 0 || !NAME_SUFFIXES.contains(word)) {
                return word;
            }
            end = space;
        }
    }

    /**
     * Whether two claims give precise figures of one unit family and no figure of one is within the hedges of a
     * figure of the other, projections included: "enough for 55 miles" and "will buy 234 miles" are two facts, while
     * "3,000 now, could grow to 10,000" agrees with "3,000".
     */
    static boolean figuresDisagree(List<Figure> a, List<Figure> b) {
        for (Figure x : a) {
            if (x.vague() || x.family().isEmpty()) {
                continue;
            }
            boolean sameFamily = false;
            boolean agree = false;
            for (Figure y : b) {
                if (!y.vague() && y.family().equals(x.family())) {
                    sameFamily = true;
                    agree |= a.stream().anyMatch(z -> !z.vague() && z.family().equals(x.family())
                            && z.compatibleWith(y));
                }
            }
            if (sameFamily && !agree) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pairs each all-denial cluster with the assertion cluster it best matches: the older side is superseded by the
     * newer; reports of about the same date that disagree in polarity become one disputed group.
     */
    private static List<ClaimGroup> resolvePolarity(List<List<Claim>> clusters, ClaimScores sim,
                                                    GroupAssembly assembly) {
        List<List<Claim>> groups = new ArrayList<>(clusters);
        List<int[]> indices = new ArrayList<>(groups.size());
        groups.forEach(g -> indices.add(sim.indices(g)));
        Map<Integer, Integer> supersededBy = new LinkedHashMap<>();
        Set<Integer> disputed = new LinkedHashSet<>();
        Set<Integer> merged = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Claim> neg = groups.get(i);
            if (!neg.get(0).negated()) {
                continue;
            }
            int best = -1;
            double bestSim = -1;
            for (int j = 0; j < groups.size(); j++) {
                List<Claim> aff = groups.get(j);
                if (aff.get(0).negated() || merged.contains(j)) {
                    continue;
                }
                // the cheap link first: below the lowest floor, or below the best so far, nothing else matters
                double s = maxLink(indices.get(i), indices.get(j), sim);
                if (s < Math.min(SUPERSEDE_THRESHOLD, POLARITY_THRESHOLD) || s < bestSim || !deniesWhatItAsserts(neg, aff, sim)) {
                    continue;
                }
                double floor = overtakes(neg, aff, sim) ? SUPERSEDE_THRESHOLD : POLARITY_THRESHOLD;
                if (s >= floor) {
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
            } else if (bestSim >= DISPUTE_THRESHOLD && maxContentLink(neg, aff, sim) >= THRESHOLD
                    && sameReferenceTime(pair[0], pair[1]) && assertsAsDone(aff, neg, sim)) {
                // a live contradiction must contradict the same statement, not merely name the same people
                List<Claim> union = new ArrayList<>(aff);
                union.addAll(neg);
                groups.set(best, ordered(union));
                indices.set(best, sim.indices(groups.get(best)));
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

    /**
     * Whether a denial cluster denies a predicate the assertion cluster states: "has yet to respond" and "said he
     * could end the war" share their cast, not their predicate, and are no contradiction. Denials whose predicate
     * could not be read are matched by similarity alone.
     */
    static boolean deniesWhatItAsserts(List<Claim> neg, List<Claim> aff, ClaimScores sim) {
        boolean anyPredicate = false;
        for (Claim n : neg) {
            ClaimFeatures f = sim.features(n);
            String p = f == null ? null : f.negatedPredicate();
            if (p == null) {
                continue;
            }
            anyPredicate = true;
            for (Claim a : aff) {
                ClaimFeatures fa = sim.features(a);
                if (fa != null && fa.keys().contains(p)) {
                    return true;
                }
            }
        }
        return !anyPredicate;
    }

    /**
     * Whether the assertion cluster is a later report (by the closest pair's dates, at least
     * {@link #SUPERSEDE_GAP_DAYS} after the denial) that states the predicate the denial denies as done: the case
     * of an early "no change" or "no plans to" overtaken by events.
     */
    static boolean overtakes(List<Claim> neg, List<Claim> aff, ClaimScores sim) {
        Claim[] pair = closestPair(neg, aff, sim);
        LocalDate negDate = pair[0].published();
        LocalDate affDate = pair[1].published();
        if (negDate == null || affDate == null || negDate.plusDays(SUPERSEDE_GAP_DAYS).isAfter(affDate)) {
            return false;
        }
        boolean predicate = false;
        for (Claim n : neg) {
            ClaimFeatures f = sim.features(n);
            predicate |= f != null && f.negatedPredicate() != null;
        }
        return predicate && assertsAsDone(aff, neg, sim);
    }

    /**
     * Whether two claims speak of about the same time: the latest calendar date each names at or before its own
     * publication, else its publication date. "Has yet to respond" on one day and "responded last July" in a
     * report of the same day speak of different times, so they are no live contradiction.
     */
    static boolean sameReferenceTime(Claim a, Claim b) {
        LocalDate ra = referenceDate(a);
        LocalDate rb = referenceDate(b);
        return ra == null || rb == null || Math.abs(ra.toEpochDay() - rb.toEpochDay()) <= SUPERSEDE_GAP_DAYS;
    }

    private static LocalDate referenceDate(Claim c) {
        LocalDate best = null;
        for (org.crosscheck.api.TimeExpression t : c.times()) {
            TimexOrder.Placed p = TimexOrder.place(t.value());
            if (p == null || c.published() != null && p.start().isAfter(c.published())) {
                continue;
            }
            // a month or a year names a period: its last day is the nearest it comes to the report
            LocalDate end = switch (p.grain()) {
                case 0 -> p.start().plusYears(1).minusDays(1);
                case 1 -> p.start().plusMonths(3).minusDays(1);
                case 2 -> p.start().plusMonths(1).minusDays(1);
                case 3 -> p.start().plusDays(6);
                default -> p.start();
            };
            if (c.published() != null && end.isAfter(c.published())) {
                end = c.published();
            }
            best = best == null || end.isAfter(best) ? end : best;
        }
        return best != null ? best : c.published();
    }

    /**
     * Whether the assertion side states the denied predicate as done, not as a plan or a possibility: "has not
     * been submitted" and "plans to submit" are both true at once. Denials whose predicate could not be read are
     * judged by similarity alone.
     */
    static boolean assertsAsDone(List<Claim> aff, List<Claim> neg, ClaimScores sim) {
        Set<String> predicates = new HashSet<>();
        for (Claim n : neg) {
            ClaimFeatures f = sim.features(n);
            if (f != null && f.negatedPredicate() != null) {
                predicates.add(f.negatedPredicate());
            }
        }
        if (predicates.isEmpty()) {
            return true;
        }
        for (Claim a : aff) {
            String s = a.statement();
            for (int[] w : Lexicon.wordSpans(s)) {
                if (predicates.contains(Lexicon.key(s.substring(w[0], w[1])))) {
                    String before = s.substring(Math.max(0, w[0] - 30), w[0]);
                    if (!Lexicon.PROJECTION.matcher(before).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Denials only join denials of about the same date: an old and a new denial are two states of the story. */
    private static boolean sameTime(Claim a, Claim b) {
        if (a.published() == null || b.published() == null) {
            return a.published() == b.published();
        }
        return Math.abs(a.published().toEpochDay() - b.published().toEpochDay()) < SUPERSEDE_GAP_DAYS;
    }

    private static Claim[] closestPair(List<Claim> a, List<Claim> b, ClaimScores sim) {
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

    private static double maxContentLink(List<Claim> a, List<Claim> b, ClaimScores sim) {
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

    /** The strongest {@link ClaimScores#related} link between claims of different articles, by claim index. */
    private static double maxLink(int[] a, int[] b, ClaimScores sim) {
        double best = 0;
        for (int x : a) {
            for (int y : b) {
                best = Math.max(best, sim.related(x, y));
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
