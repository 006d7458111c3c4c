package org.crosscheck.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.api.Article;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.JsonLinesReader;
import org.crosscheck.ingest.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java word-piece tokenizer gives the ids of the Hugging Face tokenizer that ships with the model. */
class WordPiecesTest {

    private static final String JSON = "all-minilm-l6-v2-q-tokenizer.json";

    /** Pieces of text that exercise each rule: scripts, accents, ideographs, punctuation, spaces, controls. */
    private static final String[] PIECES = {"the", "Strike", "Port", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2009",
            "\u3000", "\u000B", "\u0085", "\u200B", "\u00AD", "\u0000", "\uFFFD", "é", "e\u0301", "Ångström", "İ",
            "ß", "Ω", "Σίσυφος", "Москва", "東京", "한국", "ﬁ", "½", "²", "’", "'", "\"", "“", "”", "—", "-", "_", ".",
            ",", "$", "€", "+", "<", "^", "`", "|", "~", "@", "#", "%", "&", "(", ")", "[", "]", "[SEP]", "[CLS]",
            "[MASK", "\uD83D\uDE00", "\uD835\uDC00", "\uE000", "unaffordable", "zzzzqx", "1,200.5", "x".repeat(101),
            "\u0301", "\u0903", "ǅ", "ℌ"};

    private static WordPieces pieces;
    private static HuggingFaceTokenizer reference;

    @BeforeAll
    static void load() throws IOException {
        ClassLoader loader = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(JSON)) {
            pieces = WordPieces.load(in);
        }
        try (InputStream in = loader.getResourceAsStream(JSON)) {
            reference = HuggingFaceTokenizer.newInstance(in,
                    Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(OnnxModel.WINDOW)));
        }
    }

    @Test
    void givesTheReferenceIdsOnTextsMadeOfEveryKindOfCharacter() {
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(30);
            for (int i = 0; i < len; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            int budget = 3 + random.nextInt(OnnxModel.WINDOW - 2);
            assertSame(b.toString(), budget);
        }
    }

    @Test
    void cutsToTheBudgetKeepingTheSeparatorLast() {
        long[] ids = pieces.ids("one two three four five six seven", 5);
        assertThat(ids).hasSize(5);
        assertThat(ids[0]).isEqualTo(101);
        assertThat(ids[4]).isEqualTo(102);
        assertThat(pieces.ids("", 96)).containsExactly(101, 102);
        assertSame("one two three four five six seven", 5);
    }

    /** Titles and openings of the development sets' articles, as the clusterer embeds them (skipped without data). */
    @Test
    void givesTheReferenceIdsOnNewsText() throws IOException {
        Path shared = Path.of(System.getProperty("crosscheck.shared", "../../shared"));
        List<Path> sets = List.of(shared.resolve("data/stories/basil-dev.jsonl.gz"),
                shared.resolve("data/stories/neus-dev.jsonl.gz"));
        assumeTrue(sets.stream().allMatch(Files::exists), "development sets not found under " + shared);
        List<Article> articles = new Inputs(List.of(new JsonLinesReader())).readAll(sets, Manifest.EMPTY).articles();
        assertThat(articles).hasSizeGreaterThan(800);
        for (Article a : articles) {
            String text = (a.title() == null ? "" : a.title() + ". ") + (a.text() == null ? "" : a.text());
            assertSame(text.substring(0, Math.min(600, text.length())), 96);
            assertSame(text, OnnxModel.WINDOW);
        }
    }

    private static void assertSame(String text, int budget) {
        long[] want = reference.encode(text, true, false).getIds();
        if (want.length > budget) {
            long sep = want[want.length - 1];
            want = Arrays.copyOf(want, budget);
            want[budget - 1] = sep;
        }
        assertThat(pieces.ids(text, budget)).as("ids of %s", text).isEqualTo(want);
    }
}
