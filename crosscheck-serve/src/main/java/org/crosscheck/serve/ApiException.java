package org.crosscheck.serve;

/**
 * A request the server refuses, with the HTTP status, a stable machine-readable code and a message a client can act
 * on. Rendered as {@code {"error": {"code", "message"}}} on the API and as an error page on the site.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    static ApiException invalid(String message) {
        return new ApiException(422, "invalid_input", message);
    }
}
