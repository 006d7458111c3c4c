package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.api.AnnotatedArticle;
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
     * groups (ties: the earliest). Without a title, its first claim, else its first reporting sentence.
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
        for (AnnotatedArticle d : ranked) {
            TimelineBuilder.Lead lead = lead(d, claimsByArticle.getOrDefault(d.id(), List.of()));
            if (lead != null) {
                return lead.text();
            }
        }
        return "";
    }

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
