package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
        LakeOrrin story = new LakeOrrin();
        String fragment = BriefHtml.anchor(story.ev(LakeOrrin.POST, "Later, hospitals reported 4 injured."));
        int target = highlighted(BriefHtml.of(List.of(story.brief), story.docs), fragment, "brief-lake-orrin-target");
        assertThat(target).as("pixels in the highlight colour").isGreaterThan(1000);
    }

    /**
     * A clause cited inside its cited sentence is a mark inside a mark: as the target it is lit like any other, not
     * left in the paler colour of a nested mark (a rule for "mark.ev mark.ev" outweighs a bare "mark.ev:target").
     */
    @Test
    void aClauseTargetedInsideItsSentenceIsHighlighted() throws Exception {
        LakeOrrin story = new LakeOrrin();
        String html = BriefHtml.of(List.of(story.brief), story.docs);
        Element clause = Jsoup.parse(html).selectFirst("mark.ev mark.ev[id]");
        assertThat(clause).as("a cited clause inside its cited sentence").isNotNull();
        int target = highlighted(html, clause.id(), "brief-lake-orrin-clause");
        assertThat(target).as("pixels of " + clause.id() + " in the highlight colour").isGreaterThan(300);
    }

    /** How many pixels of the page, opened at {@code fragment}, headless Chromium paints in the target colour. */
    private static int highlighted(String html, String fragment, String name) throws Exception {
        Path browser = Chromium.require();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, html);
        Path png = dir.resolve(name + ".png");
        // a window taller than the page: headless Chromium paints a scrolled page unreliably, :target needs no scroll
        Chromium.screenshot(browser, page.toAbsolutePath().toUri() + "#" + fragment, png, 1280, 7000);
        int target = Chromium.count(png, 0xffd84d);
        System.out.println("screenshot: " + png.toAbsolutePath() + " highlighted pixels " + target);
        return target;
    }
}
