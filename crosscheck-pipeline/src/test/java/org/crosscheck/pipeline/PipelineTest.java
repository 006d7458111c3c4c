package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Cleaned;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.stage.StoryClusterer;
import org.crosscheck.api.state.StoryIndex;
import org.junit.jupiter.api.Test;

/** The composition itself, with small hand-written stages: order, dates, failure isolation, stream order. */
class PipelineTest {

    /** A story per first word of the text; the index is a map. */
    record WordStory(String storyId) implements StoryIndex.Summary {
    }

    static final class WordClusterer implements StoryClusterer<WordStory> {
        @Override
        public StoryIndex<WordStory> newIndex() {
            Map<String, WordStory> m = new ConcurrentHashMap<>();
            return new StoryIndex<>() {
                @Override
                public List<WordStory> candidates(List<String> keys, int limit) {
                    return keys.stream().map(m::get).filter(s -> s != null).toList();
                }

                @Override
                public java.util.Optional<WordStory> get(String id) {
                    return java.util.Optional.ofNullable(m.get(id));
                }

                @Override
                public void put(WordStory s) {
                    m.put(s.storyId(), s);
                }

                @Override
                public int size() {
                    return m.size();
                }
            };
        }

        @Override
        public StoryAssignment assign(AnnotatedArticle doc, StoryIndex<WordStory> index) {
            String key = "s-" + doc.text().split(" ")[0];
            boolean fresh = index.get(key).isEmpty();
            index.put(new WordStory(key));
            return new StoryAssignment(doc.id(), key, fresh, 1.0, null);
        }
    }

    private static Stages stages(List<String> order) {
        return new Stages(
                a -> new Cleaned(a.withText(a.text().strip()), List.of(),
                        a.text().startsWith("Dated") ? LocalDate.of(2031, 1, 9) : null),
                text -> text.startsWith("Hola") ? "es" : "en",
                text -> List.of(new Sentence(0, text.length(), List.of(), 0)),
                d -> List.of(),
                d -> {
                    order.add("entities:" + d.id());
                    if (d.text().contains("boom")) {
                        throw new IllegalStateException("recogniser broke");
                    }
                    int i = d.text().indexOf("Veldra");
                    return i < 0 ? List.of() : List.of(new EntityMention(i, i + 6, "Veldra", EntityType.LOCATION,
                            "Veldra"));
                },
                d -> List.of(),
                d -> List.of(),
                d -> List.of(),
                d -> List.of(),
                docs -> docs,
                new WordClusterer(),
                (id, docs, as) -> new Brief(new Story(id, docs.stream().map(AnnotatedArticle::id).toList(), List.of(),
                        null, null), id, List.of(), List.of(), List.of(), List.of()));
    }

    private static Article article(String id, String text, LocalDate date) {
        return new Article(id, "Outlet", date, null, null, null, text, id + ".txt");
    }

    @Test
    void aStageFailingOnOneArticleIsReportedAndTheRestGoesOn() {
        List<String> order = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Pipeline p = new Pipeline(stages(order), 1);
        List<AnnotatedArticle> docs = p.annotate(List.of(
                article("a", "Ferry to Veldra resumed.", LocalDate.of(2031, 1, 2)),
                article("b", "Ferry boom at Veldra.", LocalDate.of(2031, 1, 3))), problems::add, () -> { });
        assertThat(docs).extracting(AnnotatedArticle::id).containsExactly("a", "b");
        assertThat(docs.get(0).entities()).hasSize(1);
        assertThat(docs.get(1).entities()).isEmpty();
        assertThat(docs.get(1).sentences()).hasSize(1);
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.article()).isEqualTo("b");
            assertThat(pr.stage()).isEqualTo("entities");
            assertThat(pr.toString()).contains("b.txt").contains("recogniser broke");
        });
    }

    @Test
    void datelineDatesAnUndatedArticleAndOtherLanguagesSkipEnglishStages() {
        List<String> order = new ArrayList<>();
        Pipeline p = new Pipeline(stages(order), 2);
        List<AnnotatedArticle> docs = p.annotate(List.of(article("d", "Dated report from Veldra.", null),
                article("e", "Hola Veldra.", LocalDate.of(2031, 1, 1))), x -> { }, () -> { });
        assertThat(docs.get(0).anchor()).isEqualTo(LocalDate.of(2031, 1, 9));
        assertThat(docs.get(1).article().language()).isEqualTo("es");
        assertThat(docs.get(1).entities()).isEmpty();
        assertThat(order).containsExactly("entities:d");
    }

    @Test
    void articlesOfOneDateAreTakenInIdOrderWhateverTheInputOrder() {
        Pipeline p = new Pipeline(stages(new ArrayList<>()), 1);
        LocalDate day = LocalDate.of(2031, 1, 1);
        List<AnnotatedArticle> docs = p.annotate(List.of(article("b", "Bridge b.", day), article("a", "Bridge a.", day)),
                x -> { }, () -> { });
        Clustering c = p.cluster(docs);
        assertThat(c.assignments().get(1).newStory()).as("a comes first").isTrue();
        assertThat(c.stories().get(0).articles()).containsExactly("a", "b");
    }

    @Test
    void clusteringRunsInPublicationOrderAndAnswersInInputOrder() {
        Pipeline p = new Pipeline(stages(new ArrayList<>()), 1);
        List<AnnotatedArticle> docs = p.annotate(List.of(
                article("late", "Bridge reopened.", LocalDate.of(2031, 2, 1)),
                article("undated", "Bridge works.", null),
                article("early", "Bridge closed.", LocalDate.of(2031, 1, 1)),
                article("other", "Harbour news.", LocalDate.of(2031, 1, 5))), x -> { }, () -> { });
        Clustering c = p.cluster(docs);
        assertThat(c.assignments()).extracting(StoryAssignment::article)
                .containsExactly("late", "undated", "early", "other");
        assertThat(c.assignments().get(2).newStory()).isTrue();
        assertThat(c.assignments().get(0).newStory()).isFalse();
        assertThat(c.stories()).hasSize(2);
        assertThat(c.stories().get(0).articles()).containsExactly("early", "late", "undated");
        assertThat(c.stories().get(0).first()).isEqualTo(LocalDate.of(2031, 1, 1));
        List<Brief> briefs = p.brief(docs, c, x -> { });
        assertThat(briefs).extracting(b -> b.story().id()).containsExactly("s-Bridge", "s-Harbour");
    }

    @Test
    void aPassForStoriesRunsOnlyWhatClusteringReadsAndFindsTheSameEntities() {
        List<String> order = new ArrayList<>();
        Stages base = stages(order);
        Stages recording = new Stages(base.cleaner(), base.language(), base.segmenter(),
                d -> { order.add("regions:" + d.id()); return List.of(); }, base.entities(),
                d -> { order.add("times:" + d.id()); return List.of(); },
                d -> { order.add("quantities:" + d.id()); return List.of(); },
                d -> { order.add("quotes:" + d.id()); return List.of(); },
                d -> { order.add("attributions:" + d.id()); return List.of(); },
                docs -> { order.add("resolve"); return docs; }, base.clusterer(), base.briefs());
        Pipeline p = new Pipeline(recording, 1);
        List<Article> in = List.of(article("a", "Ferry to Veldra resumed.", LocalDate.of(2031, 1, 2)));

        List<AnnotatedArticle> forStories = p.annotate(in, x -> { }, () -> { }, Pipeline.Depth.STORIES);
        assertThat(order).containsExactly("entities:a", "resolve");
        order.clear();
        List<AnnotatedArticle> full = p.annotate(in, x -> { }, () -> { });
        assertThat(order).containsExactly("regions:a", "entities:a", "times:a", "quantities:a", "quotes:a",
                "attributions:a", "resolve");
        assertThat(forStories.get(0).entities()).isEqualTo(full.get(0).entities()).hasSize(1);
        assertThat(forStories.get(0).sentences()).isEqualTo(full.get(0).sentences());
        assertThat(p.cluster(forStories).assignments()).isEqualTo(p.cluster(full).assignments());
    }
}
