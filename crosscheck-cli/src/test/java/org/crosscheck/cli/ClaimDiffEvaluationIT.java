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
 * has reached. Two sections are pinned apart:
 * <ul>
 *   <li>claim alignment mapped onto the relations (measured 2026-11-21, words and names only, which is what the
 *   default pipeline aligns with). ClaimDiff's "strengthen" covers much more than restating one fact, so recall is
 *   low by design; the floor that matters is the precision of crosscheck's agreements;</li>
 *   <li>the relation classifier, by nested 5-fold cross-validation grouped by topic (measured 2026-11-22): floors a
 *   little under the measured figures, and above the majority class on macro F1 and on the weak file's F1.</li>
 * </ul>
 * Raise a floor when a change raises its figure; never lower one to pass.
 */
class ClaimDiffEvaluationIT {

    // the relation classifier's cross-validated figures, measured: accuracy 0.631, macro F1 0.471, weaken F1 0.204,
    // strength file F1 0.758, weak file accuracy 0.806 (majority class: 0.693, 0.273, 0, 0.819, 0.894)
    private static final double CLASSIFIER_ACCURACY = 0.61;
    private static final double CLASSIFIER_MACRO_F1 = 0.45;
    private static final double CLASSIFIER_WEAKEN_F1 = 0.18;
    private static final double STRENGTH_FILE_F1 = 0.74;
    private static final double WEAK_FILE_ACCURACY = 0.79;

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

        String alignment = section(r.out(), "claim alignment mapped onto the relations");
        String classifier = section(r.out(), "relation classifier [similarities, lexical, cues]");
        String majority = section(r.out(), "majority class");
        // the shipped model is scored as it is too, which is the held-out figure on a split it was not trained on;
        // here it is the training split, and the line must say so
        String shipped = section(r.out(), "the shipped relation model as it is");
        assertThat(shipped).contains("trained on this split, so not a held-out figure");
        SoftAssertions soft = new SoftAssertions();
        Matcher m = ROW.matcher(alignment);
        int rows = 0;
        while (m.find()) {
            rows++;
            double p = Double.parseDouble(m.group(2));
            int predicted = Integer.parseInt(m.group(4));
            double rec = Double.parseDouble(m.group(5));
            switch (m.group(1)) {
                case "strengthen" -> {
                    // 1.000 until 2026-11-22 (46 of 46), when ownerless figures of one noun that disagree stopped
                    // forming a count unless their sentences say alike or agree on another figure of it (on BASIL
                    // disputed groups 22 -> 16, the six gone all different things counted, "100 pages of e-mails"
                    // against "25,000 pages of documents"): one pair now agrees on its figure, "more than $300 billion
                    // over the next 10 years" against "an estimated $338 billion in savings ... over the next decade",
                    // both the savings from ending the individual mandate, which ClaimDiff labels neither; 46 of 47
                    soft.assertThat(p).as("strengthen precision").isGreaterThanOrEqualTo(0.97);
                    // 0.042 until 2026-11-22, when names shared by two sentences stopped counting in full without
                    // shared wording: 29 wrong joins on BASIL went, and 7 of these 56 agreements with them; 0.036
                    // until later that day, when the attribution stage found more sources (PolNeAR dev source F1
                    // 0.717 -> 0.729, exact content F1 0.308 -> 0.488): a claim whose opening is now read as its
                    // attribution ("he hopes", "the bill calls for", a second "and said") compares on what is left,
                    // and 6 of the 46 agreements went (BASIL corroborated groups 225 -> 227 with it)
                    soft.assertThat(rec).as("strengthen recall").isGreaterThanOrEqualTo(0.030);
                }
                case "weaken" -> soft.assertThat(predicted).as("pairs called a conflict").isLessThanOrEqualTo(8);
                case "neither" -> soft.assertThat(rec).as("neither recall").isGreaterThanOrEqualTo(0.99);
                default -> throw new AssertionError(m.group(1));
            }
        }
        soft.assertThat(rows).as("rows of the alignment table").isEqualTo(3);

        soft.assertThat(classifier).contains("grouped by topic (93 topics), 1857 pairs");
        soft.assertThat(figure(classifier, "accuracy ([0-9.]+) \\(")).as("classifier accuracy").isGreaterThanOrEqualTo(CLASSIFIER_ACCURACY);
        double macro = figure(classifier, "macro F1 ([0-9.]+)");
        soft.assertThat(macro).as("classifier macro F1").isGreaterThanOrEqualTo(CLASSIFIER_MACRO_F1)
                .isGreaterThan(figure(majority, "macro F1 ([0-9.]+)") + 0.1);
        soft.assertThat(figure(shipped, "accuracy ([0-9.]+) \\(")).as("shipped model's accuracy on its training split")
                .isGreaterThanOrEqualTo(CLASSIFIER_ACCURACY);
        soft.assertThat(figure(classifier, "weaken\\s+P [0-9.]+ \\(\\d+/\\d+\\)\\s+R [0-9.]+ \\(\\d+/\\d+\\)\\s+F1 ([0-9.]+)"))
                .as("classifier weaken F1").isGreaterThanOrEqualTo(CLASSIFIER_WEAKEN_F1);
        soft.assertThat(figure(classifier, "strength file \\(relation 1 = strengthen\\): accuracy [0-9.]+, F1 ([0-9.]+)"))
                .as("strength file F1").isGreaterThanOrEqualTo(STRENGTH_FILE_F1);
        soft.assertThat(figure(classifier, "weak file \\(relation 1 = weaken\\): accuracy ([0-9.]+)"))
                .as("weak file accuracy").isGreaterThanOrEqualTo(WEAK_FILE_ACCURACY);
        soft.assertAll();
    }

    /** The text of the output section ("== ..." up to the next "== ") whose header contains {@code header}. */
    private static String section(String out, String header) {
        for (String part : out.split("(?m)^(?===)")) {
            String first = part.lines().findFirst().orElse("");
            if (first.contains(header)) {
                return part;
            }
        }
        throw new AssertionError("no section '" + header + "' in:\n" + out);
    }

    private static double figure(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no /" + regex + "/ in:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }
}
