package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The seed story is one story whatever order its files arrive in (issue 5: "in any order of arrival"). */
class SeedOrderIT {

    @Test
    void seedsFormOneStoryInAnyOrderOfArrival() throws IOException {
        Path shared = CliRunner.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("seeds/articles")), "../shared/seeds absent");
        List<String> files;
        try (Stream<Path> s = Files.list(shared.resolve("seeds/articles"))) {
            files = new ArrayList<>(s.map(Path::toString).sorted().toList());
        }
        Random random = new Random(20241118);
        ObjectMapper json = new ObjectMapper();
        for (int round = 0; round < 6; round++) {
            List<String> order = new ArrayList<>(files);
            if (round == 1) {
                Collections.reverse(order);
            } else if (round > 1) {
                Collections.shuffle(order, random);
            }
            List<String> args = new ArrayList<>(List.of("cluster"));
            args.addAll(order);
            args.addAll(List.of("--manifest", shared.resolve("seeds/manifest.json").toString(), "-q"));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.status()).as(r.err()).isZero();
            Set<String> stories = new HashSet<>();
            for (String line : r.out().strip().split("\n")) {
                stories.add(json.readTree(line).get("story").asText());
            }
            assertThat(stories).as("stories for order " + order).hasSize(1);
        }
    }
}
