package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * {@code crosscheck eval claimdiff} on ../shared/data/claims/claimdiff, as a user runs it, with the figures the project
 * has reached (measured 2026-11-21, words and names only, which is what the default pipeline aligns with). ClaimDiff's
 * "strengthen" covers much more than restating one fact, so recall is low by design; the floor that matters is the
 * precision of crosscheck's agreements. Raise a floor when a change raises its figure; never lower one to pass.
 */
class ClaimDiffEvaluationIT {

    private static final Pattern ROW = Pattern.compile(
            "(?m)^(strengthen|weaken|neither)\\s+P ([0-9.]+) \\((\\d+)/(\\d+)\\)\\s+R ([0-9.]+) \\((\\d+)/(\\d+)\\)");

    @Test
    void claimDiffMeetsItsFloors() {
        Path shared = CliRunner.shared();
        Path dir = shared == null ? null : shared.resolve("data/claims/claimdiff");
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve("ClaimDiff-strength-train.json")),
                "../shared/data/claims/claimdiff absent");
        CliRunner.Result r = CliRunner.run("eval", "claimdiff", dir.toString(), "--no-embeddings");
        System.out.println("== crosscheck eval claimdiff ==\n" + r.out());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("1857 pairs, 0 problems");

        SoftAssertions soft = new SoftAssertions();
        Matcher m = ROW.matcher(r.out());
        int rows = 0;
        while (m.find()) {
            rows++;
            double p = Double.parseDouble(m.group(2));
            int predicted = Integer.parseInt(m.group(4));
            double rec = Double.parseDouble(m.group(5));
            switch (m.group(1)) {
                case "strengthen" -> {
                    soft.assertThat(p).as("strengthen precision").isGreaterThanOrEqualTo(0.99);
                    soft.assertThat(rec).as("strengthen recall").isGreaterThanOrEqualTo(0.042);
                }
                case "weaken" -> soft.assertThat(predicted).as("pairs called a conflict").isLessThanOrEqualTo(8);
                case "neither" -> soft.assertThat(rec).as("neither recall").isGreaterThanOrEqualTo(0.99);
                default -> throw new AssertionError(m.group(1));
            }
        }
        soft.assertThat(rows).as("rows of the table").isEqualTo(3);
        soft.assertAll();
    }
}
