package org.crosscheck.text;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared (third-party) data lives: read in place, never copied into the project. */
final class SharedData {

    private SharedData() {
    }

    /** The shared folder, or {@code null} when it is absent (tests then skip). */
    static Path folder() {
        String prop = System.getProperty("crosscheck.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(p)) {
            p = Path.of(System.getProperty("user.dir")).resolve("../../shared").normalize();
        }
        return Files.isDirectory(p) ? p : null;
    }
}
