package org.crosscheck.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Quantity;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.stage.QuantityExtractor;

/**
 * Finds quantities with hand-written rules: numbers in digits or words, with scale words, currencies, percentages and
 * units of measure normalised to short forms, the noun a number counts, the hedge around it, a conversion the text
 * gives in parentheses, and the count a bare number refers back to.
 *
 * <p>Rules rather than a model because the wording of figures in news is narrow and regular, and every decision
 * here can be explained to a reader who asks why "10,000" was read as troops. Conventions, for whoever compares
 * figures downstream:
 * <ul>
 *   <li>The span runs from a hedge written right before the number ("nearly", "up to") through the unit or the head
 *       of the counted phrase, and through a conversion in parentheses.</li>
 *   <li>A range ("between 3,000 and 5,000", "3-5%") has qualifier {@code RANGE} and its lower bound as value; the
 *       upper bound is in the span and is returned by {@link QuantityRanges#upperBound}.</li>
 *   <li>Vague plurals ("hundreds of", "tens of thousands of", "several thousand") have the round figure they name
 *       as value (100, 10,000, 1,000) and qualifier {@code MORE_THAN}: true, and comparable with exact figures.</li>
 *   <li>A bare number after a count ("their numbers could grow to 10,000") takes that count's unit and counted
 *       phrase; one with nothing to refer to is dropped, since unexplained numbers are mostly identifiers.</li>
 *   <li>Years, dates, clock times, phone numbers, ages, ordinals, list numbering, identifiers and counts of sources
 *       ("two officials familiar with the matter") are not quantities.</li>
 * </ul>
 * Stateless and safe to share between threads.
 */
public final class RuleQuantityExtractor implements QuantityExtractor {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201D\u2019)\\]]*\\s+|\\n\\s*\\n");

    public RuleQuantityExtractor() {
    }

    @Override
    public List<Quantity> extract(AnnotatedArticle doc) {
        if (doc == null || doc.text() == null || doc.text().isBlank()) {
            return List.of();
        }
        String text = doc.text();
        return QuantityFinder.find(text, sentenceStarts(text, doc.sentences())).stream()
                .map(QuantityFinder.Found::quantity).toList();
    }

    /** Sentence starts from the segmenter when it ran, else from a plain punctuation split. */
    static int[] sentenceStarts(String text, List<Sentence> sentences) {
        if (sentences != null && !sentences.isEmpty()) {
            return sentences.stream().mapToInt(Sentence::start).sorted().toArray();
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            if (m.end() < text.length()) {
                starts.add(m.end());
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
