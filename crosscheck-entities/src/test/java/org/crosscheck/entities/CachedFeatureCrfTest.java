package org.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.api.Span;
import org.junit.jupiter.api.Test;

/**
 * The cached feature extraction gives every token the feature set CoreNLP's own factory gives it, on both cliques:
 * compared position by position on sentences chosen for the edge cases (sentence edges, short neighbours, a name
 * recurring within and beyond 149 tokens, numbers, quotes, hyphens, accents) and, when the shared data is there, on
 * every sentence of the seed articles.
 */
class CachedFeatureCrfTest {

    private static final List<String> SENTENCES = List.of(
            "Mr. Obama met Putin in Moscow , and Obama said 12 .",
            "\" We will not back down , \" said Sen. Elizabeth Warren , D-Mass. , on Tuesday .",
            "The U.S. Department of Justice sued Google Inc. over its 1990s-era deals in São Paulo and Zürich .",
            "Obama",
            "He said : \" Trump ! \"",
            "( AP ) -- Officials at NATO 's headquarters in Brussels declined to comment on the 2nd report .",
            "Kursk , a southern Russian region where Ukraine 's forces advanced , was shelled by the Kremlin 's army ."
    );

    @Test
    void sameFeaturesAsCoreNlpOnEdgeCases() {
        for (String s : SENTENCES) {
            assertSameFeatures(List.of(s.split(" ")));
        }
        List<String> longSentence = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            longSentence.add(i % 40 == 0 ? "Warren" : i % 7 == 0 ? "Boston" : i % 3 == 0 ? "," : "then");
        }
        assertSameFeatures(longSentence);
    }

    @Test
    void sameFeaturesAsCoreNlpOnTheSeedArticles() throws IOException {
        Path dir = SeedEntitiesIT.seeds().resolve("articles");
        if (!Files.isDirectory(dir)) {
            return;
        }
        int sentences = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (List<Span> tokens : SimpleTokenizer.sentences(text)) {
                    List<String> words = new ArrayList<>();
                    for (Span t : tokens) {
                        words.add(CrfModel.word(CrfTagger.ptbWord(text.substring(t.start(), t.end()))));
                    }
                    assertSameFeatures(words);
                    sentences++;
                }
            }
        }
        assertThat(sentences).isPositive();
    }

    private static void assertSameFeatures(List<String> words) {
        CachedFeatureCrf crf = CrfModel.classifier();
        List<CoreLabel> labels = new ArrayList<>();
        for (String w : words) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            labels.add(l);
        }
        // classifySentence returns the model's preprocessed tokens (shapes, distributional classes set)
        assertThat(crf.cachesFeatures()).isTrue();
        List<CoreLabel> doc = crf.classifySentence(labels);
        // ours on copies without distributional classes, as the tagger first sees them
        List<CoreLabel> fresh = new ArrayList<>();
        for (CoreLabel l : doc) {
            CoreLabel copy = new CoreLabel(l);
            copy.remove(CoreAnnotations.DistSimAnnotation.class);
            fresh.add(copy);
        }
        Triple<int[][][], int[], double[][][]> ours = crf.documentToDataAndLabels(fresh);
        Triple<int[][][], int[], double[][][]> theirs = crf.coreNlpData(doc);
        assertThat(ours.second()).containsExactly(theirs.second());
        for (int j = 0; j < doc.size(); j++) {
            for (int k = 0; k < theirs.first()[j].length; k++) {
                int[] expected = theirs.first()[j][k].clone();
                Arrays.sort(expected);
                assertThat(ours.first()[j][k]).as("%s, token %d (%s), clique %d", words, j, words.get(j), k)
                        .containsExactly(expected);
            }
        }
    }
}
