package org.crosscheck.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * TempEval-3 figures on TimeBank and AQUAINT ({@code data/time/tbaq}) through {@link TimeMlBenchmark}. The floor pins
 * the figure reached so that a rule change that loses ground fails here. {@code -Dtbaq.errors=true} lists the most
 * frequent misses, false positives and wrong values ({@code -Dtbaq.top=N} of each, 60 by default).
 */
class TbaqEvaluationIT {

    /** Value F1 reached when the floor was last raised, minus a hundredth of slack. */
    private static final double VALUE_F1_FLOOR = 0.795;

    @Test
    void tempEval3Figures() {
        Path dir = shared().resolve("data/time/tbaq");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no TimeBank/AQUAINT data at " + dir);
        TimeMlBenchmark.Errors errors = new TimeMlBenchmark.Errors();
        TimeMlBenchmark.Result r = TimeMlBenchmark.run(dir, errors);
        if (Boolean.getBoolean("tbaq.errors")) {
            print("misses", errors.misses);
            print("false positives", errors.falsePositives);
            print("wrong values", errors.wrongValues);
        }
        System.out.println("TBAQ " + r);
        assertThat(r.documents()).isPositive();
        assertThat(r.valueF1()).isGreaterThanOrEqualTo(VALUE_F1_FLOOR);
    }

    private static void print(String title, Map<String, Integer> counts) {
        System.out.println("== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(Integer.getInteger("tbaq.top", 60))
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }

    static Path shared() {
        String prop = System.getProperty("crosscheck.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }
}
