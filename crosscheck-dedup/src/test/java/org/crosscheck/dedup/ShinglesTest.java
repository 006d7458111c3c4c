package org.crosscheck.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void ignoresCasePunctuationQuotesAndParagraphing() {
        String a = "The Velmora ferry sank on Monday. All forty passengers, officials said, were rescued.";
        String b = "the velmora ferry sank on monday\n\nAll forty passengers -- officials said -- were RESCUED";
        assertThat(Shingles.of(a, 4)).isEqualTo(Shingles.of(b, 4));
    }

    @Test
    void dropsApostrophesInsideWords() {
        assertThat(Shingles.of("the port's cranes don't move", 2))
                .isEqualTo(Shingles.of("the port\u2019s cranes dont move", 2));
    }

    @Test
    void wordOrderMatters() {
        assertThat(Shingles.of("dockers strike at Valmora port", 3))
                .isNotEqualTo(Shingles.of("port Valmora at strike dockers", 3));
    }

    @Test
    void keepsTheFirstAppearanceOfEachShingle() {
        long[] twice = Shingles.of("harbour strike ends harbour strike ends", 3);
        long[] once = Shingles.of("harbour strike ends", 3);
        assertThat(twice).hasSize(3).startsWith(once).doesNotHaveDuplicates();
    }

    @Test
    void countsDistinctShingles() {
        assertThat(Shingles.of("a b c d e", 3)).hasSize(3);
        assertThat(Shingles.of("a b a b a b", 2)).hasSize(2);
        assertThat(Shingles.of("only two", 4)).hasSize(1);
        assertThat(Shingles.of(" -- ... !!", 4)).isEmpty();
        assertThat(Shingles.of("", 4)).isEmpty();
    }

    @Test
    void readsLettersBeyondTheBasicPlane() {
        assertThat(Shingles.words("\uD835\uDC00\uD835\uDC01 x")).hasSize(2);
        assertThat(Shingles.words("Пором затонув у понеділок")).hasSize(4);
    }

    @Test
    void leavesOutPhotoGalleryParagraphs() {
        String body = "The Velmora ferry sank on Monday and all forty passengers were rescued by fishermen.";
        String gallery = "Photos: Velmora harbour Fishermen at dawn. Hide Caption 1 of 12 Photos: Velmora harbour The "
                + "old lighthouse. Hide Caption 2 of 12 Photos: Velmora harbour Nets drying. Hide Caption 3 of 12";
        assertThat(Shingles.of(body + "\n\n" + gallery, 4)).isEqualTo(Shingles.of(body, 4));
        assertThat(Galleries.isGallery(gallery, 0, gallery.length())).isTrue();
        String reporting = "Two of the ferries, 3 of 12 boats in all, sank; 40 of 41 passengers were saved.";
        assertThat(Galleries.isGallery(reporting, 0, reporting.length())).isFalse();
    }

    @Test
    void rejectsANonPositiveSize() {
        assertThatThrownBy(() -> Shingles.of("a b", 0)).hasMessageContaining("got 0");
    }
}
