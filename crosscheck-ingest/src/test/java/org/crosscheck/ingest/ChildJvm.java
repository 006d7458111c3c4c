package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test main class in a JVM with a small heap, to show that a reader's memory is bounded by its own limits
 * and not by the size of the file: a reader that loaded a 100 MB file whole would die of OutOfMemoryError there.
 */
public final class ChildJvm {

    /** What the child printed and how it ended. */
    public record Result(int status, String output) {
    }

    private ChildJvm() {
    }

    public static Result run(Class<?> main, int heapMb, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Result(-1, "did not end");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
