package org.crosscheck.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import org.crosscheck.render.Json;

/** How the server writes JSON bodies and error bodies. */
final class Responses {
    static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    static void json(Context ctx, int status, JsonNode node) {
        ctx.status(status).contentType(JSON).result(write(node));
    }

    static String write(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"error": {"code", "message"}}}. */
    static ObjectNode error(String code, String message) {
        ObjectNode root = Json.object();
        ObjectNode e = root.putObject("error");
        e.put("code", code);
        e.put("message", message);
        return root;
    }
}
