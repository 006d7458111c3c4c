package org.crosscheck.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crosscheck.api.state.DuplicateIndex;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private final NearDuplicates dedup = new NearDuplicates();

    private Optional<DuplicateMatch> feed(DuplicateIndex index, String id, String text) {
        return dedup.observe(id, dedup.sign(text), index);
    }

    @Test
    void aWireCopyWithANewHeadlineAndParagraphingIsADuplicateOfTheFirst() {
        String original = Texts.article(1, 8);
        String copy = original.replace("\n\n", "\n").replace(". ", ".\n\n");
        DuplicateIndex index = dedup.newIndex();
        assertThat(feed(index, "ledger-1", original)).isEmpty();
        Optional<DuplicateMatch> m = feed(index, "wire-1", copy);
        assertThat(m).map(DuplicateMatch::original).contains("ledger-1");
        assertThat(m.get().jaccard()).isEqualTo(1.0);
    }

    @Test
    void aCopyThatCutsAThirdOfTheParagraphsMatchesByContainment() {
        String original = Texts.article(2, 12);
        List<String> paragraphs = Arrays.asList(original.split("\n\n"));
        String cut = String.join("\n\n", paragraphs.subList(0, 8));
        DuplicateIndex index = dedup.newIndex();
        feed(index, "a", original);
        Optional<DuplicateMatch> m = feed(index, "b", cut);
        assertThat(m).map(DuplicateMatch::original).contains("a");
        assertThat(m.get().containment()).isGreaterThan(0.9);
    }

    @Test
    void aCopyOfACopyPointsAtTheFirstCopy() {
        String original = Texts.article(3, 10);
        String second = original + "\n\nSubscribe to our newsletter for more news from the coast every morning.";
        String third = second.replace("Valmora", "Valmora City");
        DuplicateIndex index = dedup.newIndex();
        feed(index, "first", original);
        assertThat(feed(index, "second", second)).map(DuplicateMatch::original).contains("first");
        Optional<DuplicateMatch> m = feed(index, "third", third);
        assertThat(m).map(DuplicateMatch::original).contains("first");
    }

    @Test
    void differentArticlesOnTheSameTopicAreNotDuplicates() {
        DuplicateIndex index = dedup.newIndex();
        for (int i = 0; i < 50; i++) {
            assertThat(feed(index, "article-" + i, Texts.article(100 + i, 8))).as("article %d", i).isEmpty();
        }
        assertThat(index.size()).isEqualTo(50);
    }

    @Test
    void aShortQuotedParagraphIsNotACopyOfTheArticleItCameFrom() {
        String original = Texts.article(4, 20);
        String quoting = original.split("\n\n")[3] + "\n\n" + Texts.article(5, 6);
        DuplicateIndex index = dedup.newIndex();
        feed(index, "long", original);
        assertThat(feed(index, "quoting", quoting)).isEmpty();
    }

    @Test
    void textsWithoutWordsAreNeverHeldOrMatched() {
        DuplicateIndex index = dedup.newIndex();
        assertThat(feed(index, "empty", "  -- ")).isEmpty();
        assertThat(feed(index, "empty-2", "  -- ")).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void signaturesAreTheSameOnEveryRunAndThread() throws Exception {
        String text = Texts.article(6, 5);
        int[] here = dedup.sign(text).values();
        int[][] there = new int[1][];
        Thread t = new Thread(() -> there[0] = new NearDuplicates().sign(text).values());
        t.start();
        t.join();
        assertThat(there[0]).isEqualTo(here);
    }

    @Test
    void containmentFollowsFromJaccardAndSizes() {
        // B holds half of A's shingles and nothing else: |A|=100, |B|=50, J=50/100
        assertThat(Signature.containment(0.5, 100, 50)).isEqualTo(1.0);
        assertThat(Signature.containment(0.0, 100, 50)).isZero();
        assertThat(Signature.containment(1.0, 0, 0)).isZero();
    }
}
