package org.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a ClaimDiff folder: for every split with both files ({@code ClaimDiff-strength-SPLIT.json} and
 * {@code ClaimDiff-weak-SPLIT.json}, each {@code {"data": [...]}}), joins the two labels of each pair by
 * {@code pair_id} into one {@link ClaimDiffRelation}. A malformed item is reported with its file and index and
 * skipped; a pair labelled both strengthen and weaken is reported and skipped.
 */
public final class ClaimDiffReader {

    private ClaimDiffReader() {
    }

    /** The splits present in a folder ("train", "test", ...), in name order. */
    public static List<String> splits(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("ClaimDiff-strength-") && n.endsWith(".json"))
                    .map(n -> n.substring("ClaimDiff-strength-".length(), n.length() - ".json".length()))
                    .filter(s -> Files.isRegularFile(dir.resolve("ClaimDiff-weak-" + s + ".json")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The pairs of one split, in the order of its strength file; problems go to {@code problems}. */
    public static List<ClaimDiffPair> read(Path dir, String split, Consumer<String> problems) {
        Path strength = dir.resolve("ClaimDiff-strength-" + split + ".json");
        Path weak = dir.resolve("ClaimDiff-weak-" + split + ".json");
        Map<String, JsonNode> s = items(strength, problems);
        Map<String, JsonNode> w = items(weak, problems);
        List<ClaimDiffPair> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : s.entrySet()) {
            JsonNode a = e.getValue();
            JsonNode b = w.get(e.getKey());
            if (b == null) {
                problems.accept(weak + ": no pair " + e.getKey() + " (it is in " + strength.getFileName() + ")");
                continue;
            }
            boolean up = a.path("relation").asInt(0) == 1;
            boolean down = b.path("relation").asInt(0) == 1;
            if (up && down) {
                problems.accept(strength + ": pair " + e.getKey() + " labelled both strengthen and weaken");
                continue;
            }
            ClaimDiffRelation r = up ? ClaimDiffRelation.STRENGTHEN : down ? ClaimDiffRelation.WEAKEN
                    : ClaimDiffRelation.NEITHER;
            out.add(new ClaimDiffPair(e.getKey(), a.path("topic").asText(""), date(a.path("date").asText(null)),
                    a.path("claim_a").asText(), a.path("claim_b").asText(), a.path("article_a").asText(""),
                    a.path("article_b").asText(""), r));
        }
        return out;
    }

    private static Map<String, JsonNode> items(Path file, Consumer<String> problems) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw new IllegalArgumentException(file + ": no \"data\" array at the top level");
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            JsonNode n = data.get(i);
            String id = n.path("pair_id").asText(null);
            if (id == null || !n.path("claim_a").isTextual() || !n.path("claim_b").isTextual()
                    || !n.path("relation").isInt()) {
                problems.accept(file + ": item " + i + ": needs pair_id, claim_a, claim_b and an integer relation");
                continue;
            }
            if (out.putIfAbsent(id, n) != null) {
                problems.accept(file + ": item " + i + ": repeated pair_id " + id);
            }
        }
        return out;
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
