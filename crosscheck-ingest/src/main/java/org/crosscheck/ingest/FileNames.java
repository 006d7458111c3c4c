package org.crosscheck.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** File-name helpers shared by the readers. */
public final class FileNames {
    private FileNames() {
    }

    public static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    /** The file name without the given ending (case-insensitive). */
    public static String stem(Path file, String ending) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ending) ? name.substring(0, name.length() - ending.length()) : name;
    }
}
