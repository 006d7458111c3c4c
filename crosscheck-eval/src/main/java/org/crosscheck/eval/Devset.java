package org.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Our entity and quantity annotations of development articles ({@code crosscheck-eval/src/test/resources/devsets},
 * see GUIDELINES.md there): offsets, types, canonical names, values and units, never the article text, which stays
 * in the shared data folder and is checked against each article's SHA-256.
 */
public record Devset(List<Doc> docs) {

    public Devset {
        docs = List.copyOf(docs);
    }

    /** A half-open span of UTF-16 indices into an article's text. */
    public record Range(int start, int end) {
        public Range {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }

        public boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    /** A gold entity mention. */
    public record Entity(Range span, String type, String canonical) {
    }

    /** A gold quantity: value, unit and qualifier label as in {@code org.crosscheck.api.Qualifier}. */
    public record Figure(Range span, double value, String unit, String qualifier) {
    }

    /** One annotated article; {@code ignoreEntities} and {@code ignoreFigures} are don't-care spans. */
    public record Doc(String id, String key, String story, String outlet, String sha256, List<Entity> entities,
                      List<Range> ignoreEntities, List<Figure> figures, List<Range> ignoreFigures) {
        public Doc {
            entities = List.copyOf(entities);
            ignoreEntities = List.copyOf(ignoreEntities);
            figures = List.copyOf(figures);
            ignoreFigures = List.copyOf(ignoreFigures);
        }

        /** Whether {@code text} is the text these offsets were made on. */
        public boolean matches(String text) {
            return Devset.sha256(text).equals(sha256);
        }
    }

    public static Devset read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Doc> docs = new ArrayList<>();
        for (JsonNode a : root.get("articles")) {
            List<Entity> entities = new ArrayList<>();
            for (JsonNode e : a.get("entities")) {
                entities.add(new Entity(range(e), e.get("type").asText(), e.get("canonical").asText()));
            }
            List<Figure> figures = new ArrayList<>();
            for (JsonNode q : a.get("quantities")) {
                figures.add(new Figure(range(q), q.get("value").asDouble(), q.get("unit").asText(),
                        q.get("qualifier").asText()));
            }
            docs.add(new Doc(a.get("id").asText(), a.get("key").asText(), a.get("story").asText(),
                    a.get("outlet").asText(), a.get("sha256").asText(), entities, ranges(a.get("entity_ignore")),
                    figures, ranges(a.get("quantity_ignore"))));
        }
        return new Devset(docs);
    }

    /**
     * The texts of this set's articles, by id, from a {@code .jsonl.gz} of articles ({@code id}, {@code text}); an
     * article whose text no longer has the annotated SHA-256 is left out, so its offsets are never misapplied.
     */
    public Map<String, String> texts(Path jsonlGz) throws IOException {
        Map<String, Doc> wanted = new HashMap<>();
        docs.forEach(d -> wanted.put(d.id(), d));
        Map<String, String> out = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(jsonlGz)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = json.readTree(line);
                Doc d = wanted.get(j.get("id").asText());
                if (d != null && d.matches(j.get("text").asText())) {
                    out.put(d.id(), j.get("text").asText());
                }
            }
        }
        return out;
    }

    private static Range range(JsonNode n) {
        return new Range(n.get("start").asInt(), n.get("end").asInt());
    }

    private static List<Range> ranges(JsonNode arr) {
        List<Range> out = new ArrayList<>();
        if (arr != null) {
            arr.forEach(n -> out.add(range(n)));
        }
        return out;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
