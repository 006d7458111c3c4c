package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass headline normalisation answers exactly what the regular expressions it replaced answered. */
class PageCleanerNormalTest {

    private static String byRegex(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s.!?:;,\"“”'’]+$", "").strip();
    }

    @Test
    void agreesWithTheRegularExpressionsOnHostileText() {
        String alphabet = "aZİß .!?:;,\"“”'’\t\n\r\f\u000B\u00A0\u2003\u200B-x\uD835\uDC00";
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(14); n > 0; n--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(PageCleaner.normal(s)).as("normal(%s)", s).isEqualTo(byRegex(s));
        }
    }

    @Test
    void comparesHeadlinesTheWayReadersDo() {
        assertThat(PageCleaner.normal("  Strike  Shuts\tPort of Valmora!” ")).isEqualTo("strike shuts port of valmora");
    }
}
