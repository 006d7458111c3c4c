package org.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.api.Article;
import org.crosscheck.api.Boilerplate;
import org.crosscheck.api.Cleaned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCleanerTest {

    private final PageCleaner cleaner = new PageCleaner();

    private static Article article(String text) {
        return new Article("t", null, null, null, null, null, text, "test");
    }

    private static final String PAGE = String.join("\n",
            "en fr de",
            "",
            "Harbour bridge in Velmora reopens after repairs",
            "",
            "Harbour bridge in Velmora reopens after repairs Photo: Workers on the deck at dawn (Velmora Gazette)",
            "Author: Tomas Ferrow",
            "",
            "The Velmora harbour bridge reopened to traffic on Monday after eight months of repairs, the city said.",
            "Share this article",
            "About 40,000 vehicles cross the bridge every day, according to the transport office.",
            "Advertisement",
            "Read more: Ferry fares in Velmora rise again",
            "");

    @Test
    void removesChromeWithOffsetsIntoTheOriginal() {
        Cleaned c = cleaner.clean(article(PAGE));
        List<Boilerplate> r = c.removed();
        assertThat(r).extracting(Boilerplate::why).containsExactly("language menu",
                "headline, moved to the title", "headline repeated with a photo caption", "byline",
                "share or promotion", "share or promotion", "link to other articles");
        for (Boilerplate b : r) {
            assertThat(PAGE.substring(b.start(), b.end())).isEqualTo(b.text());
        }
        assertThat(r.get(0).start()).isEqualTo(0);
        assertThat(r.get(0).end()).isEqualTo(8);
        assertThat(r.get(3).text()).isEqualTo("Author: Tomas Ferrow");
        assertThat(r.get(3).start()).isEqualTo(PAGE.indexOf("Author:"));
        assertThat(c.article().title()).isEqualTo("Harbour bridge in Velmora reopens after repairs");
        assertThat(c.article().text()).isEqualTo(
                "The Velmora harbour bridge reopened to traffic on Monday after eight months of repairs, the city said."
                        + "\n\nAbout 40,000 vehicles cross the bridge every day, according to the transport office.");
        assertThat(c.dateline()).isNull();
    }

    @Test
    void givenTitleRepeatedInTextIsRemovedAndFirstLineKept() {
        String text = "Harbour bridge reopens\nHarbour bridge reopens\nThe bridge reopened on Monday after months of"
                + " repairs, officials in the town of Velmora said.";
        Article a = new Article("t", null, null, null, "Harbour bridge reopens", null, text, "test");
        Cleaned c = cleaner.clean(a);
        assertThat(c.removed()).extracting(Boilerplate::why).containsExactly("repeated headline", "repeated headline");
        assertThat(c.article().title()).isEqualTo("Harbour bridge reopens");
        assertThat(c.article().text()).startsWith("The bridge reopened");
    }

    @Test
    void keepsBodyLinesThatOnlyLookLikeChrome() {
        String text = String.join("\n",
                "The council met on Tuesday and voted to close the old quarry in Velmora by next spring.",
                "Share prices of the quarry owner fell sharply.",
                "By Tuesday, the trucks had left.",
                "Published in 1998, the survey found 3 flaws.",
                "The satellite image was analysed by Reuters",
                "Subscribers will pay more from June.",
                "It is not clear what happens next.");
        Cleaned c = cleaner.clean(article(text));
        assertThat(c.removed()).isEmpty();
        assertThat(c.article().text()).isEqualTo(text.replace("\n", "\n\n"));
        assertThat(c.article().title()).isNull();
    }

    @Test
    void removesCaptionsTimestampsAndCookieLines() {
        String text = String.join("\r\n",
                "Updated 14:05, 3 March 2024",
                "Photo: A crane over the port of Velmora",
                "Port cranes stand idle (Photo by Ana Lis/Getty Images)",
                "The port of Velmora stayed closed for a second day on Tuesday as dock workers continued their strike.",
                "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.",
                "5 min read",
                "(Reporting by Ana Lis; Editing by Piet Varn)");
        Cleaned c = cleaner.clean(article(text));
        assertThat(c.removed()).extracting(Boilerplate::why).containsExactly("timestamp", "photo caption",
                "photo caption", "cookie notice", "share or promotion", "reporting credits");
        assertThat(c.article().text()).isEqualTo("The port of Velmora stayed closed for a second day on Tuesday as"
                + " dock workers continued their strike.");
        assertThat(c.dateline()).as("an 'Updated' time is not the dateline").isNull();
        for (Boilerplate b : c.removed()) {
            assertThat(text.substring(b.start(), b.end())).isEqualTo(b.text());
        }
    }

    @Test
    void readsDatelinesAndKeepsThemInTheText() {
        String text = "04-03-2024 (VELMORA) The harbour bridge reopened to traffic after eight months of repairs.";
        Cleaned c = cleaner.clean(article(text));
        assertThat(c.dateline()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(c.article().text()).isEqualTo(text);
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void readsADateFromALoneTimestampLineAboveTheBody() {
        String text = "Published: 12 May 2023\nThe harbour bridge reopened to traffic after eight months of repairs.";
        Cleaned c = cleaner.clean(article(text));
        assertThat(c.dateline()).isEqualTo(LocalDate.of(2023, 5, 12));
        assertThat(c.removed()).extracting(Boilerplate::why).containsExactly("timestamp");
    }

    @Test
    void keepsHardWrappedParagraphsTogether() {
        String text = "The council of the small town of Velmora voted on Tuesday\nto close the old quarry by"
                + " the spring, ending a dispute\nthat had lasted for more than a decade.\n\nThe owner said it would"
                + " appeal.";
        Cleaned c = cleaner.clean(article(text));
        assertThat(c.article().text()).isEqualTo(text);
        assertThat(Paragraphs.of(c.article().text())).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "\u0000\u0001\u0002", "\uD800 lone \uDC00 surrogates", "\r\r\n\r"})
    void hostileInputNeverThrows(String text) {
        Cleaned c = cleaner.clean(article(text));
        for (Boilerplate b : c.removed()) {
            assertThat(text.substring(b.start(), b.end())).isEqualTo(b.text());
        }
        assertThat(c.article().text().length()).isLessThanOrEqualTo(text.length());
    }

    @Test
    void oneMegabyteOfOneWordIsFast() {
        String text = "velmora ".repeat(131_072);
        long t0 = System.nanoTime();
        Cleaned c = cleaner.clean(article(text));
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
        assertThat(c.article().text()).isEqualTo(text.strip());
    }
}
