package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fictional Lake Orrin brief as headless Chromium draws it, kept in {@code target/screenshots} for a person to
 * look at: negative, zero and huge figures, dates of every precision, Cyrillic and Chinese text, a very long
 * outlet name. The check is coarse (right size, not blank, many colours); the picture is for eyes.
 */
class BriefScreenshotIT {

    @Test
    void fixtureBriefRendersAsAPicture() throws Exception {
        Path browser = Chromium.require();
        LakeOrrin story = new LakeOrrin();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path page = dir.resolve("brief-lake-orrin.html");
        Files.writeString(page, BriefHtml.of(List.of(story.brief), story.docs));
        Path png = dir.resolve("brief-lake-orrin.png");
        Chromium.screenshot(browser, page, png, 1280, 2400);
        Chromium.Look look = Chromium.look(png);
        assertThat(look.width()).isEqualTo(1280);
        assertThat(look.height()).isEqualTo(2400);
        assertThat(look.colours()).as("distinct colours").isGreaterThan(40);
        assertThat(look.inked()).as("share of non-white pixels").isBetween(0.03, 0.9);
        System.out.println("screenshot: " + png.toAbsolutePath() + " " + look);
    }

    @Test
    void aCitationsTargetIsHighlighted() throws Exception {
        Path browser = Chromium.require();
        LakeOrrin story = new LakeOrrin();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path page = dir.resolve("brief-lake-orrin-target.html");
        Files.writeString(page, BriefHtml.of(List.of(story.brief), story.docs));
        String fragment = BriefHtml.anchor(story.ev(LakeOrrin.POST, "Later, hospitals reported 4 injured."));
        Path png = dir.resolve("brief-lake-orrin-target.png");
        // a window taller than the page: headless Chromium paints a scrolled page unreliably, :target needs no scroll
        Chromium.screenshot(browser, page.toAbsolutePath().toUri() + "#" + fragment, png, 1280, 7000);
        int target = Chromium.count(png, 0xffd84d);
        assertThat(target).as("pixels in the highlight colour").isGreaterThan(1000);
        System.out.println("screenshot: " + png.toAbsolutePath() + " highlighted pixels " + target);
    }
}
