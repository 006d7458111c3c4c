package org.crosscheck.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The files of a module's {@code bad-input} test-resource folder (past crash inputs among them), shared by the
 * readers' corpus tests through this module's test jar. The folder is looked up through the calling test's own
 * class, so each module replays its own corpus.
 */
public final class BadInputFiles {
    private BadInputFiles() {
    }

    /** The folder as {@code anchor}'s class loader sees it first: the calling module's own test resources. */
    public static Path folder(Class<?> anchor) {
        try {
            return Path.of(Objects.requireNonNull(anchor.getResource("/bad-input"), "no /bad-input folder").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file of the folder in name order, its README left out. */
    public static Stream<Path> of(Class<?> anchor) throws IOException {
        try (Stream<Path> s = Files.list(folder(anchor))) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList().stream();
        }
    }
}
