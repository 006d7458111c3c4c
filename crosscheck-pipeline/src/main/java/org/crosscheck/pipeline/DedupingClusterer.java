package org.crosscheck.pipeline;

import java.util.Objects;
import java.util.Optional;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.stage.PreparingClusterer;
import org.crosscheck.api.stage.StoryClusterer;
import org.crosscheck.api.state.StoryIndex;
import org.crosscheck.dedup.DuplicateMatch;
import org.crosscheck.dedup.NearDuplicates;
import org.crosscheck.dedup.Signature;

/**
 * Runs near-duplicate detection ahead of a story clusterer, in the same stream order. A copy of an earlier article
 * joins that article's story with {@code duplicateOf} set to the first copy, and is not shown to the clusterer: it
 * adds no evidence of its own, and letting it reshape the story's profile would weigh one text twice. Every other
 * article goes to the clusterer, and its {@code duplicateOf} is this stage's answer (none), whatever the clusterer
 * thought, so that one stage alone decides what is a copy.
 *
 * <p>Stateless like the stages it joins: the {@link DedupedStoryIndex} it is given holds everything.
 *
 * @param <S> the clusterer's story summary
 */
public final class DedupingClusterer<S extends StoryIndex.Summary>
        implements PreparingClusterer<S, DedupingClusterer.Prepared> {

    /** An article's signature, and the wrapped clusterer's own preparation when it has one. */
    public record Prepared(Signature signature, Object inner) {
    }

    private final StoryClusterer<S> clusterer;
    private final NearDuplicates duplicates;

    public DedupingClusterer(StoryClusterer<S> clusterer, NearDuplicates duplicates) {
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
    }

    /**
     * The wrapped clusterer, for a caller that applies what only it knows how to do to {@link
     * DedupedStoryIndex#stories()} (replaying a stored story merge): copies never start or merge stories, so that
     * part of the state is the wrapped clusterer's alone.
     */
    public StoryClusterer<S> clusterer() {
        return clusterer;
    }

    @Override
    public DedupedStoryIndex<S> newIndex() {
        return new DedupedStoryIndex<>(clusterer.newIndex(), duplicates.newIndex());
    }

    @Override
    public Prepared prepare(AnnotatedArticle doc) {
        Object inner = clusterer instanceof PreparingClusterer<?, ?> p ? p.prepare(doc) : null;
        return new Prepared(duplicates.sign(doc.text()), inner);
    }

    @Override
    public StoryAssignment assign(AnnotatedArticle doc, StoryIndex<S> index) {
        return assign(doc, new Prepared(duplicates.sign(doc.text()), null), index);
    }

    @Override
    public StoryAssignment assign(AnnotatedArticle doc, Prepared prepared, StoryIndex<S> index) {
        DedupedStoryIndex<S> state = state(index);
        Signature sig = prepared.signature();
        Optional<DuplicateMatch> match = duplicates.find(sig, state.duplicates());
        if (match.isPresent() && match.get().story() != null) {
            DuplicateMatch m = match.get();
            duplicates.remember(doc.id(), sig, m, m.story(), state.duplicates());
            return new StoryAssignment(doc.id(), m.story(), false, m.score(), m.original());
        }
        StoryAssignment a = inner(doc, prepared.inner(), state.stories());
        duplicates.remember(doc.id(), sig, match.orElse(null), a.story(), state.duplicates());
        return new StoryAssignment(a.article(), a.story(), a.newStory(), a.score(),
                match.map(DuplicateMatch::original).orElse(null));
    }

    @Override
    public StoryAssignment replay(AnnotatedArticle doc, String storyId, StoryIndex<S> index) {
        return replay(doc, new Prepared(duplicates.sign(doc.text()), null), storyId, index);
    }

    /**
     * Records an article into a story decided earlier, as {@link #assign} would have had it gone there: a copy of
     * an article held (found as assigning finds it) is held under its original and not shown to the wrapped
     * clusterer, exactly as when it was first assigned; any other article is replayed into the wrapped clusterer's
     * index. Either way the article's signature is held under {@code storyId}, so later copies of it join that
     * story. The returned assignment names {@code storyId}, and the original when the article is a copy.
     */
    @Override
    public StoryAssignment replay(AnnotatedArticle doc, Prepared prepared, String storyId, StoryIndex<S> index) {
        DedupedStoryIndex<S> state = state(index);
        Signature sig = prepared.signature();
        Optional<DuplicateMatch> match = duplicates.find(sig, state.duplicates());
        duplicates.remember(doc.id(), sig, match.orElse(null), storyId, state.duplicates());
        if (match.isPresent() && match.get().story() != null) {
            return new StoryAssignment(doc.id(), storyId, false, match.get().score(), match.get().original());
        }
        StoryAssignment a = innerReplay(doc, prepared.inner(), storyId, state.stories());
        return new StoryAssignment(a.article(), a.story(), a.newStory(), a.score(),
                match.map(DuplicateMatch::original).orElse(null));
    }

    private DedupedStoryIndex<S> state(StoryIndex<S> index) {
        if (!(index instanceof DedupedStoryIndex<S> state)) {
            throw new IllegalArgumentException("a deduplicating clusterer needs the index from its newIndex(), got "
                    + index.getClass().getName());
        }
        return state;
    }

    @SuppressWarnings("unchecked") // inner came from the wrapped clusterer's own prepare
    private StoryAssignment innerReplay(AnnotatedArticle doc, Object inner, String storyId, StoryIndex<S> stories) {
        if (inner != null && clusterer instanceof PreparingClusterer<?, ?>) {
            return ((PreparingClusterer<S, Object>) clusterer).replay(doc, inner, storyId, stories);
        }
        return clusterer.replay(doc, storyId, stories);
    }

    @SuppressWarnings("unchecked") // inner came from the wrapped clusterer's own prepare
    private StoryAssignment inner(AnnotatedArticle doc, Object inner, StoryIndex<S> stories) {
        if (inner != null && clusterer instanceof PreparingClusterer<?, ?>) {
            return ((PreparingClusterer<S, Object>) clusterer).assign(doc, inner, stories);
        }
        return clusterer.assign(doc, stories);
    }
}
