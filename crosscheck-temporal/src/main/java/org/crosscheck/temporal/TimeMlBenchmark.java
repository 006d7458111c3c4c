package org.crosscheck.temporal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.TimeExpression;

/**
 * Scores {@link RuleTimeTagger} on TimeML documents the way TempEval-3 does, e.g. on TimeBank and AQUAINT
 * ({@code data/time/tbaq}): each document's {@code TEXT} is reduced to plain text with its gold TIMEX3 offsets kept
 * (the document creation time left out), tagged with the creation time's date as anchor, and scored with relaxed
 * span matching (any overlap, one to one, each gold expression in text order taking the first unused overlapping
 * system expression) and value matching (a relaxed match with the very same TIMEX3 value).
 *
 * <p>Precision is over the expressions the tagger found (0 when it found none), recall over the gold ones (0 when
 * there are none), and F1 is 0 when both are. Speed is single-threaded tagging alone, reading and scoring left out,
 * after one warm-up pass over the same documents.
 *
 * <p>Checked against TempEval-3's official scorer ({@code evaluate_entities.py} of its toolkit, called by
 * {@code TE3-evaluation.py}): its value F1 is the relaxed span F1 times the value accuracy over the relaxed matches,
 * which is the F1 of value precision and recall as computed here, {@code 2 * valueTp / (found + gold)}; so every
 * extra expression found counts against it and a wrong type does not. Values are compared as exact strings, empty
 * ones included; a TIMEX3 whose text is blank is not counted; the creation time is left out (the official scorer
 * leaves out {@code tid="t0"}, which in TimeBank and AQUAINT is always the creation time). The official scorer also
 * counts TIMEX3s outside {@code TEXT} (a title, say); TimeBank and AQUAINT have none, and none are read here.
 */
public final class TimeMlBenchmark {

    /**
     * The benchmark's figures.
     *
     * @param documents     {@code .tml} files scored
     * @param gold          gold time expressions in them, the creation times left out
     * @param docsPerSecond single-thread tagging speed after a warm-up pass
     */
    public record Result(int documents, int gold, double spanPrecision, double spanRecall, double spanF1,
                         double valuePrecision, double valueRecall, double valueF1, double docsPerSecond,
                         List<Part> parts) {
        public Result {
            parts = List.copyOf(parts);
        }

        /** The overall line, then one line per sub-corpus when there are several. */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "time expressions: value P %.3f R %.3f F1 %.3f | span P %.3f R %.3f F1 %.3f over %d documents"
                            + " (%d gold), %.1f docs/s",
                    valuePrecision, valueRecall, valueF1, spanPrecision, spanRecall, spanF1, documents, gold,
                    docsPerSecond));
            if (parts.size() > 1) {
                for (Part p : parts) {
                    out.append(System.lineSeparator()).append(p);
                }
            }
            return out.toString();
        }
    }

    /**
     * The figures of one sub-corpus: the files under one folder directly below the one scored (TimeBank, AQUAINT),
     * so that a gain confined to one of them shows.
     */
    public record Part(String name, int documents, int gold, double spanPrecision, double spanRecall, double spanF1,
                       double valuePrecision, double valueRecall, double valueF1) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "  %s: value P %.3f R %.3f F1 %.3f | span P %.3f R %.3f F1 %.3f over %d documents (%d gold)",
                    name, valuePrecision, valueRecall, valueF1, spanPrecision, spanRecall, spanF1, documents, gold);
        }
    }

    /** Counts behind precision and recall. */
    private static final class Tally {
        int documents;
        int gold;
        int found;
        int spanTp;
        int valueTp;

        Part part(String name) {
            double spanP = ratio(spanTp, found);
            double spanR = ratio(spanTp, gold);
            double valueP = ratio(valueTp, found);
            double valueR = ratio(valueTp, gold);
            return new Part(name, documents, gold, spanP, spanR, f1(spanP, spanR), valueP, valueR, f1(valueP, valueR));
        }
    }

    /** What went wrong, each item with how often, for error analysis; filled by {@link #run(Path, Errors)}. */
    static final class Errors {
        /** Gold expressions no system expression overlaps: {@code text = value}. */
        final Map<String, Integer> misses = new HashMap<>();
        /** System expressions left unmatched: {@code text = value}. */
        final Map<String, Integer> falsePositives = new HashMap<>();
        /** Matched with another value: {@code gold text | found text | gold V got W | dct D}. */
        final Map<String, Integer> wrongValues = new HashMap<>();
        /** Every gold and found expression's fate, right ones included, in document order. */
        final List<Outcome> outcomes = new ArrayList<>();
    }

    record Gold(int start, int end, String text, String value, String type) {
    }

    /** @param part the sub-corpus: the first folder below the one scored, "." for files directly in it */
    record Doc(String name, String part, String text, LocalDate anchor, List<Gold> gold) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String TIMEX = "TIMEX3";
    private static final String TEXT_OPEN = "<TEXT>";
    private static final String TEXT_CLOSE = "</TEXT>";

    private TimeMlBenchmark() {
    }

    /**
     * Scores a fresh {@link RuleTimeTagger} on every {@code .tml} file under {@code dir}, searched recursively and
     * taken in path order.
     *
     * @throws IllegalArgumentException when {@code dir} is not a folder, holds no {@code .tml} file, or a file is
     *                                  not well-formed TimeML (the message names the file, line and column)
     * @throws UncheckedIOException     when a file cannot be read or is not UTF-8 (the message names the file)
     */
    public static Result run(Path dir) {
        return run(dir, new Errors());
    }

    static Result run(Path dir, Errors errors) {
        List<Doc> docs = new ArrayList<>();
        for (Path file : files(dir)) {
            docs.add(read(file, part(dir, file)));
        }
        RuleTimeTagger tagger = new RuleTimeTagger();
        List<AnnotatedArticle> articles = new ArrayList<>(docs.size());
        for (Doc doc : docs) {
            articles.add(AnnotatedArticle.of(
                    new Article(doc.name(), null, doc.anchor(), null, null, "en", doc.text(), doc.name())));
        }
        for (AnnotatedArticle a : articles) {
            tagger.tag(a);
        }
        List<List<TimeExpression>> output = new ArrayList<>(docs.size());
        long start = System.nanoTime();
        for (AnnotatedArticle a : articles) {
            output.add(tagger.tag(a));
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Tally all = new Tally();
        Map<String, Tally> parts = new TreeMap<>();
        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            Tally part = parts.computeIfAbsent(doc.part(), k -> new Tally());
            score(doc, output.get(d), errors, all, part);
        }
        Part overall = all.part("all");
        List<Part> byPart = new ArrayList<>();
        parts.forEach((name, tally) -> byPart.add(tally.part(name)));
        return new Result(overall.documents(), overall.gold(), overall.spanPrecision(), overall.spanRecall(),
                overall.spanF1(), overall.valuePrecision(), overall.valueRecall(), overall.valueF1(),
                docs.size() / Math.max(seconds, 1e-9), byPart);
    }

    /** Matches one document's found expressions to its gold ones, adding to both tallies and to the errors. */
    private static void score(Doc doc, List<TimeExpression> found, Errors errors, Tally... tallies) {
        int spanTp = 0;
        int valueTp = 0;
        boolean[] used = new boolean[found.size()];
        for (Gold g : doc.gold()) {
            int match = -1;
            for (int i = 0; i < found.size(); i++) {
                TimeExpression t = found.get(i);
                if (!used[i] && t.start() < g.end() && g.start() < t.end()) {
                    match = i;
                    break;
                }
            }
            String context = context(doc.text(), g.start(), g.end());
            if (match < 0) {
                errors.misses.merge(g.text().toLowerCase(Locale.ROOT) + " = " + g.value(), 1, Integer::sum);
                errors.outcomes.add(new Outcome(Outcome.Kind.MISSED, doc.part(), doc.name(), doc.anchor(), g.text(),
                        g.value(), g.type(), null, null, null, context));
                continue;
            }
            used[match] = true;
            spanTp++;
            TimeExpression t = found.get(match);
            boolean right = t.value().equals(g.value());
            if (right) {
                valueTp++;
            } else {
                errors.wrongValues.merge(g.text() + " | " + t.text() + " | gold " + g.value() + " got "
                        + t.value() + " | dct " + doc.anchor(), 1, Integer::sum);
            }
            errors.outcomes.add(new Outcome(right ? Outcome.Kind.RIGHT : Outcome.Kind.WRONG_VALUE, doc.part(),
                    doc.name(), doc.anchor(), g.text(), g.value(), g.type(), t.text(), t.value(), t.type().name(),
                    context));
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                TimeExpression t = found.get(i);
                errors.falsePositives.merge(t.text().toLowerCase(Locale.ROOT) + " = " + t.value(), 1, Integer::sum);
                errors.outcomes.add(new Outcome(Outcome.Kind.EXTRA, doc.part(), doc.name(), doc.anchor(), null, null,
                        null, t.text(), t.value(), t.type().name(), context(doc.text(), t.start(), t.end())));
            }
        }
        for (Tally tally : tallies) {
            tally.documents++;
            tally.gold += doc.gold().size();
            tally.found += found.size();
            tally.spanTp += spanTp;
            tally.valueTp += valueTp;
        }
    }

    /** The text around {@code [start, end)}, the expression in brackets, on one line. */
    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        return (text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to))
                .replaceAll("\\s+", " ").strip();
    }

    private static final int CONTEXT = 90;

    /**
     * An error analysis of the tagger on the TimeML files under {@code dir}: per category (kind of expression, and
     * for wrong values the kind of mistake) how many are right, wrong, missed and extra, then every error with its
     * context. What {@code crosscheck eval times DIR --errors} prints.
     */
    public static String errorReport(Path dir) {
        Errors errors = new Errors();
        Result result = run(dir, errors);
        return ErrorReport.format(result, errors.outcomes);
    }

    private static String part(Path dir, Path file) {
        Path rel = dir.relativize(file);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : ".";
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder: " + dir);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".tml") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot list " + dir, e.getCause());
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .tml file under " + dir);
        }
        return files;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * A document's {@code TEXT} as plain text with its gold time expressions in text order, the creation time left
     * out; the anchor is the creation time's date, or null when it has none.
     */
    static Doc read(Path file) {
        return read(file, ".");
    }

    static Doc read(Path file, String part) {
        String xml = decode(file);
        LocalDate anchor = null;
        Matcher dct = DCT.matcher(xml);
        if (dct.find()) {
            Matcher v = VALUE.matcher(dct.group());
            if (v.find() && v.group(1).length() >= 10) {
                String date = v.group(1).substring(0, 10);
                if (DATE.matcher(date).matches()) {
                    try {
                        anchor = LocalDate.parse(date);
                    } catch (DateTimeException e) {
                        throw malformed(file, xml, dct.start(), "creation time " + v.group(1) + " is no date");
                    }
                }
            }
        }
        int from = xml.indexOf(TEXT_OPEN);
        if (from < 0) {
            throw malformed(file, xml, 0, "no " + TEXT_OPEN + " element");
        }
        int to = xml.indexOf(TEXT_CLOSE, from);
        if (to < 0) {
            throw malformed(file, xml, from, TEXT_OPEN + " is never closed");
        }
        int offset = from + TEXT_OPEN.length();
        String body = xml.substring(offset, to);
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        Deque<Integer> openAt = new ArrayDeque<>();
        int timexAt = -1;
        int goldStart = -1;
        String goldValue = null;
        String goldType = null;
        Matcher m = TAG.matcher(body);
        int last = 0;
        while (m.find()) {
            appendText(file, xml, offset + last, body.substring(last, m.start()), text);
            last = m.end();
            String name = m.group(2);
            int at = offset + m.start();
            if (m.group(1).isEmpty()) {
                if (m.group(3).endsWith("/")) {
                    continue; // empty element: no text, and for TIMEX3 no span to find
                }
                open.push(name);
                openAt.push(at);
                if (!name.equals(TIMEX)) {
                    continue;
                }
                if (timexAt >= 0) {
                    throw malformed(file, xml, at, "TIMEX3 inside the TIMEX3 opened at " + position(xml, timexAt));
                }
                timexAt = at;
                if (m.group(3).contains("CREATION_TIME")) {
                    goldStart = -1;
                } else {
                    Matcher v = VALUE.matcher(m.group(3));
                    if (!v.find()) {
                        throw malformed(file, xml, at, "TIMEX3 without a value");
                    }
                    goldStart = text.length();
                    goldValue = v.group(1);
                    Matcher type = TYPE.matcher(m.group(3));
                    goldType = type.find() ? type.group(1) : null;
                }
            } else {
                if (open.isEmpty() || !open.peek().equals(name)) {
                    throw malformed(file, xml, at, "</" + name + "> closes "
                            + (open.isEmpty() ? "nothing" : "<" + open.peek() + "> opened at "
                            + position(xml, openAt.peek())));
                }
                open.pop();
                openAt.pop();
                if (name.equals(TIMEX)) {
                    if (goldStart >= 0 && !text.substring(goldStart).isBlank()) {
                        gold.add(new Gold(goldStart, text.length(), text.substring(goldStart), goldValue, goldType));
                    }
                    timexAt = -1;
                    goldStart = -1;
                }
            }
        }
        appendText(file, xml, offset + last, body.substring(last), text);
        if (!open.isEmpty()) {
            throw malformed(file, xml, openAt.peek(), "<" + open.peek() + "> is never closed");
        }
        gold.sort(Comparator.comparingInt(Gold::start));
        String name = file.getFileName().toString().replace(".tml", "");
        return new Doc(name, part, text.toString(), anchor, List.copyOf(gold));
    }

    /** Appends character data between tags, which may not hold a {@code <} that starts no tag. */
    private static void appendText(Path file, String xml, int at, String raw, StringBuilder text) {
        int lt = raw.indexOf('<');
        if (lt >= 0) {
            throw malformed(file, xml, at + lt, "'<' that starts no tag");
        }
        text.append(unescape(raw));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** The file as UTF-8, refusing bytes that are not, with their offset. */
    private static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            throw new UncheckedIOException(file + ": byte " + in.position() + ": not UTF-8",
                    new MalformedInputException(r.length()));
        }
        return out.flip().toString();
    }

    private static IllegalArgumentException malformed(Path file, String xml, int at, String what) {
        return new IllegalArgumentException(file + ":" + position(xml, at) + ": malformed TimeML: " + what);
    }

    /** {@code line:column}, both from 1, of a character offset. */
    static String position(String xml, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < xml.length(); i++) {
            if (xml.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (at - lineStart + 1);
    }
}
