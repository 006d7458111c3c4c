package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpSegmenterTest {

    private final OpenNlpSegmenter seg = new OpenNlpSegmenter();

    private static List<String> texts(String text, List<Sentence> ss) {
        return ss.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private static void checkOffsets(String text, List<Sentence> ss) {
        int last = 0;
        for (Sentence s : ss) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(s.end()).isGreaterThan(s.start());
            assertThat(Lines.isSpace(text.charAt(s.start()))).isFalse();
            assertThat(Lines.isSpace(text.charAt(s.end() - 1))).isFalse();
            int t = s.start();
            for (Span tok : s.tokens()) {
                assertThat(tok.start()).isGreaterThanOrEqualTo(t);
                assertThat(tok.length()).isPositive();
                t = tok.end();
            }
            last = s.end();
        }
    }

    @Test
    void sentencesNeverCrossParagraphsAndCarryTheirIndex() {
        String text = "Velmora Council met on Monday\nThe vote was close.  It passed.\n\n\nThe mayor left early.";
        List<Sentence> ss = seg.segment(text);
        assertThat(texts(text, ss)).containsExactly("Velmora Council met on Monday", "The vote was close.",
                "It passed.", "The mayor left early.");
        assertThat(ss).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
        checkOffsets(text, ss);
    }

    @Test
    void possessivesAndSlashedNamesAreSplitOffNames() {
        String text = "Mayor Ada Morrow\u2019s plan won Velmora\u2019s vote and the council's backing for Orla/Brim boats.";
        List<String> tokens = seg.segment(text).get(0).tokens().stream().map(t -> t.of(text)).toList();
        assertThat(tokens).containsSubsequence("Morrow", "\u2019s", "plan").containsSubsequence("Velmora", "\u2019s")
                .containsSubsequence("council", "'s").containsSubsequence("Orla", "/", "Brim");
    }

    @Test
    void mendsBreaksAfterTitlesAbbreviationsAndQuotes() {
        String text = "Gen. Ada Morrow and Dr. Ivo Lanz met the U.S. Army team on Jan. 5 at No. 3 Quay Road. "
                + "“Leave now!” she told them. They stayed in the U.S. The talks ended at 5 p.m. on Friday.";
        List<String> got = texts(text, seg.segment(text));
        assertThat(got).containsExactly(
                "Gen. Ada Morrow and Dr. Ivo Lanz met the U.S. Army team on Jan. 5 at No. 3 Quay Road.",
                "“Leave now!” she told them.", "They stayed in the U.S.", "The talks ended at 5 p.m. on Friday.");
    }

    @Test
    void aStateAbbreviationBindsATitleButEndsASentenceOtherwise() {
        String text = "The protest grew on Monday, with Wash. Gov. Ada Morrow banning travel to the region. "
                + "She grew up in Springfield, Ill. Her father still lives there. "
                + "Rep. Ivo Lanz, D-Calif. Lanz objected. Calif. lawmakers agreed.";
        List<String> got = texts(text, seg.segment(text));
        assertThat(got).containsExactly(
                "The protest grew on Monday, with Wash. Gov. Ada Morrow banning travel to the region.",
                "She grew up in Springfield, Ill.", "Her father still lives there.", "Rep. Ivo Lanz, D-Calif.",
                "Lanz objected.", "Calif. lawmakers agreed.");
    }

    @Test
    void tokensSplitPunctuationAndDashes() {
        String text = "Morrow said, “We’re leaving—now.” (Ada) paid $5.5 million.";
        List<Sentence> ss = seg.segment(text);
        List<String> toks = ss.stream().flatMap(s -> s.tokens().stream()).map(t -> t.of(text)).toList();
        assertThat(toks).contains("Morrow", "said", ",", "“", "leaving", "—", "now", "”", "(", "Ada", ")", "5.5",
                "million", ".");
        checkOffsets(text, ss);
    }

    @Test
    void sameResultOnManyThreads() throws Exception {
        String text = "The Velmora ferry sank on Monday. All 40 passengers were rescued, Capt. Ilse Brandt said.\n"
                + "An inquiry starts in May.";
        List<Sentence> expected = seg.segment(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Sentence>>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                fs.add(pool.submit(() -> seg.segment(text)));
            }
            for (Future<List<Sentence>> f : fs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n \t\n", "\u0000\u0007\u001B[31m red \u0000.", "\uD800", "a\uDC00b. \uD83D",
            "...", "?!?! ?", "\u200B\u00A0\uFEFF"})
    void hostileInputGivesValidSpans(String text) {
        List<Sentence> ss = seg.segment(text);
        for (Sentence s : ss) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(s.tokens()).isNotEmpty();
        }
        if (text.isBlank()) {
            assertThat(ss).isEmpty();
        }
    }

    @Test
    @Timeout(30)
    void oneMegabyteOfOneWordWithAndWithoutSpaces() {
        for (String text : List.of("ferry ".repeat(174_763), "ferry. ".repeat(149_797), "ferry".repeat(209_716),
                "a.".repeat(524_288))) {
            List<Sentence> ss = seg.segment(text);
            assertThat(ss).isNotEmpty();
            checkOffsets(text, ss);
            assertThat(ss).allSatisfy(s -> assertThat(s.end() - s.start())
                    .isLessThanOrEqualTo(OpenNlpSegmenter.MAX_SENTENCE));
        }
    }
}
