package org.crosscheck.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Quote;
import org.crosscheck.api.Span;

/**
 * Scores {@link RuleQuoteExtractor} and its speech cues on a PolNeAR split (the political news attribution corpus,
 * e.g. {@code data/attribution/polnear/dev}): a folder with {@code text/NAME.txt} and brat standoff
 * {@code attributions/NAME_ANNOTATOR.ann} files. Each document is scored once, against the first of its annotators'
 * files in name order; a {@code .ann} file without its text is skipped.
 *
 * <p>Gold direct quotes are the Content spans enclosed in quotation marks (an opening mark first, a closing one last
 * bar a final stop); the speaker of one is the first fragment of its attribution's Source. Other Content spans are
 * reported speech: a predicted quote inside one (a quoted fragment within indirect speech) is counted apart, as
 * PolNeAR does not call it a direct quote. Matching is by overlap: a gold quote is found when some predicted quote
 * overlaps one of its fragments, and its speaker is right when the first such quote's speaker span overlaps the gold
 * speaker. Quote precision is over the predicted quotes outside indirect speech, strict precision over them all.
 * Sources compare every fragment of every gold Source with the source phrases of the speech cues found, each side
 * counted when it overlaps something on the other. Contents compare each gold attribution's Content (all its
 * fragments) with the content each found cue reports ({@link RuleAttributionExtractor#contentOf}), one per cue, the
 * same cues the sources come from: relaxed, a side counts when it overlaps something on the other, as for sources;
 * exact, a side counts when the other has a span with the same text once both are stripped of surrounding spaces,
 * punctuation and quotation marks and of a leading "that" (a gold content in fragments compares from its earliest
 * fragment's start to its latest one's end). Ratios are 0 over nothing.
 *
 * <p>This module has no segmenter or NER, so the stage runs as it does without the entity stage: sentences come from
 * a plain punctuation split and entities from a small capitalised-name finder standing in for NER
 * ({@link StandInAnnotator}), and the figures measure the rules with that stand-in rather than with the pipeline's
 * entities. Speed is single-threaded quote extraction alone (the cue analysis and speaker resolution), reading, the
 * stand-in annotation and scoring left out, after one warm-up pass over the same documents.
 */
public final class PolnearBenchmark {

    /**
     * The benchmark's figures.
     *
     * @param documents       documents scored
     * @param goldQuotes      gold direct quotes
     * @param predictedQuotes quotes the extractor found, those inside indirect speech included
     * @param indirectQuotes  found quotes inside a non-quoted gold Content span, left out of {@code quotePrecision}
     * @param speakersCorrect found gold quotes with a gold speaker whose predicted speaker overlaps it
     * @param speakersGold    found gold quotes with a gold speaker
     * @param goldSources     gold Source fragments
     * @param predictedSources source phrases of the speech cues found
     * @param goldContents     gold attributions with a Content
     * @param predictedContents contents of the speech cues found
     * @param docsPerSecond   single-thread extraction speed after a warm-up pass
     */
    public record Result(int documents, int goldQuotes, int predictedQuotes, int indirectQuotes,
                         double quotePrecision, double quoteRecall, double quoteF1,
                         double strictQuotePrecision, double strictQuoteF1,
                         double speakerAccuracy, int speakersCorrect, int speakersGold,
                         int goldSources, int predictedSources,
                         double sourcePrecision, double sourceRecall, double sourceF1,
                         int goldContents, int predictedContents,
                         double contentPrecision, double contentRecall, double contentF1,
                         double exactContentPrecision, double exactContentRecall, double exactContentF1,
                         double docsPerSecond) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "quotes P %.3f R %.3f F1 %.3f (strict P %.3f, F1 %.3f; %d gold, %d predicted, %d inside indirect"
                            + " speech) | speaker %.3f (%d/%d) | sources P %.3f R %.3f F1 %.3f (%d gold, %d predicted)"
                            + " | contents P %.3f R %.3f F1 %.3f, exact P %.3f R %.3f F1 %.3f (%d gold, %d predicted)"
                            + " | %d documents, %.1f docs/s",
                    quotePrecision, quoteRecall, quoteF1, strictQuotePrecision, strictQuoteF1, goldQuotes,
                    predictedQuotes, indirectQuotes, speakerAccuracy, speakersCorrect, speakersGold, sourcePrecision,
                    sourceRecall, sourceF1, goldSources, predictedSources, contentPrecision, contentRecall, contentF1,
                    exactContentPrecision, exactContentRecall, exactContentF1, goldContents, predictedContents,
                    documents, docsPerSecond);
        }
    }

    /** One document's gold standard. */
    private record Gold(List<List<Span>> quotes, List<Span> speakers, List<Span> indirect, List<Span> sources,
                        List<List<Span>> contents) {
    }

    /** A parsed {@code .ann} file: text-bound fragments by id, and events as role to id. */
    private record Ann(Map<String, List<Span>> spans, List<Map<String, String>> events) {
    }

    private static final Pattern ANN_SUFFIX = Pattern.compile("(?:_[0-9a-f]{4})?\\.ann$");
    private static final Pattern T_LINE = Pattern.compile("(T\\d+)\t(\\S+) (\\d{1,9} \\d{1,9}(?:;\\d{1,9} \\d{1,9})*)"
            + "(?:\t.*)?");
    private static final Pattern E_LINE = Pattern.compile("(E\\d+)\t([^\\s:]+:[TE]\\d+(?: +[^\\s:]+:[TE]\\d+)*) *");
    /** Relations, attributes, normalisations, notes and equivalences: valid brat, not used here. */
    private static final Pattern OTHER_LINE = Pattern.compile("(?:[RAMN]\\d+|#\\d*|\\*)\t.*");
    private static final String OPENING = "“\"‘'";
    private static final String CLOSING = "”\"’'";

    private PolnearBenchmark() {
    }

    /**
     * Scores the rules on one PolNeAR split folder.
     *
     * @throws IllegalArgumentException when {@code splitDir} has no {@code text} or {@code attributions} folder, no
     *                                  {@code .ann} file there has its text, or a {@code .ann} line is malformed or
     *                                  does not fit its text (the message names the file and line)
     * @throws UncheckedIOException     when a file cannot be read or is not UTF-8 (the message names the file)
     */
    public static Result run(Path splitDir) {
        return run(splitDir, line -> {
        });
    }

    /** As {@link #run(Path)}, telling {@code trace} each missed quote, wrong speaker and false positive. */
    static Result run(Path splitDir, Consumer<String> trace) {
        Path textDir = splitDir.resolve("text");
        Path annDir = splitDir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new IllegalArgumentException("not a PolNeAR split (no text/ and attributions/ folders): " + splitDir);
        }
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Gold> golds = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Path annPath : annFiles(annDir)) {
            String name = ANN_SUFFIX.matcher(annPath.getFileName().toString()).replaceFirst("");
            Path txt = textDir.resolve(name + ".txt");
            if (!Files.isRegularFile(txt) || !done.add(name)) {
                continue;
            }
            String text = read(txt);
            names.add(name);
            texts.add(text);
            golds.add(gold(text, parse(annPath, lines(annPath), text)));
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no .ann file with its text in " + splitDir);
        }
        List<AnnotatedArticle> docs = new ArrayList<>(names.size());
        for (int d = 0; d < names.size(); d++) {
            docs.add(StandInAnnotator.annotate(names.get(d), texts.get(d)));
        }
        for (AnnotatedArticle doc : docs) {
            RuleQuoteExtractor.run(RuleQuoteExtractor.Analysis.of(doc));
        }
        List<RuleQuoteExtractor.Analysis> analyses = new ArrayList<>(docs.size());
        List<List<Quote>> found = new ArrayList<>(docs.size());
        long start = System.nanoTime();
        for (AnnotatedArticle doc : docs) {
            RuleQuoteExtractor.Analysis a = RuleQuoteExtractor.Analysis.of(doc);
            analyses.add(a);
            found.add(RuleQuoteExtractor.run(a));
        }
        double seconds = Math.max(System.nanoTime() - start, 1) / 1e9;

        int goldQ = 0, foundQ = 0, spkGold = 0, spkOk = 0, predQ = 0, tpQ = 0, indirectQ = 0;
        int goldSrc = 0, foundSrc = 0, predSrc = 0, tpSrc = 0;
        int goldCon = 0, predCon = 0, foundCon = 0, tpCon = 0, foundExact = 0, tpExact = 0;
        for (int d = 0; d < docs.size(); d++) {
            String name = names.get(d);
            String text = texts.get(d);
            Gold g = golds.get(d);
            List<Quote> quotes = found.get(d);
            for (int i = 0; i < g.quotes().size(); i++) {
                goldQ++;
                Quote hit = null;
                for (Quote q : quotes) {
                    if (overlapsAny(q.span(), g.quotes().get(i))) {
                        hit = q;
                        break;
                    }
                }
                if (hit == null) {
                    trace.accept("MISS " + name + " " + clip(g.quotes().get(i).get(0).of(text)));
                    continue;
                }
                foundQ++;
                Span speaker = g.speakers().get(i);
                if (speaker != null) {
                    spkGold++;
                    if (hit.speakerSpan() != null && hit.speakerSpan().overlaps(speaker)) {
                        spkOk++;
                    } else {
                        trace.accept("SPK " + name + " gold=" + speaker.of(text) + " got=" + hit.speaker() + " | "
                                + clip(hit.text()));
                    }
                }
            }
            for (Quote q : quotes) {
                boolean tp = false;
                for (List<Span> gq : g.quotes()) {
                    tp |= overlapsAny(q.span(), gq);
                }
                if (tp) {
                    tpQ++;
                    predQ++;
                } else if (overlapsAny(q.span(), g.indirect())) {
                    indirectQ++;
                } else {
                    predQ++;
                    trace.accept("FP " + name + " " + clip(q.text()));
                }
            }
            List<Span> predSources = analyses.get(d).cues().stream().map(c -> c.phrase().phrase()).toList();
            goldSrc += g.sources().size();
            for (Span s : g.sources()) {
                if (overlapsAny(s, predSources)) {
                    foundSrc++;
                } else {
                    trace.accept("SRC-MISS " + name + " " + s.of(text) + " | " + context(text, s));
                }
            }
            for (Span p : predSources) {
                predSrc++;
                if (overlapsAny(p, g.sources())) {
                    tpSrc++;
                } else {
                    trace.accept("SRC-FP " + name + " " + p.of(text));
                }
            }
            List<Span> predContents = new ArrayList<>();
            for (CueScanner.Cue c : analyses.get(d).cues()) {
                Span content = RuleAttributionExtractor.contentOf(c, analyses.get(d));
                if (content != null) {
                    predContents.add(content);
                }
            }
            Set<String> predKeys = new HashSet<>();
            for (Span p : predContents) {
                predKeys.add(bare(p.of(text)));
            }
            Set<String> goldKeys = new HashSet<>();
            goldCon += g.contents().size();
            for (List<Span> frags : g.contents()) {
                int from = frags.stream().mapToInt(Span::start).min().orElseThrow();
                int to = frags.stream().mapToInt(Span::end).max().orElseThrow();
                String key = bare(text.substring(from, to));
                goldKeys.add(key);
                foundExact += predKeys.contains(key) ? 1 : 0;
                boolean hit = false;
                for (Span f : frags) {
                    hit |= overlapsAny(f, predContents);
                }
                foundCon += hit ? 1 : 0;
            }
            for (Span p : predContents) {
                predCon++;
                boolean hit = false;
                for (List<Span> frags : g.contents()) {
                    hit |= overlapsAny(p, frags);
                }
                tpCon += hit ? 1 : 0;
                tpExact += goldKeys.contains(bare(p.of(text))) ? 1 : 0;
            }
        }
        double qp = ratio(tpQ, predQ);
        double qr = ratio(foundQ, goldQ);
        double strictP = ratio(tpQ, predQ + indirectQ);
        double sp = ratio(tpSrc, predSrc);
        double sr = ratio(foundSrc, goldSrc);
        double cp = ratio(tpCon, predCon);
        double cr = ratio(foundCon, goldCon);
        double ep = ratio(tpExact, predCon);
        double er = ratio(foundExact, goldCon);
        return new Result(docs.size(), goldQ, predQ + indirectQ, indirectQ, qp, qr, f1(qp, qr), strictP,
                f1(strictP, qr), ratio(spkOk, spkGold), spkOk, spkGold, goldSrc, predSrc, sp, sr, f1(sp, sr),
                goldCon, predCon, cp, cr, f1(cp, cr), ep, er, f1(ep, er), docs.size() / seconds);
    }

    /** Surrounding spaces, punctuation and quotation marks. */
    private static final Pattern EDGES = Pattern.compile("^[\\s\\p{P}]+|[\\s\\p{P}]+$");
    private static final Pattern LEADING_THAT = Pattern.compile("^that\\s+", Pattern.CASE_INSENSITIVE);

    /** A content's text as exact matching compares it: no surrounding punctuation, no leading "that". */
    private static String bare(String content) {
        String s = EDGES.matcher(content).replaceAll("");
        return EDGES.matcher(LEADING_THAT.matcher(s).replaceFirst("")).replaceAll("").replaceAll("\\s+", " ");
    }

    /** The sentence-ish stretch around a span, for a trace line. */
    private static String context(String text, Span s) {
        int from = Math.max(0, s.start() - 60);
        int to = Math.min(text.length(), s.end() + 100);
        return text.substring(from, to).replace('\n', ' ');
    }

    /** Direct quotes with their speakers, indirect speech, and every Source fragment. */
    private static Gold gold(String text, Ann ann) {
        List<List<Span>> quotes = new ArrayList<>();
        List<Span> speakers = new ArrayList<>();
        List<Span> indirect = new ArrayList<>();
        List<Span> sources = new ArrayList<>();
        List<List<Span>> contents = new ArrayList<>();
        for (Map<String, String> ev : ann.events()) {
            List<Span> content = ann.spans().get(ev.get("Content"));
            List<Span> source = ann.spans().get(ev.get("Source"));
            if (source != null) {
                sources.addAll(source);
            }
            if (content == null) {
                continue;
            }
            contents.add(content);
            if (isQuoted(text, content)) {
                quotes.add(content);
                speakers.add(source != null ? source.get(0) : null);
            } else {
                indirect.addAll(content);
            }
        }
        return new Gold(quotes, speakers, indirect, sources, contents);
    }

    /** Enclosed in marks: the content starts with an opening mark and ends with a closing one (before a stop). */
    private static boolean isQuoted(String text, List<Span> frags) {
        String first = frags.get(0).of(text).strip();
        String last = frags.get(frags.size() - 1).of(text).strip().replaceAll("[.,;:]+$", "");
        return !first.isEmpty() && !last.isEmpty() && OPENING.indexOf(first.charAt(0)) >= 0
                && CLOSING.indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    /**
     * Reads brat standoff: {@code T} lines (id, type, code-point offset pairs joined by {@code ;}, covered text) and
     * {@code E} lines (id, then {@code ROLE:ID} pairs, a digit ending a role dropped: {@code Source2} is a Source).
     * A covered text running over line breaks continues on as many following lines; relation, attribute,
     * normalisation, note and equivalence lines are skipped, and blank lines ignored. Anything else, offsets outside
     * the text, a repeated id or a reference to an id the file does not define is malformed.
     */
    private static Ann parse(Path file, List<String> lines, String text) {
        int[] cp2u = new int[text.codePointCount(0, text.length()) + 1];
        for (int cp = 0, u = 0; cp < cp2u.length; cp++) {
            cp2u[cp] = u;
            if (u < text.length()) {
                u += Character.charCount(text.codePointAt(u));
            }
        }
        Map<String, List<Span>> spans = new HashMap<>();
        Set<String> ids = new HashSet<>();
        List<Map<String, String>> events = new ArrayList<>();
        List<Integer> eventLines = new ArrayList<>();
        int continuation = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            Matcher t = T_LINE.matcher(line);
            Matcher e = E_LINE.matcher(line);
            if (t.matches()) {
                List<Span> frags = new ArrayList<>();
                continuation = 0;
                for (String pair : t.group(3).split(";")) {
                    String[] se = pair.split(" ");
                    int s = Integer.parseInt(se[0]);
                    int end = Integer.parseInt(se[1]);
                    if (s > end || end >= cp2u.length) {
                        throw malformed(file, n, line, "offsets " + s + "-" + end + " do not fit a text of "
                                + (cp2u.length - 1) + " characters");
                    }
                    Span span = new Span(cp2u[s], cp2u[end]);
                    frags.add(span);
                    continuation += lineBreaks(span.of(text));
                }
                if (!ids.add(t.group(1))) {
                    throw malformed(file, n, line, "repeated id " + t.group(1));
                }
                spans.put(t.group(1), List.copyOf(frags));
            } else if (e.matches()) {
                continuation = 0;
                if (!ids.add(e.group(1))) {
                    throw malformed(file, n, line, "repeated id " + e.group(1));
                }
                Map<String, String> ev = new HashMap<>();
                for (String role : e.group(2).split(" +")) {
                    int colon = role.indexOf(':');
                    ev.put(role.substring(0, colon).replaceAll("\\d+$", ""), role.substring(colon + 1));
                }
                events.add(ev);
                eventLines.add(n);
            } else if (OTHER_LINE.matcher(line).matches()) {
                continuation = 0;
            } else if (continuation > 0) {
                continuation--;
            } else if (!line.isBlank()) {
                throw malformed(file, n, line, "not a brat standoff line");
            }
        }
        for (int i = 0; i < events.size(); i++) {
            for (String id : events.get(i).values()) {
                if (!ids.contains(id)) {
                    int n = eventLines.get(i);
                    throw malformed(file, n, lines.get(n), "no annotation " + id);
                }
            }
        }
        return new Ann(spans, events);
    }

    /** Line breaks as {@link Files#readAllLines} counts them: CR LF, CR or LF. */
    private static int lineBreaks(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        return count;
    }

    private static IllegalArgumentException malformed(Path file, int index, String line, String what) {
        return new IllegalArgumentException(file + ":" + (index + 1) + ": malformed .ann line (" + what + "): "
                + clip(line));
    }

    private static List<Path> annFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ann") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " as UTF-8", e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " as UTF-8", e);
        }
    }

    private static String clip(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static boolean overlapsAny(Span s, List<Span> spans) {
        for (Span o : spans) {
            if (o != null && o.overlaps(s)) {
                return true;
            }
        }
        return false;
    }
}
