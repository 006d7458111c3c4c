package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Evidence;
import org.crosscheck.api.Sentence;
import org.crosscheck.api.TimeExpression;
import org.crosscheck.api.TimeType;
import org.crosscheck.api.TimelineEvent;

/**
 * What happened when: one event per dated statement (a DATE expression with a calendar value, outside non-reporting
 * regions), told in the words around the expression, plus each article's own publication as "Outlet reports: ...".
 * Events of one date with similar words merge, so three outlets dating one decision give one line with three
 * articles.
 *
 * <p>Dates after an article's own publication date are left out: from that article they are forecasts ("by the end
 * of the year"), not things that happened.
 */
final class TimelineBuilder {

    /** Words kept around a date expression: enough for who did what, short enough to scan. */
    static final int WINDOW_WORDS = 25;
    /** Share of the shorter event's content words two events of one date must share to merge. */
    static final double MERGE_OVERLAP = 0.4;

    private TimelineBuilder() {
    }

    /** A draft event; mutable only while the timeline of one call is assembled. */
    private record Draft(String when, String event, Set<String> articles, List<Evidence> support,
                         boolean publication, List<String> outlets) {
    }

    /**
     * @param leads per article, the text its publication event shows (title or first claim) and the evidence
     *              for it, or absent when it has none
     */
    static List<TimelineEvent> build(List<AnnotatedArticle> docs, Map<String, Lead> leads) {
        List<Draft> drafts = new ArrayList<>();
        Map<String, List<String>> keys = new java.util.HashMap<>();
        // drafts by date, in list order: only drafts of one date can merge, and a merge keeps the date
        Map<String, List<Integer>> byDate = new java.util.HashMap<>();
        for (AnnotatedArticle doc : docs) {
            for (TimeExpression t : doc.times()) {
                Draft d = dated(doc, t);
                if (d != null) {
                    add(drafts, byDate, d, keys);
                }
            }
            Lead lead = leads.get(doc.id());
            if (doc.anchor() != null && lead != null) {
                String outlet = doc.article().outlet() != null && !doc.article().outlet().isBlank()
                        ? doc.article().outlet().strip() : doc.id();
                add(drafts, byDate, new Draft(doc.anchor().toString(), lead.text(), new LinkedHashSet<>(List.of(doc.id())),
                        lead.evidence() == null ? new ArrayList<>() : new ArrayList<>(List.of(lead.evidence())),
                        true, new ArrayList<>(List.of(outlet))), keys);
            }
        }
        List<TimelineEvent> out = new ArrayList<>();
        drafts.sort((a, b) -> TimexOrder.ORDER.compare(a.when(), b.when()));
        for (Draft d : drafts) {
            String text = d.publication() ? String.join(", ", d.outlets())
                    + (d.outlets().size() > 1 ? " report: " : " reports: ") + d.event() : d.event();
            out.add(new TimelineEvent(d.when(), text, List.copyOf(d.articles()), d.support()));
        }
        return out;
    }

    /** Text and evidence a publication event shows for one article. */
    record Lead(String text, Evidence evidence) {
    }

    private static void add(List<Draft> drafts, Map<String, List<Integer>> byDate, Draft d,
                            Map<String, List<String>> keys) {
        List<Integer> sameDate = byDate.computeIfAbsent(d.when(), k -> new ArrayList<>());
        for (int i : sameDate) {
            Draft o = drafts.get(i);
            boolean bothPublications = o.publication() && d.publication();
            if (!(bothPublications || similar(o.event(), d.event(), keys))) {
                continue;
            }
            if (d.publication() && !o.publication()) {
                // The article's own publication line replaces a dated sentence saying the same (a dateline).
                o = new Draft(d.when(), d.event(), o.articles(), o.support(), true, new ArrayList<>());
                drafts.set(i, o);
            }
            o.articles().addAll(d.articles());
            for (Evidence e : d.support()) {
                // a clause inside a sentence already cited adds nothing
                if (o.support().stream().noneMatch(x -> x.article().equals(e.article()) && x.start() <= e.start()
                        && e.end() <= x.end())) {
                    o.support().add(e);
                }
            }
            for (String outlet : d.outlets()) {
                if (!o.outlets().contains(outlet)) {
                    o.outlets().add(outlet);
                }
            }
            return;
        }
        sameDate.add(drafts.size());
        drafts.add(d);
    }

    /** {@code keys}: the content keys of event texts read so far, as only events of one date are compared. */
    private static boolean similar(String a, String b, Map<String, List<String>> keys) {
        List<String> ka = keys.computeIfAbsent(a, Lexicon::contentKeys);
        List<String> kb = keys.computeIfAbsent(b, Lexicon::contentKeys);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        long shared = ka.stream().filter(kb::contains).count();
        return shared >= MERGE_OVERLAP * Math.min(ka.size(), kb.size());
    }

    private static Draft dated(AnnotatedArticle doc, TimeExpression t) {
        if (t.type() != TimeType.DATE || doc.isNonReporting(t.span()) || isReferencePoint(doc.text(), t.start())) {
            return null;
        }
        TimexOrder.Placed placed = TimexOrder.place(t.value());
        if (placed == null || (doc.anchor() != null && placed.start().isAfter(doc.anchor()))) {
            return null;
        }
        Sentence s = doc.sentenceAt(t.start());
        String text = doc.text();
        int from = s != null ? s.start() : lineStart(text, t.start());
        int to = s != null ? s.end() : lineEnd(text, t.end());
        int[] window = window(text, from, to, t.start());
        if (window == null || doc.isNonReporting(new org.crosscheck.api.Span(window[0], window[1]))) {
            return null;
        }
        String event = text.substring(window[0], window[1]);
        return new Draft(t.value().strip(), event, new LinkedHashSet<>(List.of(doc.id())),
                new ArrayList<>(List.of(new Evidence(doc.id(), window[0], window[1]))), false, new ArrayList<>());
    }

    /**
     * Words that make the date after them a point the sentence measures from or against, not the day its event
     * happened: "the biggest stoppage since 2019", "closed until Monday", "fewer than in 2030".
     */
    private static final Set<String> REFERENCE_WORDS = Set.of("since", "until", "till", "than");

    /** Whether the word right before {@code start} (case aside) is one of {@link #REFERENCE_WORDS}. */
    static boolean isReferencePoint(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return from < end && REFERENCE_WORDS.contains(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** At most {@link #WINDOW_WORDS} words of {@code [from, to)} around {@code at}, as absolute offsets. */
    static int[] window(String text, int from, int to, int at) {
        List<int[]> words = Lexicon.wordSpans(text.substring(from, to));
        if (words.isEmpty()) {
            return null;
        }
        int idx = 0;
        for (int i = 0; i < words.size(); i++) {
            if (from + words.get(i)[0] <= at) {
                idx = i;
            }
        }
        int first = Math.max(0, Math.min(idx - WINDOW_WORDS / 3, words.size() - WINDOW_WORDS));
        int last = Math.min(words.size(), first + WINDOW_WORDS) - 1;
        if (words.size() <= WINDOW_WORDS * 3 / 2) {
            // a sentence not much longer than the window reads better whole than cut after its first words
            first = 0;
            last = words.size() - 1;
        } else if (first <= 3) {
            first = 0;
        }
        int start = from + words.get(first)[0];
        int end = from + words.get(last)[1];
        if (first == 0) {
            start = Math.min(start, firstNonSpace(text, from, to));
        }
        if (last == words.size() - 1) {
            end = Math.max(end, lastNonSpace(text, from, to));
        }
        return new int[] {start, end};
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int lineStart(String text, int at) {
        int i = text.lastIndexOf('\n', Math.max(0, at - 1));
        return i < 0 ? 0 : i + 1;
    }

    private static int lineEnd(String text, int at) {
        int i = text.indexOf('\n', at);
        return i < 0 ? text.length() : i;
    }
}
