package org.crosscheck.serve;

/** One API route as registered: the OpenAPI description is checked against the list of these. */
public record Route(String method, String path) {
}
