package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written word scan finds exactly what the regular expression it replaced found. */
class WordsTest {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)?|\\p{N}+(?:[.,]\\p{N}+)*");

    /** Letters and digits from several scripts, marks, apostrophes, separators, supplementary characters. */
    private static final String[] PIECES = {"a", "Z", "é", "e\u0301", "ß", "Ж", "字", "ǅ", "ʰ", "\u0301", "\u20DD",
            "\u0903", "'", "’", "‘", ".", ",", "-", " ", "\n", "0", "7", "٣", "²", "½", "Ⅻ", "\uD835\uDC00",
            "\uD835\uDFCE", "\uD83D\uDE00", "\uD800", "\uDC00", "\"", "$", "%"};

    @Test
    void findsWhatTheRegularExpressionFinds() {
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            assertThat(scanned(s)).as("words of %s", s).isEqualTo(matched(s));
        }
    }

    @Test
    void readsNewsText() {
        String s = "O’Brien's team didn't win 1,200.50 votes in the 2024 race; Ⅻ. Zoë's rock'n'roll costs $3.5bn.";
        assertThat(scanned(s)).isEqualTo(matched(s));
        assertThat(scanned(s)).extracting(w -> w.substring(w.lastIndexOf(':') + 1))
                .contains("O’Brien", "didn't", "1,200.50", "2024", "Ⅻ", "Zoë's", "rock'n", "roll", "3.5", "bn");
    }

    private static List<String> scanned(String s) {
        List<String> out = new ArrayList<>();
        Words w = new Words(s);
        while (w.next()) {
            out.add(w.start() + ":" + w.end() + ":" + w.word());
        }
        return out;
    }

    private static List<String> matched(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return out;
    }
}
