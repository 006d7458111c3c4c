package org.crosscheck.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Cleaned;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.stage.LanguageIdentifier;
import org.crosscheck.api.stage.StoryClusterer;
import org.crosscheck.api.state.StoryIndex;
import org.crosscheck.api.state.StoryMerge;
import org.crosscheck.dedup.NearDuplicates;
import org.crosscheck.stories.StoryStream;

/**
 * crosscheck's three jobs, each reading top to bottom:
 * <ol>
 *   <li>{@link #annotate}: clean, identify the language, split sentences, mark non-reporting text, then find
 *       entities, times, quantities, quotes and attributions; across the run, give each entity one name;</li>
 *   <li>{@link #cluster}: feed the articles in publication order to near-duplicate detection, which puts a copy
 *       in its original's story, and then to the story clusterer;</li>
 *   <li>{@link #brief}: write each story's brief from its articles.</li>
 * </ol>
 * A stage that fails on one article is reported as a {@link Problem} and leaves only its own findings empty: one
 * bad article never takes the others down. Stages are stateless, so articles are annotated in parallel.
 */
public final class Pipeline {

    private final Stages stages;
    private final NearDuplicates duplicates;
    private final int threads;

    public Pipeline(Stages stages, NearDuplicates duplicates, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.stages = stages;
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
        this.threads = threads;
    }

    public Pipeline(Stages stages, int threads) {
        this(stages, new NearDuplicates(), threads);
    }

    public Pipeline(Stages stages) {
        this(stages, Runtime.getRuntime().availableProcessors());
    }

    public Stages stages() {
        return stages;
    }

    /**
     * Reading only: the article's body cleaned of page chrome, its date from a dateline when the input gave none,
     * and its language.
     */
    public Cleaned extract(Article raw, Consumer<Problem> problems) {
        Cleaned cleaned = attempt(raw, "cleaning", problems, () -> stages.cleaner().clean(raw),
                new Cleaned(raw, List.of(), null));
        Article article = cleaned.article();
        if (article.published() == null && cleaned.dateline() != null) {
            article = article.withPublished(cleaned.dateline());
        }
        if (article.language() == null) {
            String text = article.text();
            article = article.withLanguage(attempt(article, "language", problems,
                    () -> stages.language().identify(text), LanguageIdentifier.UNDETERMINED));
        }
        return new Cleaned(article, cleaned.removed(), cleaned.dateline());
    }

    /** Reading only, for a run of articles, in parallel; results in input order. */
    public List<Cleaned> extract(List<Article> articles, Consumer<Problem> problems, Runnable onEach) {
        Consumer<Problem> safe = synchronizedSink(problems);
        return parallel(articles, a -> {
            Cleaned c = extract(a, safe);
            onEach.run();
            return c;
        });
    }

    /**
     * How much of an article an annotation pass reads. Stages are pure functions of the article, so running fewer of
     * them changes nothing in what the others find: a pass for story clustering alone skips the stages the clusterer
     * and the near-duplicate check never look at, which on the 37k corpus are about a third of annotation time
     * (quantities, times, quotes, attributions, non-reporting regions).
     */
    public enum Depth {
        /** Every stage: what {@code annotate}, the brief and the service show. */
        FULL,
        /** Cleaning, language, sentences and entity names (resolved across the run): all that clustering reads. */
        STORIES
    }

    /** Annotates one article on its own (entity names are settled within the article only). */
    public AnnotatedArticle annotate(Article raw, Consumer<Problem> problems) {
        return annotate(raw, problems, Depth.FULL);
    }

    /** Annotates one article on its own, as far as {@code depth} asks. */
    public AnnotatedArticle annotate(Article raw, Consumer<Problem> problems, Depth depth) {
        Cleaned cleaned = extract(raw, problems);
        Article article = cleaned.article();
        AnnotatedArticle doc = AnnotatedArticle.of(cleaned);

        doc = step(doc, "sentences", problems, d -> d.withSentences(stages.segmenter().segment(d.text())));
        if (!readsAsEnglish(article.language())) {
            return doc; // the extraction stages are English-only: their output on other languages would be noise
        }
        if (depth == Depth.STORIES) {
            return step(doc, "entities", problems, d -> d.withEntities(stages.entities().recognize(d)));
        }
        doc = step(doc, "non-reporting", problems, d -> d.withRegions(stages.content().classify(d)));
        doc = step(doc, "entities", problems, d -> d.withEntities(stages.entities().recognize(d)));
        doc = step(doc, "times", problems, d -> d.withTimes(stages.times().tag(d)));
        doc = step(doc, "quantities", problems, d -> d.withQuantities(stages.quantities().extract(d)));
        doc = step(doc, "quotes", problems, d -> d.withQuotes(stages.quotes().extract(d)));
        doc = step(doc, "attributions", problems, d -> d.withAttributions(stages.attributions().extract(d)));
        return doc;
    }

    /**
     * Annotates a run of articles, in parallel, and gives every entity one canonical name across the run.
     *
     * @param onEach called once per article when it is done (for a progress bar); may be called from any thread
     * @return the annotated articles in input order
     */
    public List<AnnotatedArticle> annotate(List<Article> articles, Consumer<Problem> problems, Runnable onEach) {
        return annotate(articles, problems, onEach, Depth.FULL);
    }

    /** Annotates a run of articles as far as {@code depth} asks, as {@link #annotate(List, Consumer, Runnable)}. */
    public List<AnnotatedArticle> annotate(List<Article> articles, Consumer<Problem> problems, Runnable onEach,
                                           Depth depth) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Consumer<Problem> safe = synchronizedSink(problems);
        List<AnnotatedArticle> docs = parallel(articles, a -> {
            AnnotatedArticle doc = annotate(a, safe, depth);
            onEach.run();
            return doc;
        });
        return attempt(null, "entity resolution", safe, () -> stages.resolver().resolve(docs), docs);
    }

    /**
     * Groups annotated articles into stories as a stream in publication order (undated articles last; articles of
     * one date by id, so the result does not depend on the order files were given in): an article's story never
     * depends on articles published after it. A near-duplicate of an earlier article joins its story, marked
     * {@code duplicateOf} the first copy, so later stages do not count it as independent.
     */
    public Clustering cluster(List<AnnotatedArticle> docs) {
        return clusterWith(stages.clusterer(), docs);
    }

    /**
     * The story clusterer with near-duplicate detection in front, for callers that run their own stream (a server
     * adding articles as they come): a copy joins its original's story, marked {@code duplicateOf} the first copy.
     */
    public StoryClusterer<?> clusterer() {
        return deduplicating(stages.clusterer());
    }

    private <S extends StoryIndex.Summary> StoryClusterer<S> deduplicating(StoryClusterer<S> clusterer) {
        return new DedupingClusterer<>(clusterer, duplicates);
    }

    private <S extends StoryIndex.Summary> Clustering clusterWith(StoryClusterer<S> clusterer,
                                                                   List<AnnotatedArticle> docs) {
        StoryStream.Result r = new StoryStream<>(deduplicating(clusterer)).run(docs);
        List<Story> stories = new ArrayList<>(r.stories());
        stories.sort(Comparator.comparing((Story s) -> -s.articles().size())
                .thenComparing(Story::first, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Story::id));
        return new Clustering(r.assignments(), stories, r.merges());
    }

    /**
     * The brief of every story, in the order of {@link Clustering#stories()}. A story merged into another has no
     * brief of its own: its articles are briefed with the story it went into (followed through later merges), in
     * publication order, since the two were found to be one event.
     */
    public List<Brief> brief(List<AnnotatedArticle> docs, Clustering clustering, Consumer<Problem> problems) {
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        Map<String, StoryAssignment> assignments = new LinkedHashMap<>();
        clustering.assignments().forEach(a -> assignments.put(a.article(), a));
        Map<String, StoryMerge> byFrom = new HashMap<>();
        clustering.merges().forEach(m -> byFrom.put(m.from(), m));
        Map<String, List<String>> articles = new LinkedHashMap<>();
        for (Story story : clustering.stories()) {
            articles.computeIfAbsent(StoryMerge.live(story.id(), byFrom), k -> new ArrayList<>())
                    .addAll(story.articles());
        }
        List<Brief> briefs = new ArrayList<>();
        for (Story story : clustering.stories()) {
            List<String> ids = articles.get(story.id());
            if (ids == null) {
                continue; // merged into another story, briefed there
            }
            if (ids.size() > story.articles().size()) {
                ids = ids.stream().sorted(Comparator.comparing((String id) -> byId.get(id).anchor(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(id -> id)).toList();
            }
            List<AnnotatedArticle> members = ids.stream().map(byId::get).toList();
            List<StoryAssignment> memberAssignments = ids.stream().map(assignments::get).toList();
            Brief brief = attempt(null, "brief of story " + story.id(), problems,
                    () -> stages.briefs().build(story.id(), members, memberAssignments), null);
            if (brief != null) {
                briefs.add(brief);
            }
        }
        return briefs;
    }


    /** The stages that only read English; on other languages they are skipped rather than left to emit noise. */
    public static final List<String> ENGLISH_ONLY_STAGES = List.of("non-reporting", "entities", "times", "quantities",
            "quotes", "attributions");

    /** Undetermined language (short texts) is read as English rather than left unread. */
    public static boolean readsAsEnglish(String language) {
        return language == null || language.equals("en") || language.equals(LanguageIdentifier.UNDETERMINED);
    }

    private static AnnotatedArticle step(AnnotatedArticle doc, String stage, Consumer<Problem> problems,
                                         Function<AnnotatedArticle, AnnotatedArticle> f) {
        return attempt(doc.article(), stage, problems, () -> f.apply(doc), doc);
    }

    private static <T> T attempt(Article article, String stage, Consumer<Problem> problems, Supplier<T> work,
                                 T fallback) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            problems.accept(new Problem(article == null ? "*" : article.id(), article == null ? null : article.origin(),
                    stage, e.getClass().getSimpleName() + ": " + e.getMessage()));
            return fallback;
        }
    }

    private <A, B> List<B> parallel(List<A> items, Function<A, B> f) {
        if (threads == 1 || items.size() < 2) {
            return items.stream().map(f).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
            Thread t = new Thread(r, "crosscheck-annotate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<B>> futures = new ArrayList<>(items.size());
            for (A item : items) {
                futures.add(pool.submit(() -> f.apply(item)));
            }
            List<B> out = new ArrayList<>(items.size());
            for (Future<B> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Consumer<Problem> synchronizedSink(Consumer<Problem> sink) {
        Object lock = new Object();
        return p -> {
            synchronized (lock) {
                sink.accept(p);
            }
        };
    }
}
