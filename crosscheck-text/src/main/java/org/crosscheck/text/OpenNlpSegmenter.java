package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.Span;
import org.crosscheck.api.stage.Segmenter;

/**
 * Paragraphs, sentences and tokens with the OpenNLP English models (UD EWT, from the Maven Central model jars).
 *
 * <p>Paragraphs come from {@link Paragraphs} (blank lines and single line breaks), and the sentence detector runs
 * on one paragraph at a time, so no sentence crosses a paragraph. Its output is mended by {@link SentenceRepair}.
 *
 * <p>The detector and tokenizer objects are created per call: they hold per-call state and are not thread-safe,
 * and creating one costs well under a microsecond (measured: 0.2-0.7 µs, against ~50 µs to segment a short
 * paragraph), so a {@code ThreadLocal} would buy nothing and would leak under virtual threads. The models
 * themselves are loaded once per JVM by {@link Models}.
 *
 * <p>Both OpenNLP components are quadratic in the length of a run without white space (their features are
 * prefixes and suffixes of the whole run), which turns a few kilobytes of garbage into minutes. Such runs never
 * reach them: a paragraph holding one is split by a plain punctuation rule, and a long run is kept as one token.
 */
public final class OpenNlpSegmenter implements Segmenter {

    /** Runs without white space longer than this bypass the models (no English word is this long). */
    static final int MAX_RUN = 64;

    /** Longer sentences are cut (see {@link #capped}). */
    static final int MAX_SENTENCE = 2000;

    public OpenNlpSegmenter() {
    }

    @Override
    public List<Sentence> segment(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        SentenceDetectorME detector = new SentenceDetectorME(Models.sentences());
        TokenizerME tokenizer = new TokenizerME(Models.tokens());
        List<Span> paragraphs = Paragraphs.of(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            for (Span s : capped(text, sentences(detector, text, para))) {
                List<Span> tokens = Tokens.of(tokenizer, text, s);
                if (!tokens.isEmpty()) {
                    out.add(new Sentence(s.start(), s.end(), tokens, p));
                }
            }
        }
        return out;
    }

    /**
     * Cuts sentences longer than {@value #MAX_SENTENCE} characters at white space. Real sentences are far
     * shorter; without a cap, a paragraph of garbage becomes one "sentence" of a megabyte that every later
     * stage (entity tagging, quote and claim extraction) would have to digest whole.
     */
    static List<Span> capped(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>(sentences.size());
        for (Span s : sentences) {
            int start = s.start();
            while (s.end() - start > MAX_SENTENCE) {
                int cut = start + MAX_SENTENCE;
                int ws = cut;
                while (ws > start + MAX_SENTENCE / 2 && !Lines.isSpace(text.charAt(ws))) {
                    ws--;
                }
                if (Lines.isSpace(text.charAt(ws))) {
                    cut = ws;
                } else if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
                    cut--;
                }
                Span piece = Lines.trim(text, new Span(start, cut));
                if (piece.length() > 0) {
                    out.add(piece);
                }
                start = cut;
                while (start < s.end() && Lines.isSpace(text.charAt(start))) {
                    start++;
                }
            }
            if (start < s.end()) {
                out.add(new Span(start, s.end()));
            }
        }
        return out;
    }

    private static List<Span> sentences(SentenceDetectorME detector, String text, Span para) {
        List<Span> raw = new ArrayList<>();
        if (Tokens.longestRun(text, para) > MAX_RUN) {
            PlainSentences.split(text, para, raw);
        } else {
            String p = para.of(text);
            for (opennlp.tools.util.Span s : detector.sentPosDetect(p)) {
                raw.add(new Span(para.start() + s.getStart(), para.start() + s.getEnd()));
            }
        }
        return SentenceRepair.repair(text, raw);
    }
}
