package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.api.Article;
import org.junit.jupiter.api.Test;

/** What each named kind of bad input gives: its articles, and problems that name the file and the position. */
class BadInputTest {

    private static Inputs.Result read(String name) {
        return Inputs.withDefaultReaders().readAll(List.of(BadInputFiles.folder(BadInputCorpusTest.class).resolve(name)), Manifest.EMPTY);
    }

    private static Path file(String name) {
        return BadInputFiles.folder(BadInputCorpusTest.class).resolve(name);
    }

    @Test
    void binaryFileIsOneProblem() {
        Inputs.Result r = read("binary.txt");
        assertThat(r.articles()).isEmpty();
        assertThat(r.problems()).singleElement().hasToString(file("binary.txt") + ": binary content, not text");
    }

    @Test
    void latin1AndMixedEncodingsAreRepairedAndSaidSo() {
        Inputs.Result latin = read("latin1.txt");
        assertThat(latin.articles()).singleElement().extracting(Article::text).asString()
                .contains("Caf\u00e9 owners").contains("\u00a3300");
        assertThat(latin.problems()).singleElement().extracting(ReadProblem::message).asString()
                .contains("read as windows-1252");

        Inputs.Result mixed = read("mixed-encoding.txt");
        assertThat(mixed.articles()).singleElement().extracting(Article::text).asString()
                .contains("na\u00efve plan \u2014").contains("Caf\u00e9 staff");
        assertThat(mixed.problems()).singleElement().extracting(ReadProblem::message).asString()
                .startsWith("invalid UTF-8 from byte 51");
    }

    @Test
    void emptyFilesAreReported() {
        assertThat(read("empty.txt").problems()).singleElement().hasToString(file("empty.txt") + ": empty file");
        assertThat(read("empty.jsonl").problems()).singleElement().hasToString(file("empty.jsonl") + ": empty file");
        assertThat(read("blank-lines.jsonl").problems()).singleElement().extracting(ReadProblem::message)
                .isEqualTo("no article: 4 blank lines");
    }

    @Test
    void malformedJsonLinesAreEachReportedByLineAndTheRestKept() {
        Inputs.Result r = read("malformed.jsonl");
        assertThat(r.articles()).extracting(Article::id).containsExactly("ok-1", "bad-date", "ok-2");
        assertThat(r.problems()).extracting(p -> p.position().replaceAll(",.*", ""))
                .containsExactly("line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9");
        assertThat(r.problems().get(7).message()).contains("Illegal unquoted character");
        assertThat(r.problems().get(1).message()).contains("Number value length");
        assertThat(r.problems().get(2).message()).contains("nesting depth");
    }

    @Test
    void truncatedAndFakeGzipKeepWhatCameBeforeTheCut() {
        Inputs.Result cut = read("truncated.jsonl.gz");
        assertThat(cut.articles()).hasSizeGreaterThan(100);
        assertThat(cut.articles()).extracting(Article::id).startsWith("gz-0", "gz-1");
        assertThat(cut.problems()).singleElement().extracting(ReadProblem::message).asString()
                .startsWith("compressed data ends early or is corrupt");
        assertThat(cut.problems().get(0).position()).isEqualTo("line " + (cut.articles().size() + 1));

        assertThat(read("not-gzip.jsonl.gz").problems()).singleElement().extracting(ReadProblem::message)
                .asString().contains("Not in GZIP format");
        assertThat(read("gzip-header-only.jsonl.gz").problems()).singleElement().hasToString(
                file("gzip-header-only.jsonl.gz") + ":line 1: compressed data ends early or is corrupt (Unexpected end"
                        + " of ZLIB input stream); kept the 0 lines before it");
    }

    @Test
    void invalidUtf8InsideAJsonLineIsReplacedNotFatal() {
        Inputs.Result r = read("invalid-utf8.jsonl");
        assertThat(r.articles()).extracting(Article::id).containsExactly("u1", "u2");
        assertThat(r.articles().get(0).text()).startsWith("Caf\ufffd");
    }
}
