package org.crosscheck.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlBenchmarkTest {

    private static final double EXACT = 1e-12;

    /** A TimeML document created on 15 March 2024 with the given TEXT body. */
    private static String tml(String id, String body) {
        return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>" + id + "</DOCID>\n"
                + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-03-15\" temporalFunction=\"false\""
                + " functionInDocument=\"CREATION_TIME\">March 15, 2024</TIMEX3></DCT>\n"
                + "<TEXT>\n" + body + "\n</TEXT>\n</TimeML>\n";
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Fully right: two gold expressions, both found with their values. */
    private static final String RIGHT = tml("right",
            "The <EVENT eid=\"e1\">council</EVENT> met on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-03-03\">"
                    + "March 3, 2024</TIMEX3> and meets again <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2024-03-16\">"
                    + "tomorrow</TIMEX3> at Smith &amp; Sons.");

    /** Two gold expressions: one found with another value than the (deliberately wrong) gold one, one missed. */
    private static final String WRONG = tml("wrong",
            "The mayor spoke on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-03-13\">Monday</TIMEX3> about"
                    + " <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"PAST_REF\">the good old days</TIMEX3>.");

    @Test
    void scoresOneRightDocumentAndOneWithAWrongValueAndAMiss(@TempDir Path dir) throws IOException {
        write(dir.resolve("a/right.tml"), RIGHT);
        write(dir.resolve("b/deeper/wrong.tml"), WRONG);
        write(dir.resolve("notes.txt"), "not TimeML");
        TimeMlBenchmark.Errors errors = new TimeMlBenchmark.Errors();
        TimeMlBenchmark.Result r = TimeMlBenchmark.run(dir, errors);
        // 4 gold (creation times left out), 3 found, 3 overlapping, 2 of them with the gold value
        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.gold()).isEqualTo(4);
        assertThat(r.spanPrecision()).isCloseTo(1.0, within(EXACT));
        assertThat(r.spanRecall()).isCloseTo(0.75, within(EXACT));
        assertThat(r.spanF1()).isCloseTo(6 / 7.0, within(EXACT));
        assertThat(r.valuePrecision()).isCloseTo(2 / 3.0, within(EXACT));
        assertThat(r.valueRecall()).isCloseTo(0.5, within(EXACT));
        assertThat(r.valueF1()).isCloseTo(4 / 7.0, within(EXACT));
        // TempEval-3's value F1 (evaluate_entities.py): relaxed span F1 times the value accuracy over the matches
        assertThat(r.valueF1()).isCloseTo(r.spanF1() * (2 / 3.0), within(EXACT));
        assertThat(r.docsPerSecond()).isPositive();
        assertThat(errors.misses).isEqualTo(Map.of("the good old days = PAST_REF", 1));
        assertThat(errors.falsePositives).isEmpty();
        assertThat(errors.wrongValues).containsOnlyKeys(
                "Monday | on Monday | gold 2024-03-13 got 2024-03-11 | dct 2024-03-15");
        assertThat(r.toString()).isEqualTo("time expressions: value P 0.667 R 0.500 F1 0.571 | span P 1.000 R 0.750"
                + " F1 0.857 over 2 documents (4 gold), " + String.format(java.util.Locale.ROOT, "%.1f",
                r.docsPerSecond()) + " docs/s" + System.lineSeparator()
                + "  a: value P 1.000 R 1.000 F1 1.000 | span P 1.000 R 1.000 F1 1.000 over 1 documents (2 gold)"
                + System.lineSeparator()
                + "  b: value P 0.000 R 0.000 F1 0.000 | span P 1.000 R 0.500 F1 0.667 over 1 documents (2 gold)");
        assertThat(r.parts()).extracting(TimeMlBenchmark.Part::name).containsExactly("a", "b");
        assertThat(errors.outcomes).extracting(Outcome::kind).containsExactly(Outcome.Kind.RIGHT,
                Outcome.Kind.RIGHT, Outcome.Kind.WRONG_VALUE, Outcome.Kind.MISSED);
        assertThat(errors.outcomes.get(2).category()).isEqualTo("weekday: other day");
        assertThat(errors.outcomes.get(3).category()).isEqualTo("reference PAST_REF");
        String report = ErrorReport.format(r, errors.outcomes);
        // fixing the miss: 3 right of 4 found and 4 gold, F1 0.750; fixing the wrong value: 3 of 3 and 4, F1 0.857
        assertThat(report).containsPattern("MISSED +DATE +relative +reference PAST_REF +1 +\\+0\\.1786")
                .containsPattern("WRONG_VALUE +DATE +relative +weekday +1 +\\+0\\.2857")
                .containsPattern("EXTRA +all +0");
        assertThat(report).contains("MISSED reference PAST_REF (1)")
                .contains("gold 2024-03-13 \"Monday\" found 2024-03-11 \"on Monday\" | b/wrong dct 2024-03-15 |"
                        + " The mayor spoke on [Monday] about the good old days.");
    }

    @Test
    void readsTheBodyAsPlainTextWithGoldOffsets(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("right.tml");
        write(file, RIGHT);
        TimeMlBenchmark.Doc doc = TimeMlBenchmark.read(file);
        assertThat(doc.name()).isEqualTo("right");
        assertThat(doc.anchor()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(doc.text()).isEqualTo(
                "\nThe council met on March 3, 2024 and meets again tomorrow at Smith & Sons.\n");
        assertThat(doc.gold()).extracting(TimeMlBenchmark.Gold::text).containsExactly("March 3, 2024", "tomorrow");
        for (TimeMlBenchmark.Gold g : doc.gold()) {
            assertThat(doc.text().substring(g.start(), g.end())).isEqualTo(g.text());
        }
    }

    @Test
    void aTimexWithBlankTextIsNotGold(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("blank.tml");
        write(file, tml("blank", "The <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P1D\"> </TIMEX3>council met"
                + " <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2024-03-14\">yesterday</TIMEX3>."));
        assertThat(TimeMlBenchmark.read(file).gold()).extracting(TimeMlBenchmark.Gold::text)
                .containsExactly("yesterday");
    }

    @Test
    void aMalformedFileIsNamedWithTheLineAndColumn(@TempDir Path dir) throws IOException {
        Path unclosed = dir.resolve("unclosed.tml");
        write(unclosed, tml("u", "Said\n on <TIMEX3 tid=\"t1\" value=\"2024-03-11\">Monday."));
        assertThatThrownBy(() -> TimeMlBenchmark.run(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(unclosed + ":7:5: ").hasMessageContaining("TIMEX3");
        write(unclosed, tml("u",
                "on <TIMEX3 value=\"2024-03-11\">Monday <TIMEX3 value=\"P1D\">a day</TIMEX3></TIMEX3>"));
        assertThatThrownBy(() -> TimeMlBenchmark.run(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(unclosed + ":6:38: ").hasMessageEndingWith("opened at 6:4");
        write(unclosed, tml("u", "on <TIMEX3>Monday</TIMEX3>"));
        assertThatThrownBy(() -> TimeMlBenchmark.run(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(unclosed + ":6:4: ").hasMessageContaining("without a value");
        write(unclosed, tml("u", "1 < 2 on Monday"));
        assertThatThrownBy(() -> TimeMlBenchmark.run(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(unclosed + ":6:3: ");
        write(unclosed, "<TimeML>no text</TimeML>");
        assertThatThrownBy(() -> TimeMlBenchmark.run(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(unclosed + ":1:1: ");
        Files.write(unclosed, new byte[] {'<', 'T', 'E', 'X', 'T', '>', (byte) 0xC3, '(', '<'});
        assertThatThrownBy(() -> TimeMlBenchmark.run(dir)).isInstanceOf(UncheckedIOException.class)
                .hasMessage(unclosed + ": byte 6: not UTF-8");
    }

    @Test
    void aFolderWithoutTimeMlIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> TimeMlBenchmark.run(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.toString());
        assertThatThrownBy(() -> TimeMlBenchmark.run(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
