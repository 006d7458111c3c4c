package org.crosscheck.ingest;

/** Input that cannot be used at all (a missing path, a broken manifest); the message names the file and position. */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
