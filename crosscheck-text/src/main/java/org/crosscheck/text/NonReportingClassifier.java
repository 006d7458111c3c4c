package org.crosscheck.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Region;
import org.crosscheck.api.RegionKind;
import org.crosscheck.api.Span;
import org.crosscheck.api.stage.ContentClassifier;

/**
 * Marks what in an article is not reporting, so that nothing in it supports a claim.
 *
 * <ul>
 *   <li>{@link RegionKind#INTERVIEW}: a Q&amp;A transcript whose speakers the article does not tie to any
 *       organisation or office, with its header and introductory question (rules in {@link InterviewFinder});</li>
 *   <li>{@link RegionKind#QUESTION}: a paragraph that is only a question to the reader, not quoted and not
 *       attributed ("What does this mean for ...?"): it asserts nothing;</li>
 *   <li>{@link RegionKind#OPINION}: a paragraph labelled "Opinion:", "Editorial:", "Commentary:"; everything
 *       after a lone "Opinion" label line; the whole article when it says of itself that it is opinion ("The
 *       views expressed are the author's own").</li>
 * </ul>
 * Paragraphs are those of {@link Paragraphs}, the same the segmenter uses. Regions never overlap: a question
 * inside a transcript belongs to the transcript.
 */
public final class NonReportingClassifier implements ContentClassifier {

    private static final Pattern OPINION_LABEL = Pattern.compile(
            "^(?i:opinion|editorial|commentary|op-ed|column|viewpoint|perspective|comment)\\s*[:|—–]\\s*\\S.*",
            Pattern.DOTALL);
    private static final Pattern OPINION_LINE = Pattern.compile(
            "^(?i:opinion|editorial|commentary|op-ed|viewpoint|perspective)[.:]?$");
    private static final Pattern SELF_DECLARED = Pattern.compile("(?i)\\b(?:(?:the )?(?:views|opinions) expressed "
            + "(?:in this (?:article|piece|column|commentary|op-ed) )?are (?:those of the author|the author['’]?s?"
            + "(?: own)?|solely (?:those of|the author)|(?:his|her|their) own)|this (?:article|piece|column) is an? "
            + "(?:opinion|commentary|op-ed))");

    public NonReportingClassifier() {
    }

    @Override
    public List<Region> classify(AnnotatedArticle doc) {
        String text = doc.text();
        List<Span> paras = Paragraphs.of(text);
        List<Region> found = new ArrayList<>(InterviewFinder.find(text, paras, doc.entities()));
        for (int i = 0; i < paras.size(); i++) {
            Span p = paras.get(i);
            String s = p.of(text);
            if (InterviewFinder.isReaderQuestion(s)) {
                found.add(new Region(p.start(), p.end(), RegionKind.QUESTION,
                        "a question to the reader, neither quoted nor attributed: it asserts nothing"));
            } else if (OPINION_LABEL.matcher(s).matches()) {
                found.add(new Region(p.start(), p.end(), RegionKind.OPINION, "paragraph labelled as opinion"));
            } else if (OPINION_LINE.matcher(s).matches()) {
                found.add(new Region(p.start(), paras.getLast().end(),
                        RegionKind.OPINION, "text after an \"" + s + "\" label"));
            } else if (SELF_DECLARED.matcher(s).find()) {
                found.add(new Region(paras.getFirst().start(), paras.getLast().end(), RegionKind.OPINION,
                        "the article declares itself opinion"));
            }
        }
        return disjoint(found);
    }

    /** Keeps the larger of overlapping regions (a transcript over its questions), in text order. */
    private static List<Region> disjoint(List<Region> regions) {
        List<Region> bySize = new ArrayList<>(regions);
        bySize.sort(Comparator.comparingInt((Region r) -> r.end() - r.start()).reversed());
        List<Region> kept = new ArrayList<>();
        for (Region r : bySize) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(r.span()))) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparingInt(Region::start));
        return kept;
    }
}
