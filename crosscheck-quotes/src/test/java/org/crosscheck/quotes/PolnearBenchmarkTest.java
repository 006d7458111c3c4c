package org.crosscheck.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PolnearBenchmark} on a tiny fictional split whose every figure is worked out by hand. */
class PolnearBenchmarkTest {

    /** A ship emoji first, so that brat's code-point offsets differ from Java's UTF-16 ones. */
    private static final String HARBOUR = "Harbour Notes \uD83D\uDEA2\n"
            + "Mayor Ada Quill said the ferry would return in May. \"We have waited long enough,\" Quill said.\n"
            + "The council said it backed what it called \"a sensible plan\" for the docks.\n"
            + "\"Nobody asked us,\" said Tom Reed, a fisherman.\n"
            + "\"It will be fine.\"\n"
            + "The sign on the gate read \"Closed\".\n";
    private static final String PIER = "Reuters reported that the pier\nwould close, according to a notice.\n";

    @TempDir
    Path dir;

    /**
     * Harbour: three gold direct quotes. The rules find "We have waited..." (speaker Quill, right) and "Nobody asked
     * us" (speaker Tom Reed, where the gold names the appositive "a fisherman": wrong), miss the one-word "Closed",
     * leave "a sensible plan" alone (it follows the council's stance "backed", which reports a position, not
     * speech) and find "It will be fine." that no annotator marked (a false positive). Quotes: P 2/3, R 2/3,
     * strict P 2/3; speaker 1/2.
     *
     * <p>Sources, gold against cue phrases: Mayor Ada Quill, Quill, The council, Reuters and a notice match; the
     * gold "a fisherman" and "The sign" are missed and the cue phrases "Tom Reed" and "it" (of "it backed", a stance
     * the gold does not mark) are not gold. P 5/7, R 5/7.
     *
     * <p>Contents, the seven gold ones against the seven cues' contents: the ferry returning, the two quotations, the
     * council's clause, what it backed, "the pier would close, according to a notice" (Reuters) and "Reuters
     * reported that the pier would close" (the notice) each overlap a gold content, and only "Closed" has no content
     * over it: P 7/7, R 6/7. Exact: the first three cues' contents equal gold ones once quotation marks and commas
     * are stripped; Tom Reed's runs on over the next paragraph's quotation, which has no cue of its own and so goes
     * on in his voice; what it backed is part of a gold content, and the pier's do not match ("that the pier would
     * close" matches neither, the notice's runs from "Reuters"): P 3/7, R 3/7.
     */
    @Test
    void scoresTheFiguresByHand() throws IOException {
        write("text/harbour.txt", HARBOUR);
        write("attributions/harbour_ab12.ann", ann(
                t("T1", "Source", HARBOUR, 0, "Mayor Ada Quill"),
                t("T2", "Cue", HARBOUR, 0, "said"),
                t("T3", "Content", HARBOUR, 0, "the ferry would return in May"),
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1 ",
                t("T4", "Content", HARBOUR, 0, "\"We have waited long enough,\""),
                t("T5", "Source", HARBOUR, HARBOUR.indexOf("\" Quill"), "Quill"),
                "E2\tAttribution:T5 Content:T4 Source:T5",
                t("T6", "Source", HARBOUR, 0, "The council"),
                t("T7", "Content", HARBOUR, 0, "it backed what it called \"a sensible plan\" for the docks"),
                "E3\tAttribution:T6 Source:T6 Content:T7",
                t("T8", "Content", HARBOUR, 0, "\"Nobody asked us,\""),
                t("T9", "Source", HARBOUR, 0, "a fisherman"),
                "E4\tAttribution:T9 Content:T8 Source:T9",
                t("T10", "Source", HARBOUR, 0, "The sign"),
                t("T11", "Content", HARBOUR, 0, "\"Closed\""),
                "E5\tAttribution:T10 Content:T11 Source:T10",
                "#1\tAnnotatorNotes T10\ta sign, not a person",
                ""));
        // a second annotator of the same document is not scored: only the first file in name order is
        write("attributions/harbour_cd34.ann", ann(t("T1", "Source", HARBOUR, 0, "Tom Reed")));
        // a content running over a line break continues on the next .ann line; T6 has two fragments
        write("text/pier.txt", PIER);
        write("attributions/pier.ann", ann(
                t("T1", "Source", PIER, 0, "Reuters"),
                t("T2", "Cue", PIER, 0, "reported"),
                t("T3", "Content", PIER, 0, "that the pier\nwould close"),
                "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3",
                t("T4", "Source", PIER, 0, "a notice"),
                t("T5", "Cue", PIER, 0, "according to"),
                t("T6", "Content", PIER, 0, "the pier", "would close"),
                "E2\tAttribution:T5 Cue:T5 Source:T4 Content:T6"));
        // an annotation file without its text is skipped
        write("attributions/lost_ab12.ann", ann("T1\tSource 0 4\tLost"));

        PolnearBenchmark.Result r = PolnearBenchmark.run(dir);

        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.goldQuotes()).isEqualTo(3);
        assertThat(r.predictedQuotes()).isEqualTo(3);
        assertThat(r.indirectQuotes()).isEqualTo(0);
        assertThat(r.quotePrecision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(r.quoteRecall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(r.quoteF1()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(r.strictQuotePrecision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(r.strictQuoteF1()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(r.speakerAccuracy()).isCloseTo(0.5, within(1e-12));
        assertThat(r.speakersCorrect()).isEqualTo(1);
        assertThat(r.speakersGold()).isEqualTo(2);
        assertThat(r.goldSources()).isEqualTo(7);
        assertThat(r.predictedSources()).isEqualTo(7);
        assertThat(r.sourcePrecision()).isCloseTo(5 / 7.0, within(1e-12));
        assertThat(r.sourceRecall()).isCloseTo(5 / 7.0, within(1e-12));
        assertThat(r.sourceF1()).isCloseTo(5 / 7.0, within(1e-12));
        assertThat(r.goldContents()).isEqualTo(7);
        assertThat(r.predictedContents()).isEqualTo(7);
        assertThat(r.contentPrecision()).isCloseTo(1.0, within(1e-12));
        assertThat(r.contentRecall()).isCloseTo(6 / 7.0, within(1e-12));
        assertThat(r.contentF1()).isCloseTo(12 / 13.0, within(1e-12));
        assertThat(r.exactContentPrecision()).isCloseTo(3 / 7.0, within(1e-12));
        assertThat(r.exactContentRecall()).isCloseTo(3 / 7.0, within(1e-12));
        assertThat(r.exactContentF1()).isCloseTo(3 / 7.0, within(1e-12));
        assertThat(r.docsPerSecond()).isPositive();
        assertThat(r.toString()).doesNotContain("\n").startsWith(
                "quotes P 0.667 R 0.667 F1 0.667 (strict P 0.667, F1 0.667; 3 gold, 3 predicted, 0 inside indirect"
                        + " speech) | speaker 0.500 (1/2) | sources P 0.714 R 0.714 F1 0.714 (7 gold, 7 predicted)"
                        + " | contents P 1.000 R 0.857 F1 0.923, exact P 0.429 R 0.429 F1 0.429 (7 gold, 7 predicted)"
                        + " | 2 documents, ");

        List<String> trace = new ArrayList<>();
        PolnearBenchmark.run(dir, trace::add);
        // a missed source is traced with its context after " | "; the two misses are the 7 - 5 of the recall
        assertThat(trace).extracting(l -> l.startsWith("SRC-MISS") ? l.substring(0, l.indexOf(" | ")) : l)
                .containsExactlyInAnyOrder(
                "MISS harbour \"Closed\"",
                "SPK harbour gold=a fisherman got=Tom Reed | Nobody asked us,",
                "FP harbour It will be fine.",
                "SRC-FP harbour Tom Reed",
                "SRC-FP harbour it",
                "SRC-MISS harbour a fisherman",
                "SRC-MISS harbour The sign");
    }

    @Test
    void malformedLinesNameTheFileAndLine() throws IOException {
        write("text/pier.txt", PIER);
        Path annPath = dir.resolve("attributions/pier_ab12.ann");
        String source = t("T1", "Source", PIER, 0, "Reuters");
        String cue = t("T2", "Cue", PIER, 0, "reported");
        List<List<String>> bad = List.of(
                List.of(source, cue, "T3 Content 17 20\tthe"),                           // spaces for tabs
                List.of(source, cue, "E1\tAttribution:T2 Source:T9"),                  // no T9
                List.of(source, cue, "T3\tContent 17 999\tthe"),                       // past the text
                List.of(source, cue, "T2\tCue 8 16\treported"),                        // repeated id
                List.of(source, cue, "T3\tContent 17 x\tthe"),                         // not an offset
                List.of(source, cue, "that the pier"));                                // stray text
        for (List<String> lines : bad) {
            write("attributions/pier_ab12.ann", ann(lines.toArray(String[]::new)));
            assertThatThrownBy(() -> PolnearBenchmark.run(dir))
                    .as(lines.get(2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(annPath + ":3: malformed .ann line");
        }
    }

    @Test
    void refusesAFolderThatIsNotASplit() throws IOException {
        assertThatThrownBy(() -> PolnearBenchmark.run(dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(dir.toString());
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        assertThatThrownBy(() -> PolnearBenchmark.run(dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no .ann file");
    }

    /**
     * A brat text-bound line over the pieces, each searched for after the previous one from {@code from} (a UTF-16
     * index), with code-point offsets as brat writes them.
     */
    private static String t(String id, String type, String text, int from, String... pieces) {
        StringBuilder offsets = new StringBuilder();
        StringBuilder covered = new StringBuilder();
        int at = from;
        for (String piece : pieces) {
            int s = text.indexOf(piece, at);
            assertThat(s).as(piece).isNotNegative();
            at = s + piece.length();
            offsets.append(offsets.isEmpty() ? "" : ";").append(text.codePointCount(0, s)).append(' ')
                    .append(text.codePointCount(0, at));
            covered.append(covered.isEmpty() ? "" : " ").append(piece);
        }
        return id + "\t" + type + " " + offsets + "\t" + covered;
    }

    private static String ann(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private void write(String path, String content) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }
}
