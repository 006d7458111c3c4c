package org.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.api.Span;
import org.junit.jupiter.api.Test;

class SimpleTokenizerTest {
    private static List<String> words(String text, List<Span> tokens) {
        return tokens.stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void keepsInitialsAbbreviationsAndSplitsPossessives() {
        String text = "Mr. Dale R. Quint Jr. met U.S. envoys at Kestrel’s office. Then he left.";
        List<List<Span>> s = SimpleTokenizer.sentences(text);
        assertThat(s).hasSize(2);
        assertThat(words(text, s.get(0))).containsExactly("Mr.", "Dale", "R.", "Quint", "Jr.", "met", "U.S.",
                "envoys", "at", "Kestrel", "’s", "office", ".");
    }

    @Test
    void emptyAndBlank() {
        assertThat(SimpleTokenizer.sentences("")).isEmpty();
        assertThat(SimpleTokenizer.sentences(null)).isEmpty();
        assertThat(SimpleTokenizer.sentences(" \n\n ")).isEmpty();
    }
}
