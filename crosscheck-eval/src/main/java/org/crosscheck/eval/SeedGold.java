package org.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference reading of a story in the layout of {@code seeds/gold.json}: articles keyed by short id ("000") with
 * their file, and lists of entities, quantities, time expressions, quotes, attributions, claims and timeline.
 * Texts in it are exact substrings of the articles, so items are located by searching the annotated text.
 */
public record SeedGold(Map<String, String> articleIds, JsonNode root) {

    /** Reads gold.json; short ids map to article ids (file names without ".txt"). */
    public static SeedGold read(Path goldJson) {
        try {
            JsonNode root = new ObjectMapper().readTree(goldJson.toFile());
            Map<String, String> ids = new LinkedHashMap<>();
            root.get("articles").fields().forEachRemaining(e -> {
                String file = e.getValue().get("file").asText();
                ids.put(e.getKey(), file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file);
            });
            return new SeedGold(Map.copyOf(ids), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldJson + ": " + e.getMessage(), e);
        }
    }

    /** The full article id of a short gold id. */
    public String id(String shortId) {
        String id = articleIds.get(shortId);
        if (id == null) {
            throw new IllegalArgumentException("gold names unknown article '" + shortId + "'");
        }
        return id;
    }

    public List<JsonNode> list(String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode n = root.get(field);
        if (n != null) {
            n.forEach(out::add);
        }
        return out;
    }

    /** The gold entity whose canonical name or mentions include a name, or {@code null}. */
    public JsonNode entityNamed(String name) {
        for (JsonNode e : list("entities")) {
            if (Names.same(e.get("canonical").asText(), name)) {
                return e;
            }
            for (JsonNode m : e.get("mentions")) {
                if (Names.same(m.asText(), name)) {
                    return e;
                }
            }
        }
        return null;
    }
}
