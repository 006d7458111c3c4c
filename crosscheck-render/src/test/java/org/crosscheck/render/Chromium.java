package org.crosscheck.render;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Headless Chromium for looking at a page as a reader would: a screenshot of a local file, nothing fetched. Tests
 * skip when no browser is installed ({@code -Dcrosscheck.chromium=PATH} names another binary).
 */
public final class Chromium {
    private Chromium() {
    }

    /** The browser binary, or a skipped test. */
    public static Path require() {
        String p = System.getProperty("crosscheck.chromium");
        for (String candidate : p != null ? List.of(p) : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome")) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        assumeTrue(false, "no headless Chromium installed (apt-get install chromium)");
        return null;
    }

    /** Renders {@code page} at {@code width x height} CSS pixels into {@code png}; its own profile, so runs never collide. */
    public static void screenshot(Path browser, Path page, Path png, int width, int height) throws IOException,
            InterruptedException {
        screenshot(browser, page.toAbsolutePath().toUri().toString(), png, width, height);
    }

    /** Renders a {@code file:} URL, fragment and all. */
    public static void screenshot(Path browser, String url, Path png, int width, int height) throws IOException,
            InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory("crosscheck-chromium");
        Path log = Files.createTempFile("crosscheck-chromium", ".log");
        try {
            Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--disable-sync",
                    "--user-data-dir=" + profile, "--force-device-scale-factor=1",
                    "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                    url)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("chromium did not finish within 120 s: " + Files.readString(log));
            }
            if (!Files.isRegularFile(png)) {
                throw new IOException("chromium wrote no screenshot (exit " + p.exitValue() + "): "
                        + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** What a screenshot shows, coarsely: its size, how many colours a grid sample finds, how much is not white. */
    public record Look(int width, int height, int colours, double inked) {
    }

    /** How many pixels have exactly this colour ({@code 0xRRGGBB}). */
    public static int count(Path png, int rgb) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    public static Look look(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        Set<Integer> colours = new HashSet<>();
        int inked = 0;
        int samples = 0;
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    inked++;
                }
                samples++;
            }
        }
        return new Look(img.getWidth(), img.getHeight(), colours.size(), inked / (double) samples);
    }
}
