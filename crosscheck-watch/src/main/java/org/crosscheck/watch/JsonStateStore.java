package org.crosscheck.watch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the watch state as one JSON file ({@code watch-state.json} in the data folder), replaced atomically and
 * durably on every save. A state file that cannot be read stops the watcher with its name and position rather than
 * starting afresh, which would emit every item of every feed again.
 */
public final class JsonStateStore implements StateStore {

    public static final String FILE_NAME = "watch-state.json";
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public JsonStateStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    @Override
    public WatchState load() throws IOException {
        if (!Files.exists(file)) {
            return WatchState.EMPTY;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IOException(file + (at == null ? "" : ":line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": watch state is not valid JSON (" + e.getOriginalMessage()
                    + "); move it away to start afresh, which emits every current item again");
        }
        if (root == null || !root.isObject() || root.path("version").asInt() != VERSION) {
            throw new IOException(file + ": not a crosscheck watch state (version " + VERSION + ")");
        }
        Map<String, FeedState> feeds = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("feeds").properties()) {
            try {
                feeds.put(e.getKey(), feed(e.getKey(), e.getValue()));
            } catch (DateTimeParseException | NullPointerException ex) {
                throw new IOException(file + ": feed '" + e.getKey() + "': unreadable state (" + ex.getMessage()
                        + ")");
            }
        }
        return new WatchState(feeds);
    }

    private static FeedState feed(String url, JsonNode n) {
        Map<String, Instant> seen = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.path("seen").properties()) {
            seen.put(e.getKey(), Instant.parse(e.getValue().asText()));
        }
        return new FeedState(url, new Validators(text(n, "etag"), text(n, "lastModified")),
                Instant.parse(n.path("nextPoll").asText(Instant.EPOCH.toString())), n.path("failures").asInt(),
                text(n, "lastError"), seen);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Override
    public void save(WatchState state) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode feeds = root.putObject("feeds");
        for (FeedState f : new TreeMap<>(state.feeds()).values()) {
            ObjectNode n = feeds.putObject(f.url());
            n.put("etag", f.validators().etag());
            n.put("lastModified", f.validators().lastModified());
            n.put("nextPoll", f.nextPoll().toString());
            n.put("failures", f.failures());
            n.put("lastError", f.lastError());
            ObjectNode seen = n.putObject("seen");
            new TreeMap<>(f.seen()).forEach((k, t) -> seen.put(k, t.toString()));
        }
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
