package org.crosscheck.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.crosscheck.api.Article;
import org.crosscheck.api.Boilerplate;
import org.crosscheck.api.Cleaned;
import org.crosscheck.api.Span;
import org.crosscheck.api.stage.Cleaner;

/**
 * Takes page chrome out of a plain-text article and reads its dateline.
 *
 * <p>Chrome is recognised line by line ({@link ChromeRules}), plus three rules that need the whole page:
 * a line equal to the headline (the given title, or the first line) is a repeated headline; a line that is the
 * headline followed by a caption is a headline repeated with its photo caption; and, when the article has no
 * title, a short first line without a final period that is followed by body paragraphs is the headline, moved
 * to the title. Each removal is reported with offsets into the text as received.
 *
 * <p>The cleaned text is the kept lines, unchanged, one paragraph per line (or per group of hard-wrapped lines,
 * see {@link Paragraphs}), paragraphs separated by one blank line, with {@code \n} line ends. Nothing inside a
 * kept line is altered, so every later offset points at the characters a reader sees.
 *
 * <p>The dateline is read from the start of the first kept line ("22-11-2024 (WASHINGTON) ...") or, failing
 * that, from a lone timestamp line above it that is not an "Updated ..." line; it stays in the text.
 */
public final class PageCleaner implements Cleaner {

    /** A headline has fewer words than this. */
    private static final int MAX_HEADLINE_WORDS = 20;
    /** A line with at least this many words ending like a sentence shows that body paragraphs follow. */
    private static final int MIN_BODY_WORDS = 12;

    public PageCleaner() {
    }

    @Override
    public Cleaned clean(Article article) {
        String text = article.text();
        List<Span> lines = new ArrayList<>();
        for (Span l : Lines.of(text)) {
            Span t = Lines.trim(text, l);
            if (t.length() > 0) {
                lines.add(t);
            }
        }
        String[] why = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            why[i] = ChromeRules.why(lines.get(i).of(text));
        }
        String title = article.title();
        String newTitle = null;
        int first = firstKept(why, 0);
        if (isBlank(title) && first >= 0 && isHeadline(lines.get(first).of(text)) && bodyFollows(text, lines, why, first)) {
            newTitle = lines.get(first).of(text);
            why[first] = "headline, moved to the title";
        }
        String headline = newTitle != null ? newTitle : isBlank(title) ? null : title.strip();
        if (headline != null) {
            markRepeats(text, lines, why, headline);
        }
        List<Boilerplate> removed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (why[i] != null) {
                Span s = lines.get(i);
                removed.add(new Boilerplate(s.start(), s.end(), s.of(text), why[i]));
            }
        }
        String cleaned = assemble(text, lines, why);
        LocalDate dateline = dateline(text, lines, why);
        Article out = article.withText(cleaned);
        if (newTitle != null) {
            out = out.withTitle(newTitle);
        }
        return new Cleaned(out, removed, dateline);
    }

    private static void markRepeats(String text, List<Span> lines, String[] why, String headline) {
        String key = normal(headline);
        for (int i = 0; i < lines.size(); i++) {
            if (why[i] != null && !why[i].equals("headline with a photo caption")) {
                continue;
            }
            String line = lines.get(i).of(text);
            if (normal(line).equals(key)) {
                why[i] = "repeated headline";
                continue;
            }
            if (!mayHaveCaptionWord(line)) {
                continue;
            }
            Matcher m = ChromeRules.HEADLINE_WITH_CAPTION.matcher(line);
            if (m.matches() && normal(m.group(1)).equals(key)) {
                why[i] = "headline repeated with a photo caption";
            }
        }
    }

    private static String assemble(String text, List<Span> lines, String[] why) {
        StringBuilder sb = new StringBuilder(text.length());
        List<Span> paragraphs = Paragraphs.of(text);
        int li = 0;
        for (Span p : paragraphs) {
            boolean open = false;
            while (li < lines.size() && lines.get(li).start() < p.end()) {
                if (why[li] == null && lines.get(li).start() >= p.start()) {
                    if (open) {
                        sb.append('\n');
                    } else if (!sb.isEmpty()) {
                        sb.append("\n\n");
                    }
                    sb.append(text, lines.get(li).start(), lines.get(li).end());
                    open = true;
                }
                li++;
            }
        }
        return sb.toString();
    }

    private static LocalDate dateline(String text, List<Span> lines, String[] why) {
        int first = firstKept(why, 0);
        if (first >= 0) {
            LocalDate d = Dateline.read(lines.get(first).of(text));
            if (d != null) {
                return d;
            }
        }
        int limit = first < 0 ? lines.size() : first;
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i).of(text);
            if ("timestamp".equals(why[i]) && !line.toLowerCase(Locale.ROOT).startsWith("updated")
                    && !line.toLowerCase(Locale.ROOT).startsWith("last ")) {
                String date = line.replaceFirst("^(?i:published|first published|posted|date|created)\\b\\s*"
                        + "(?:on|at)?\\s*[:|]?\\s*", "");
                LocalDate d = Dateline.read(date);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** A short line that reads like a headline: capitalised, not ending like a sentence, not a label or date. */
    static boolean isHeadline(String line) {
        int words = ChromeRules.words(line);
        if (words < 2 || words >= MAX_HEADLINE_WORDS || line.length() > 200) {
            return false;
        }
        char c0 = line.charAt(0);
        if (!(Character.isUpperCase(c0) || Character.isDigit(c0) || "\"“‘'".indexOf(c0) >= 0)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".,;:".indexOf(last) >= 0 || Dateline.read(line) != null) {
            return false;
        }
        return !line.matches("^[^\\s:]+(?:\\s[^\\s:]+){0,3}:\\s.*");
    }

    private static boolean bodyFollows(String text, List<Span> lines, String[] why, int headline) {
        for (int i = headline + 1; i < lines.size(); i++) {
            if (why[i] != null) {
                continue;
            }
            String line = lines.get(i).of(text);
            char last = line.charAt(line.length() - 1);
            if (ChromeRules.words(line) >= MIN_BODY_WORDS && ".!?\"”’)".indexOf(last) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstKept(String[] why, int from) {
        for (int i = from; i < why.length; i++) {
            if (why[i] == null) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Whether a line contains one of the words {@link ChromeRules#HEADLINE_WITH_CAPTION} requires: a cheap test that
     * spares most lines the backtracking match, which dominated cleaning time on long articles.
     */
    private static boolean mayHaveCaptionWord(String line) {
        return line.contains("Photo") || line.contains("Image") || line.contains("Picture") || line.contains("Foto")
                || line.contains("PHOTO") || line.contains("IMAGE");
    }

    /**
     * Lower case, single spaces, no trailing punctuation or quotes: how two copies of a headline compare. Written
     * as one pass instead of regular expressions because it runs on every line of every article.
     */
    static String normal(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isRegexSpace(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (space) {
            sb.append(' ');
        }
        int end = sb.length();
        while (end > 0 && isTrailingNoise(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
        return sb.toString().strip();
    }

    /** What {@code \s} matches in a Java regular expression without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isTrailingNoise(char c) {
        return isRegexSpace(c) || ".!?:;,\"“”'’".indexOf(c) >= 0;
    }
}
