package org.crosscheck.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.TimeType;

/**
 * What every rule needs to read one article: its text, its date, its sentences, and a place to put what it finds.
 * Built per call and never shared, so the rules themselves stay stateless.
 *
 * @param anchor     the article's date, or {@code null}: rules then keep underspecified values or find nothing
 * @param folded     the text lower-cased one character at a time, so that its offsets are the text's
 * @param words      where the words begin and end, for {@link #matches(Keyed)}
 */
record Context(String text, LocalDate anchor, int[] sentenceStarts, int[] sentenceEnds, List<Candidate> found,
               String folded, WordIndex words) {

    /**
     * Sentence ends when no segmenter ran: end punctuation before a capital or quote (wire copy writes quotes as
     * two backticks or two apostrophes), or a blank line; not the period of an initial ("Daniel P. Davison") or of
     * a title or month abbreviated ("Mr.", "Gen.", "Feb."), nor that of "a.m." or "p.m." before the day or the time
     * zone it belongs to ("from 5 a.m. Friday until", "at 9 a.m. EST Tuesday").
     */
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "(?<=[.!?](?:''|[\"'”’)])?)(?<!\\b[A-Z]\\.)(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt"
                    + "|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)(?!(?<=\\b[ap]\\.m\\.)\\s+(?:Monday"
                    + "|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][SD]T|GMT|UTC)\\b)\\s+"
                    + "(?=(?:``|''|[\"'“‘(`])?[A-Z0-9])|\\n\\s*\\n");

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
            int start = 0;
            for (MatchResult m : matchesAt(SENTENCE_BREAK, text, breakPlaces(text))) {
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
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(text.charAt(i));
        }
        String lowered = new String(folded);
        return new Context(text, anchor, starts, ends, new ArrayList<>(), lowered, WordIndex.of(text, lowered));
    }

    /**
     * The matches of a keyed pattern, the same and in the same order as a {@link Matcher#find()} loop over the whole
     * text finds them, but tried only where its key says one can start: each place is tried with
     * {@link Matcher#lookingAt()} over the rest of the text with transparent bounds, so that look-behinds and word
     * boundaries see the text before it, and the earliest place that matches after the previous match wins, as in
     * the scan.
     */
    List<MatchResult> matches(Keyed keyed) {
        if (keyed.required().length > 0 && !mentionsAny(keyed.required())) {
            return List.of();
        }
        int[] at = words.places(keyed);
        if (at.length == 0) {
            return List.of();
        }
        return matchesAt(keyed.pattern, text, at);
    }

    /**
     * The matches of {@code pattern} in {@code text} that a {@link Matcher#find()} loop finds, given every place
     * where one can start, in text order.
     */
    private static List<MatchResult> matchesAt(Pattern pattern, String text, int[] at) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<MatchResult> out = new ArrayList<>();
        int from = 0;
        for (int p : at) {
            if (p < from) {
                continue;
            }
            m.region(p, text.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                from = Math.max(m.end(), p + 1);
            }
        }
        return out;
    }

    /**
     * Where a {@link #SENTENCE_BREAK} can start: at white space right after end punctuation, a closing quote or
     * bracket (or the two apostrophes of wire copy) between allowed, or at a line break.
     */
    private static int[] breakPlaces(String text) {
        int[] at = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && (c == '\n' || i > 0 && isEnd(text.charAt(i - 1))
                    || i > 1 && "\"'”’)".indexOf(text.charAt(i - 1)) >= 0 && isEnd(text.charAt(i - 2))
                    || i > 2 && text.startsWith("''", i - 2) && isEnd(text.charAt(i - 3)))) {
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(at, n);
    }

    private static boolean isEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /**
     * Whether the text holds {@code word} (lower case) at all: a cheap test that spares rare patterns a regex scan
     * of every position of a text that cannot match.
     */
    boolean mentions(String word) {
        return folded.contains(word);
    }

    private boolean mentionsAny(String[] words) {
        for (String w : words) {
            if (mentions(w)) {
                return true;
            }
        }
        return false;
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

    /** The sentence around {@code offset} up to it, as text; the 200 characters before it when no sentence holds it. */
    String sentenceBefore(int offset) {
        return text.substring(sentenceStart(offset), offset);
    }

    /** Where the sentence holding {@code offset} starts; 200 characters before it when no sentence holds it. */
    int sentenceStart(int offset) {
        int i = sentenceIndex(offset);
        return i < 0 ? Math.max(0, offset - 200) : sentenceStarts[i];
    }

    /** Where the paragraph holding {@code offset} starts: just after the last blank line before it, or 0. */
    int paragraphStart(int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i > 0; i--) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                j--;
            }
            if (j >= 0 && text.charAt(j) == '\n') {
                return i + 1;
            }
        }
        return 0;
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

    /** Whether only spaces, quotes or nothing stand between {@code offset} and the end of the previous sentence. */
    boolean atSentenceStart(int offset) {
        int i = offset;
        while (i > 0 && " \t\n\"'`“‘(".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i == 0 || ".!?:".indexOf(text.charAt(i - 1)) >= 0;
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
