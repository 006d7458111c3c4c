package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.Brief;
import org.crosscheck.api.BriefQuote;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.ClaimStatus;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.Quote;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.SourceProfile;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.state.SourceContext;
import org.crosscheck.api.stage.BriefBuilder;
import org.crosscheck.api.stage.ClaimAligner;
import org.crosscheck.api.stage.ClaimExtractor;

/**
 * Writes the brief of one story: claims of every article, aligned across articles; a headline; a timeline; the
 * quotes by speaker; and a sourcing profile per article. Nothing inside a non-reporting region reaches the brief.
 *
 * <p>Claims are ordered by what a reader should see first: what several outlets confirm (most support first), then
 * disputes, then what a later report overtook, then what rests on one source.
 */
public final class StoryBriefBuilder implements BriefBuilder {

    /** Longest headline shown, in characters; longer ones are cut at a word. */
    static final int HEADLINE_CHARS = 200;

    private final ClaimExtractor extractor;
    private final ClaimAligner aligner;

    public StoryBriefBuilder() {
        this(new SentenceClaimExtractor(), new StoryClaimAligner());
    }

    public StoryBriefBuilder(ClaimExtractor extractor, ClaimAligner aligner) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    @Override
    public Brief build(String storyId, List<AnnotatedArticle> docs, List<StoryAssignment> assignments) {
        Map<String, StoryAssignment> byArticle = new HashMap<>();
        if (assignments != null) {
            for (StoryAssignment a : assignments) {
                if (a != null) {
                    byArticle.putIfAbsent(a.article(), a);
                }
            }
        }
        BriefState state = start(storyId);
        if (docs != null) {
            for (AnnotatedArticle doc : docs) {
                if (doc != null) {
                    state = add(state, doc, byArticle.get(doc.id()));
                }
            }
        }
        return brief(state);
    }

    /** The state of a story with no article yet. */
    public BriefState start(String storyId) {
        String story = storyId == null ? "story" : storyId;
        return new BriefState(story, List.of(), Map.of(), Map.of(),
                aligner instanceof StoryClaimAligner ? StoryClaims.empty(story) : null);
    }

    /**
     * The state after one more article joins the story: a pure function of the previous state and the article.
     * Only the new article's claims are extracted and compared with the others; an article already present is
     * replaced.
     *
     * @param assignment how the clusterer placed the article (for the article it copies), or {@code null}
     */
    public BriefState add(BriefState state, AnnotatedArticle doc, StoryAssignment assignment) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(doc, "doc");
        String copyOf = assignment != null && assignment.duplicateOf() != null
                && !assignment.duplicateOf().equals(doc.id()) ? assignment.duplicateOf() : null;
        List<Claim> own = extractReporting(doc);
        List<AnnotatedArticle> docs = new ArrayList<>(state.docs().size() + 1);
        state.docs().stream().filter(d -> !d.id().equals(doc.id())).forEach(docs::add);
        docs.add(doc);
        Map<String, String> duplicateOf = new HashMap<>(state.duplicateOf());
        duplicateOf.remove(doc.id());
        if (copyOf != null) {
            duplicateOf.put(doc.id(), copyOf);
        }
        Map<String, List<Claim>> claimsByArticle = new HashMap<>(state.claimsByArticle());
        claimsByArticle.put(doc.id(), own);
        StoryClaims claims = state.claims();
        if (claims != null && aligner instanceof StoryClaimAligner a) {
            claims = claims.with(a.prepare(SourceProfiles.context(doc, copyOf), own));
        }
        return new BriefState(state.storyId(), docs, duplicateOf, claimsByArticle, claims);
    }

    /** The brief of a story state. */
    public Brief brief(BriefState state) {
        List<AnnotatedArticle> articles = state.docs();
        Map<String, String> duplicateOf = state.duplicateOf();
        Map<String, List<Claim>> claimsByArticle = state.claimsByArticle();
        List<ClaimGroup> aligned;
        if (state.claims() != null && aligner instanceof StoryClaimAligner a) {
            aligned = a.groups(state.claims());
        } else {
            List<Claim> claims = new ArrayList<>();
            List<SourceContext> contexts = new ArrayList<>();
            for (AnnotatedArticle doc : articles) {
                claims.addAll(claimsByArticle.getOrDefault(doc.id(), List.of()));
                contexts.add(SourceProfiles.context(doc, duplicateOf.get(doc.id())));
            }
            aligned = aligner.align(state.storyId(), claims, contexts);
        }
        Map<String, AnnotatedArticle> docsById = new HashMap<>();
        articles.forEach(d -> docsById.put(d.id(), d));
        List<ClaimGroup> groups = QuotedSpeech.credited(order(aligned), docsById);
        String story = state.storyId();

        List<SourceProfile> sources = new ArrayList<>();
        for (AnnotatedArticle doc : articles) {
            sources.add(SourceProfiles.profile(doc, duplicateOf.get(doc.id()), groups));
        }
        Map<String, TimelineBuilder.Lead> leads = new HashMap<>();
        for (AnnotatedArticle doc : articles) {
            TimelineBuilder.Lead lead = lead(doc, claimsByArticle.getOrDefault(doc.id(), List.of()));
            if (lead != null) {
                leads.put(doc.id(), lead);
            }
        }
        List<AnnotatedArticle> byDate = new ArrayList<>(articles);
        byDate.sort(Comparator.comparing(AnnotatedArticle::anchor, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Brief(Story.of(story, articles), headline(articles, groups, claimsByArticle), groups,
                TimelineBuilder.build(byDate, leads), quotes(byDate), sources);
    }

    private List<Claim> extractReporting(AnnotatedArticle doc) {
        try {
            List<Claim> out = extractor.extract(doc);
            return out == null ? List.of() : out.stream().filter(c -> c != null && inReporting(doc, c)).toList();
        } catch (RuntimeException e) {
            // the pipeline reports a failed brief with its story; the article that broke it is named here
            throw new IllegalStateException("claims of article '" + doc.id() + "': " + e, e);
        }
    }

    /** A guard against extractors that do not honour regions: evidence never comes from non-reporting text. */
    private static boolean inReporting(AnnotatedArticle doc, Claim c) {
        return c.article().equals(doc.id()) && c.end() <= doc.text().length()
                && !doc.isNonReporting(new org.crosscheck.api.Span(c.start(), c.end()));
    }

    static List<ClaimGroup> order(List<ClaimGroup> groups) {
        List<ClaimGroup> out = new ArrayList<>(groups == null ? List.of() : groups);
        out.sort(Comparator.comparingInt((ClaimGroup g) -> rank(g.status()))
                .thenComparingInt(g -> g.status() == ClaimStatus.CORROBORATED ? -g.support().size() : 0)
                .thenComparing(g -> StoryClaimAligner.earliest(g.claims()),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ClaimGroup::id));
        return out;
    }

    private static int rank(ClaimStatus s) {
        return switch (s) {
            case CORROBORATED -> 0;
            case DISPUTED -> 1;
            case SUPERSEDED -> 2;
            case SINGLE_SOURCE -> 3;
        };
    }


    /**
     * The title of the most central article: the one with most links to other articles through shared claim
     * groups (ties: the earliest). When it has no title (a plain text), what the story's core corroborated claim
     * states ({@link #coreStatement}), not another article's title (a less central report's title may be an old
     * turn of the story) nor its own first claim, which is often a detail of who reported what ("The Gazette,
     * citing unnamed sources, first reported the decision"), while the claim most outlets lead with is what the
     * story is. Without a corroborated claim, the first claim of the most central article, else its first reporting
     * sentence.
     */
    static String headline(List<AnnotatedArticle> docs, List<ClaimGroup> groups,
                           Map<String, List<Claim>> claimsByArticle) {
        Map<String, Integer> links = new HashMap<>();
        for (ClaimGroup g : groups) {
            int n = g.articles().size();
            for (String a : g.articles()) {
                links.merge(a, n - 1, Integer::sum);
            }
        }
        List<AnnotatedArticle> ranked = new ArrayList<>(docs);
        ranked.sort(Comparator.comparingInt((AnnotatedArticle d) -> -links.getOrDefault(d.id(), 0))
                .thenComparing(AnnotatedArticle::anchor, Comparator.nullsLast(Comparator.naturalOrder())));
        String title = ranked.isEmpty() ? null : ranked.get(0).article().title();
        if (title != null && !title.isBlank()) {
            return trim(title);
        }
        String core = coreStatement(groups);
        if (core != null) {
            return trim(asHeadline(core));
        }
        for (AnnotatedArticle d : ranked) {
            TimelineBuilder.Lead lead = lead(d, claimsByArticle.getOrDefault(d.id(), List.of()));
            if (lead != null) {
                return lead.text();
            }
        }
        return "";
    }

    /** Where a sentence turns to a comment on its news: a dash or a semicolon. */
    private static final Pattern TURN = Pattern.compile("\\s*(?:—|–|\\s-\\s|;)");

    /** Least length of a headline cut at a {@link #TURN}: shorter, the part before it is no headline. */
    private static final int HEADLINE_MIN = 50;

    /**
     * A statement as a headline: without its final stop, and cut where it turns to a comment on the news ("...
     * within Russian territory — a significant shift in Washington's approach") when what comes before is long
     * enough to stand alone.
     */
    static String asHeadline(String statement) {
        String s = statement.strip();
        Matcher turn = TURN.matcher(s);
        while (turn.find()) {
            if (turn.start() >= HEADLINE_MIN) {
                s = s.substring(0, turn.start());
                break;
            }
        }
        return s.replaceAll("[.,;:\\s]+$", "");
    }

    /** A short opening adverbial before an attribution: "On Sunday,", "Late on Friday,". */
    private static final Pattern OPENING_ADVERBIAL = Pattern.compile("^(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}[\\p{L}\\p{N}'’-]+,\\s*$");

    /**
     * What the story's core claim states, as a headline: of the corroborated groups, the one most articles back
     * (ties: the one the articles state earliest in their text, as a story leads with its news; then the order of
     * the groups), in its statement's words without the attribution that opens it ("multiple sources reported that
     * ...") or closes it ("..., officials said"); the group's citations still say who said it. Null without a
     * corroborated group.
     */
    static String coreStatement(List<ClaimGroup> groups) {
        ClaimGroup best = null;
        double bestPosition = 0;
        for (ClaimGroup g : groups) {
            if (g.status() != ClaimStatus.CORROBORATED || g.claims().isEmpty()) {
                continue;
            }
            Map<String, Integer> firstStart = new HashMap<>();
            for (Claim c : g.claims()) {
                firstStart.merge(c.article(), c.start(), Math::min);
            }
            double position = firstStart.values().stream().mapToInt(Integer::intValue).average().orElse(0);
            int n = g.articles().size();
            if (best == null || n > best.articles().size() || n == best.articles().size() && position < bestPosition) {
                best = g;
                bestPosition = position;
            }
        }
        if (best == null) {
            return null;
        }
        for (Claim c : best.claims()) {
            if (Clauses.readable(c.statement()).equals(best.statement())) {
                return withoutAttribution(c);
            }
        }
        return best.statement();
    }

    /**
     * A claim's statement without an attribution that opens it (after at most a short adverbial, and with the
     * "that" it introduces) or closes it; other statements are shown as they are.
     */
    static String withoutAttribution(Claim c) {
        String s = Clauses.readable(c.statement());
        Attribution a = c.attribution();
        if (a == null || a.start() < c.start() || a.end() > c.end()) {
            return s;
        }
        String text = c.statement();
        int from = a.start() - c.start();
        int to = a.end() - c.start();
        String before = text.substring(0, from);
        String after = text.substring(to);
        if (before.isBlank() || OPENING_ADVERBIAL.matcher(before).matches()) {
            Matcher that = OPENING_THAT.matcher(after);
            if (that.find()) {
                String rest = after.substring(that.end());
                if (rest.length() > 1) {
                    return Clauses.readable(Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
                }
            }
            return s;
        }
        if (CLOSING.matcher(after).matches() && before.strip().length() > 1) {
            return Clauses.readable(before.strip().replaceAll("[,;:\\s]+$", "") + ".");
        }
        return s;
    }

    /** What follows an opening attribution before its content: ", that" or "that". */
    private static final Pattern OPENING_THAT = Pattern.compile("^\\s*,?\\s*that\\s+", Pattern.CASE_INSENSITIVE);

    /** Nothing but closing punctuation after a closing attribution. */
    private static final Pattern CLOSING = Pattern.compile("^[\\s.!?\"”’']*$");

    /** The title, else the first claim, else the first sentence outside non-reporting regions; trimmed. */
    static TimelineBuilder.Lead lead(AnnotatedArticle doc, List<Claim> claims) {
        String title = doc.article().title();
        Evidence firstEvidence = claims.isEmpty() ? null : claims.get(0).evidence();
        if (title != null && !title.isBlank()) {
            return new TimelineBuilder.Lead(trim(title), firstEvidence);
        }
        if (!claims.isEmpty()) {
            return new TimelineBuilder.Lead(trim(claims.get(0).statement()), firstEvidence);
        }
        for (Sentence s : doc.sentences()) {
            String t = doc.text().substring(s.start(), s.end());
            if (!t.isBlank() && !doc.isNonReporting(s.span())) {
                return new TimelineBuilder.Lead(trim(t), new Evidence(doc.id(), s.start(), s.end()));
            }
        }
        return null;
    }

    static String trim(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        if (t.length() <= HEADLINE_CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', HEADLINE_CHARS);
        return t.substring(0, cut > 0 ? cut : HEADLINE_CHARS) + "…";
    }

    /** Every quote from reporting text, speakers in order of first appearance, each speaker's quotes together. */
    static List<BriefQuote> quotes(List<AnnotatedArticle> docs) {
        Map<String, List<BriefQuote>> bySpeaker = new LinkedHashMap<>();
        for (AnnotatedArticle d : docs) {
            for (Quote q : d.quotes()) {
                if (d.isNonReporting(q.span()) || q.text().isBlank()) {
                    continue;
                }
                String key = q.speaker() == null ? "\u0000unknown" : q.speaker();
                bySpeaker.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new BriefQuote(d.id(), q.speaker(), q.text(), new Evidence(d.id(), q.start(), q.end())));
            }
        }
        List<BriefQuote> out = new ArrayList<>();
        bySpeaker.values().forEach(out::addAll);
        return out;
    }
}
