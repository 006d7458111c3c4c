package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Metadata for files that carry none: a JSON object from file name to {@code {"outlet", "published", "url"?,
 * "title"?}}. Looked up by file name, so the same manifest serves a folder wherever it sits.
 */
public record Manifest(Map<String, Entry> entries) {

    public static final Manifest EMPTY = new Manifest(Map.of());

    /** What the manifest says of one file; any field may be {@code null}. */
    public record Entry(String outlet, LocalDate published, String url, String title) {
    }

    public Manifest {
        entries = Map.copyOf(entries);
    }

    public Optional<Entry> lookup(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : Optional.ofNullable(entries.get(name.toString()));
    }

    /**
     * Reads a manifest file.
     *
     * @throws InputException naming the file, line and column of the first thing wrong with it
     */
    public static Manifest read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputException(file + (where.isEmpty() ? "" : ":" + where) + ": manifest is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read manifest: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputException(file + ": manifest must be a JSON object of file name to metadata");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode v = f.getValue();
            if (!v.isObject()) {
                throw new InputException(file + ": entry '" + f.getKey() + "' must be an object");
            }
            LocalDate published = null;
            String p = text(v, "published");
            if (p != null) {
                try {
                    published = Dates.parse(p);
                } catch (IllegalArgumentException e) {
                    throw new InputException(file + ": entry '" + f.getKey() + "': " + e.getMessage());
                }
            }
            entries.put(f.getKey(), new Entry(text(v, "outlet"), published, text(v, "url"), text(v, "title")));
        }
        return new Manifest(entries);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
