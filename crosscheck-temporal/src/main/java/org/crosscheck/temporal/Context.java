package org.crosscheck.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.TimeType;

/**
 * What every rule needs to read one article: its text, its date, its sentences, and a place to put what it finds.
 * Built per call and never shared, so the rules themselves stay stateless.
 *
 * @param anchor the article's date, or {@code null}: rules then keep underspecified values or find nothing
 * @param lower  the text lower-cased, for {@link #mentions(String)} only (its offsets may differ from the text's)
 */
record Context(String text, LocalDate anchor, int[] sentenceStarts, int[] sentenceEnds, List<Candidate> found,
               String lower) {

    /**
     * Sentence ends when no segmenter ran: end punctuation before a capital or quote, or a blank line; not the
     * period of an initial ("Daniel P. Davison") or of a title or month abbreviated ("Mr.", "Gen.", "Feb.").
     */
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "(?<=[.!?][\"'”’)]?)(?<!\\b[A-Z]\\.)(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Jan"
                    + "|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)\\s+(?=[\"'“‘(]?[A-Z0-9])|\\n\\s*\\n");

    private static final Pattern PREPOSITION = Pattern.compile("(?i)\\b(?:on|in|by|during)\\s+$");

    static Context of(String text, LocalDate anchor, List<Sentence> sentences) {
        List<int[]> spans = new ArrayList<>();
        if (sentences != null && !sentences.isEmpty()) {
            for (Sentence s : sentences) {
                if (s.end() <= text.length()) {
                    spans.add(new int[] {s.start(), s.end()});
                }
            }
        }
        if (spans.isEmpty()) {
            Matcher m = SENTENCE_BREAK.matcher(text);
            int start = 0;
            while (m.find()) {
                spans.add(new int[] {start, m.start()});
                start = m.end();
            }
            spans.add(new int[] {start, text.length()});
        }
        spans.sort(java.util.Comparator.comparingInt(span -> span[0]));
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
        }
        return new Context(text, anchor, starts, ends, new ArrayList<>(), text.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the text holds {@code word} (lower case) at all: a cheap test that spares rare patterns a regex scan
     * of every position of a text that cannot match.
     */
    boolean mentions(String word) {
        return lower.contains(word);
    }

    /** The tense of the clause holding {@code [start, end)}. */
    Tense tense(int start, int end) {
        int i = sentenceIndex(start);
        int from = i < 0 ? Math.max(0, start - 200) : sentenceStarts[i];
        int to = i < 0 ? Math.min(text.length(), end + 200) : Math.max(end, sentenceEnds[i]);
        return TenseCues.of(text, from, Math.min(to, text.length()), start, end);
    }

    /** The sentence around {@code offset}, as text; the whole text near it when no sentence holds it. */
    String sentenceAround(int offset) {
        int i = sentenceIndex(offset);
        if (i < 0) {
            return text.substring(Math.max(0, offset - 200), Math.min(text.length(), offset + 200));
        }
        return text.substring(sentenceStarts[i], Math.min(text.length(), sentenceEnds[i]));
    }

    /** The sentence holding {@code offset}, or -1; sentences come in text order, so a binary search finds it. */
    private int sentenceIndex(int offset) {
        int i = java.util.Arrays.binarySearch(sentenceStarts, offset);
        if (i < 0) {
            i = -i - 2; // the last sentence starting before the offset
        }
        return i >= 0 && offset < sentenceEnds[i] ? i : -1;
    }

    /**
     * Where an expression starts once a directly preceding "on", "in", "by" or "during" is counted in: the
     * convention of the gold annotations crosscheck is compared with ("On Sunday", "in November").
     */
    int withPreposition(int start) {
        int from = Math.max(0, start - 12);
        Matcher m = PREPOSITION.matcher(text).region(from, start);
        return m.find() ? m.start() : start;
    }

    /** The word before {@code offset}, lower-cased, or "". */
    String wordBefore(int offset) {
        int i = offset;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** The word after {@code offset}, as written, or "". */
    String wordAfter(int offset) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    void add(int start, int end, TimeType type, String value) {
        if (value != null && start >= 0 && start < end && end <= text.length()) {
            found.add(new Candidate(start, end, type, value));
        }
    }
}
