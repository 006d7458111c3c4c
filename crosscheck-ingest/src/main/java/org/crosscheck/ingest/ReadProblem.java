package org.crosscheck.ingest;

/**
 * One item that could not be read, or was read only in part.
 *
 * @param file     the file, as the user named it or as found in a folder
 * @param position where in the file: "line 12", "byte 4096", or "" for the whole file
 * @param message  what is wrong, in words a user can act on
 */
public record ReadProblem(String file, String position, String message) {

    @Override
    public String toString() {
        return position.isEmpty() ? file + ": " + message : file + ":" + position + ": " + message;
    }
}
