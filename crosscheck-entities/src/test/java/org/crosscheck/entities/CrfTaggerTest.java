package org.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.Span;
import org.junit.jupiter.api.Test;

class CrfTaggerTest {
    private static List<String> words(String sentence) {
        return List.of(sentence.split(" "));
    }

    private static List<Integer> kept(boolean[] keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void aSentenceWithoutANameIsNotTagged() {
        assertThat(kept(CrfTagger.window(words("But the vote was delayed again on Monday , I think ."), 5)))
                .isEmpty();
        assertThat(kept(CrfTagger.window(words("“ The talks will resume , ” officials said ."), 5))).isEmpty();
    }

    @Test
    void windowsReachContextTokensEitherSideOfACapitalisedWord() {
        List<String> w = words("the plan was announced after long talks by officials of Norland on the border issue"
                + " late last night");
        assertThat(kept(CrfTagger.window(w, 2))).containsExactly(8, 9, 10, 11, 12);
        assertThat(kept(CrfTagger.window(w, -1))).hasSize(w.size());
    }

    @Test
    void aSentenceInitialNameOrAcronymCountsButACommonOpenerDoesNot() {
        assertThat(kept(CrfTagger.window(words("Kovalenko said the plan would work well ."), 1)))
                .containsExactly(0, 1);
        assertThat(kept(CrfTagger.window(words("US officials said the plan would work well ."), 1)))
                .containsExactly(0, 1);
        assertThat(kept(CrfTagger.window(words("After the talks , the plan would work well ."), 1))).isEmpty();
    }

    @Test
    void windowedTaggingFindsWhatWholeSentencesFind() {
        String text = "After long and difficult talks that lasted for most of the week, the mayor of Port Selwyn said"
                + " on Tuesday that the agreement, which had been drafted by lawyers working for the Harbor Authority"
                + " and reviewed by several independent experts, would be signed by Ilsa Brannock in Velmora.";
        List<Span> tokens = SimpleTokenizer.tokens(text, 0, text.length());
        List<Found> windowed = CrfTagger.tag(text, tokens);
        assertThat(windowed).isNotEmpty();
        assertThat(windowed).containsExactlyElementsOf(CrfTagger.tag(text, tokens, -1));
    }
}
