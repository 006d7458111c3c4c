package org.crosscheck.temporal;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.TimeExpression;
import org.crosscheck.api.stage.TimeTagger;

/**
 * Finds time expressions with hand-written patterns and normalises them to TIMEX3 values against the article's
 * date, in the manner of HeidelTime: each rule group proposes candidates, and where proposals overlap the longest
 * wins, so "three years ago" beats "three years" and "November 5, 2024" beats "2024".
 *
 * <p>Rules over machine learning because the values need arithmetic on the anchor date that a tagger would have to
 * be taught anyway, and because every choice here can be read and argued with. Relative expressions are resolved
 * with the tense of their clause ({@link TenseCues}); when the article has no date they keep an underspecified
 * value ({@code XXXX-11-05}) or are left out.
 *
 * <p>Stateless: one instance serves any number of threads.
 */
public final class RuleTimeTagger implements TimeTagger {

    /** The rule groups, in the order their candidates are proposed; earlier ones win ties of equal length. */
    private static final List<Consumer<Context>> RULES = List.of(ExplicitDates::find, Days::find, Periods::find,
            Durations::find, References::find, Anaphora::find);

    public RuleTimeTagger() {
    }

    @Override
    public List<TimeExpression> tag(AnnotatedArticle doc) {
        if (doc == null || doc.text() == null || doc.text().isBlank()) {
            return List.of();
        }
        String text = doc.text();
        Context ctx = Context.of(text, doc.anchor(), doc.sentences());
        for (Consumer<Context> rule : RULES) {
            try {
                rule.accept(ctx);
            } catch (DateTimeException | ArithmeticException e) {
                // an anchor at the edge of the calendar (year 999999999) makes date arithmetic overflow; the other
                // rule groups still run, and this group's candidates found so far are kept
            }
        }
        return resolve(text, ctx.found());
    }

    /** Keeps the longest of overlapping candidates, then returns them in text order. */
    static List<TimeExpression> resolve(String text, List<Candidate> candidates) {
        List<Candidate> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt(Candidate::length).reversed());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : byLength) {
            boolean free = true;
            for (Candidate k : kept) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        kept = Merges.clockBeforeBracket(text, Merges.clockWithDay(text, kept));
        List<TimeExpression> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            out.add(new TimeExpression(c.start(), c.end(), text.substring(c.start(), c.end()), c.type(), c.value()));
        }
        return List.copyOf(out);
    }
}
