package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joins the two label files of a fictional ClaimDiff split, reporting bad items by file and index. */
class ClaimDiffReaderTest {

    @TempDir
    Path dir;

    private static String item(String id, int relation) {
        return "{\"topic\": \"Harbor strike\", \"date\": \"2031-10-02\", \"pair_id\": \"" + id + "\", "
                + "\"claim_a\": \"The port closed.\", \"claim_b\": \"Dockworkers walked out.\", "
                + "\"article_a\": \"Ledger\", \"article_b\": \"Courier\", \"relation\": " + relation
                + ", \"rationale\": []}";
    }

    @Test
    void joinsStrengthAndWeakLabelsIntoOneRelation() throws IOException {
        Files.writeString(dir.resolve("ClaimDiff-strength-train.json"), "{\"data\": [" + item("p1", 1) + ", "
                + item("p2", 0) + ", " + item("p3", 0) + ", {\"pair_id\": \"bad\"}]}");
        Files.writeString(dir.resolve("ClaimDiff-weak-train.json"), "{\"data\": [" + item("p1", 0) + ", "
                + item("p2", 1) + ", " + item("p3", 0) + "]}");
        List<String> problems = new ArrayList<>();
        assertThat(ClaimDiffReader.splits(dir)).containsExactly("train");
        List<ClaimDiffPair> pairs = ClaimDiffReader.read(dir, "train", problems::add);
        assertThat(pairs).extracting(ClaimDiffPair::relation).containsExactly(ClaimDiffRelation.STRENGTHEN,
                ClaimDiffRelation.WEAKEN, ClaimDiffRelation.NEITHER);
        assertThat(problems).singleElement().asString().contains("ClaimDiff-strength-train.json").contains("item 3");
    }

    @Test
    void confusionGivesPrecisionRecallPerLabel() {
        Confusion c = new Confusion(List.of("yes", "no"));
        c.add("yes", "yes");
        c.add("yes", "no");
        c.add("no", "no");
        c.add("no", "no");
        assertThat(c.score("yes").precision()).isEqualTo(1.0);
        assertThat(c.score("yes").recall()).isEqualTo(0.5);
        assertThat(c.score("no").precision()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.accuracy()).isEqualTo(0.75);
        assertThat(c.table()).contains("accuracy 0.750 (4 pairs)");
    }
}
