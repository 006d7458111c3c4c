package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written sentence-end scan finds what the regular expression it replaced found, on any text. */
class SentenceEndTest {

    /** The rule as a regular expression: the reference the scan must agree with. */
    private static final Pattern RULE = Pattern.compile("[.!?][\"”’)]?\\s+(?=[\"“‘(]?\\p{Lu})|\\n\\s*\\n");

    private static int byRule(String s, int n) {
        Matcher m = RULE.matcher(s);
        int seen = 0;
        while (m.find()) {
            if (++seen == n) {
                return m.start() + 1;
            }
        }
        return s.length();
    }

    @Test
    void agreesWithTheRuleOnNewsText() {
        String[] texts = {
            "",
            "No end here",
            "One. Two. Three. Four.",
            "He said \"stop.\" Then he left. (Later) he came back.",
            "A.  \"Quoted\" start! ‘Single’ quote? Éclair after. x. lower case after.",
            "Para one\n\nPara two\n \n\nPara three.\n",
            "Ends with a dot.",
            "Dot then space. ",
            "Mr. Smith went to Washington. He arrived at 3 p.m. Tuesday.",
            "Wait?! Yes. (Brackets.) And ”closing” quotes.” Next one.",
            Fixtures.bridgeCourier().text(),
            Fixtures.strikeLantern().text(),
        };
        for (String t : texts) {
            for (int n = 1; n <= 4; n++) {
                assertThat(FeatureExtractor.sentenceEnd(t, n)).as("%s, sentence %d", t, n).isEqualTo(byRule(t, n));
            }
        }
    }

    @Test
    void agreesWithTheRuleOnRandomText() {
        String alphabet = "aZ .!?\"”’)“‘(\n\t\r\u000B\fÉé";
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(30);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = b.toString();
            for (int n = 1; n <= 3; n++) {
                assertThat(FeatureExtractor.sentenceEnd(t, n)).as("'%s', sentence %d", t, n).isEqualTo(byRule(t, n));
            }
        }
    }
}
