package org.crosscheck.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The BERT word-piece tokenizer of all-MiniLM-L6-v2 (uncased), written out in Java from the model's
 * {@code tokenizer.json}: the same ids as the Hugging Face tokenizer that ships with it, at a small part of its cost.
 * On the clusterer's 38,416 titles and leads of the development sets and the 37k corpus (96 word pieces at most), that
 * tokenizer, called through its Java binding, took 0.49 ms of CPU a text (4% of an embedding) and this one 0.09 ms,
 * with the same ids for every text; the original spends most of its time on the offsets and the other per-token
 * data it tracks and hands back through JNI, which the model never reads.
 *
 * <p>What it does, as that tokenizer does it: the special tokens ({@code [CLS]}, {@code [SEP]}, ...) written in a text
 * are taken as those tokens; the rest is cleaned (controls, format and unassigned characters dropped, every white
 * space a plain space), Chinese-Japanese-Korean ideographs stand alone, accents are stripped (canonical decomposition,
 * non-spacing marks dropped) and letters lowercased; words are split at white space and around each punctuation
 * character; each word becomes its longest vocabulary prefix, then {@code ##}-pieces, or {@code [UNK]} when it cannot
 * be spelt so or is longer than 100 characters. One caveat: character classes come from the JDK's Unicode tables,
 * and a character that the Rust crates of the original class differently (newer than their tables) may tokenize
 * differently (none did on the texts above; WordPiecesTest compares the two on random and news text).
 *
 * <p>Immutable after loading; thread-safe.
 */
final class WordPieces {

    private static final int MAX_WORD_CHARS = 100;
    private static final String[] SPECIAL = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};

    private final Map<String, Integer> vocabulary;
    private final Map<String, Integer> special;
    private final int cls;
    private final int sep;
    private final int unknown;

    private WordPieces(Map<String, Integer> vocabulary, Map<String, Integer> special) {
        this.vocabulary = vocabulary;
        this.special = special;
        this.cls = special.get("[CLS]");
        this.sep = special.get("[SEP]");
        this.unknown = special.get("[UNK]");
    }

    /** Reads the vocabulary and special tokens of a Hugging Face {@code tokenizer.json} of a BERT word-piece model. */
    static WordPieces load(InputStream tokenizerJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(tokenizerJson);
        JsonNode vocab = root.path("model").path("vocab");
        if (!vocab.isObject() || !"WordPiece".equals(root.path("model").path("type").asText())) {
            throw new IOException("not a word-piece tokenizer.json: no model.vocab of type WordPiece");
        }
        Map<String, Integer> vocabulary = new HashMap<>(vocab.size() * 2);
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            vocabulary.put(e.getKey(), e.getValue().asInt());
        }
        Map<String, Integer> special = new HashMap<>();
        for (JsonNode t : root.path("added_tokens")) {
            special.put(t.path("content").asText(), t.path("id").asInt());
        }
        for (String s : SPECIAL) {
            if (!special.containsKey(s)) {
                throw new IOException("tokenizer.json has no added token " + s);
            }
        }
        return new WordPieces(vocabulary, special);
    }

    /**
     * The ids of {@code text}: [CLS], at most {@code maxWordPieces - 2} word pieces, [SEP]. Stops reading the text
     * once it has them, so a long text costs no more than its opening.
     */
    long[] ids(String text, int maxWordPieces) {
        int budget = maxWordPieces - 2;
        List<Integer> out = new ArrayList<>(Math.min(budget, 128) + 2);
        out.add(cls);
        int from = 0;
        while (from < text.length() && out.size() - 1 < budget) {
            int at = nextSpecial(text, from);
            int end = at < 0 ? text.length() : at;
            if (end > from) {
                tokenize(normalized(text.substring(from, end)), out, budget);
            }
            if (at < 0) {
                break;
            }
            String token = specialAt(text, at);
            if (out.size() - 1 < budget) {
                out.add(special.get(token));
            }
            from = at + token.length();
        }
        out.add(sep);
        long[] ids = new long[out.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = out.get(i);
        }
        return ids;
    }

    /** Where the next special token written in the text starts, or -1. */
    private static int nextSpecial(String text, int from) {
        for (int i = text.indexOf('[', from); i >= 0; i = text.indexOf('[', i + 1)) {
            if (specialAt(text, i) != null) {
                return i;
            }
        }
        return -1;
    }

    private static String specialAt(String text, int i) {
        for (String s : SPECIAL) {
            if (text.startsWith(s, i)) {
                return s;
            }
        }
        return null;
    }

    /** Cleaning, ideographs set apart, accents stripped, lowercase: the model's normalizer, in its order. */
    private static String normalized(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                continue;
            }
            if (isWhitespace(cp)) {
                b.append(' ');
            } else if (isIdeograph(cp)) {
                b.append(' ').appendCodePoint(cp).append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        }
        String decomposed = Normalizer.normalize(b, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                appendLowerCase(out, cp);
            }
        }
        return out.toString();
    }

    /** Unicode's full lowercase of one character, context-free: only U+0130 maps to more than one character. */
    private static void appendLowerCase(StringBuilder out, int cp) {
        if (cp == 0x130) {
            out.append("i\u0307");
        } else {
            out.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    /** Splits at white space and around punctuation, and adds each word's pieces until {@code budget} is reached. */
    private void tokenize(String s, List<Integer> out, int budget) {
        int start = -1;
        for (int i = 0; i < s.length() && out.size() - 1 < budget; ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean space = isWhitespace(cp);
            if (space || isPunctuation(cp)) {
                if (start >= 0) {
                    pieces(s.substring(start, i), out, budget);
                    start = -1;
                }
                if (!space && out.size() - 1 < budget) {
                    pieces(s.substring(i, next), out, budget);
                }
            } else if (start < 0) {
                start = i;
            }
            i = next;
        }
        if (start >= 0 && out.size() - 1 < budget) {
            pieces(s.substring(start), out, budget);
        }
    }

    /** The word's longest-prefix pieces, or [UNK] for all of it when it cannot be spelt from the vocabulary. */
    private void pieces(String word, List<Integer> out, int budget) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            out.add(unknown);
            return;
        }
        List<Integer> found = new ArrayList<>(4);
        int start = 0;
        while (start < word.length()) {
            Integer id = null;
            int end = word.length();
            while (end > start) {
                String piece = word.substring(start, end);
                id = vocabulary.get(start > 0 ? "##" + piece : piece);
                if (id != null) {
                    break;
                }
                end -= end - 2 >= start && Character.isLowSurrogate(word.charAt(end - 1))
                        && Character.isHighSurrogate(word.charAt(end - 2)) ? 2 : 1;
            }
            if (id == null) {
                out.add(unknown);
                return;
            }
            found.add(id);
            start = end;
        }
        for (int i = 0; i < found.size() && out.size() - 1 < budget; i++) {
            out.add(found.get(i));
        }
    }

    /** Controls other than tab and line ends, format characters, unassigned and private-use code points. */
    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                || t == Character.PRIVATE_USE || t == Character.SURROGATE;
    }

    /** Unicode's White_Space property (Rust's {@code char::is_whitespace}). */
    private static boolean isWhitespace(int cp) {
        return cp == ' ' || cp >= '\t' && cp <= '\r' || cp == 0x85 || Character.isSpaceChar(cp);
    }

    /** ASCII punctuation and symbols, and Unicode's punctuation categories. */
    private static boolean isPunctuation(int cp) {
        if (cp >= 33 && cp <= 47 || cp >= 58 && cp <= 64 || cp >= 91 && cp <= 96 || cp >= 123 && cp <= 126) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    /** The CJK ideograph blocks that BERT's normalizer sets apart with spaces. */
    private static boolean isIdeograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2B73F || cp >= 0x2B740 && cp <= 0x2B81F || cp >= 0x2B920 && cp <= 0x2CEAF
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }
}
