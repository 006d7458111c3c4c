package org.crosscheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak memory of this process: the resident-set high-water mark where Linux reports it, and the heap in use. */
public final class Memory {
    private Memory() {
    }

    /** Peak resident set size in bytes ({@code VmHWM}), or -1 where /proc is not there. */
    public static long peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Heap in use now, in bytes. */
    public static long heapUsedBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Megabytes, for printing. */
    public static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%,d MB", bytes / (1024 * 1024));
    }
}
