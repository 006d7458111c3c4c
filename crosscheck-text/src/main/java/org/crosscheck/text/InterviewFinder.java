package org.crosscheck.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.Region;
import org.crosscheck.api.RegionKind;
import org.crosscheck.api.Span;

/**
 * Finds question-and-answer transcripts in an article and decides whether they count as reporting.
 *
 * <p>A transcript is a run of paragraphs opened by speaker labels ({@link SpeakerLabel}) with at least
 * {@value #MIN_TURNS} turns, two or more speakers, at least two changes of speaker and at least one question
 * asked; up to {@value #MAX_GAP} unlabelled paragraphs may continue an answer. The run takes in the header just
 * before it when that announces an interview ("Interview with ...", "Q&amp;A", "In conversation ...") and, before
 * that, a lone question to the reader that introduces it.
 *
 * <p>Rule for on-record interviews: the transcript stays reporting when one of the people answering is tied
 * to an organisation or an office in the article ({@link Affiliation}): by a mention of their surname, or, when
 * the answers are labelled only by a role ("A:", "Expert:"), by the header and the opening turn. Otherwise its
 * speakers are unverifiable and the whole run is an {@link RegionKind#INTERVIEW} region: generated "expert"
 * dialogues appended to news summaries look exactly like this.
 */
final class InterviewFinder {

    static final int MIN_TURNS = 4;
    static final int MAX_GAP = 2;

    private static final Pattern HEADER = Pattern.compile("(?i)\\b(?:interview(?:s|ed)?|q\\s*&\\s*a|q\\s+and\\s+a|"
            + "conversation|talks? (?:to|with)|speaks? (?:to|with)|sits? down with|dialogue|discussion|chat)\\b");

    private static final Pattern INTERROGATIVE = Pattern.compile("(?:(?:And|But|So|Now|Then),?\\s+)?(?:What|Why|"
            + "How|Who|Whom|Whose|Where|When|Which|Is|Are|Was|Were|Will|Would|Can|Could|Should|Shall|Do|Does|Did|"
            + "Has|Have|Had|May|Might|Must)\\b");

    private InterviewFinder() {
    }

    static List<Region> find(String text, List<Span> paras, List<EntityMention> entities) {
        List<Region> out = new ArrayList<>();
        SpeakerLabel[] labels = new SpeakerLabel[paras.size()];
        for (int i = 0; i < paras.size(); i++) {
            labels[i] = SpeakerLabel.of(paras.get(i).of(text));
        }
        int i = 0;
        while (i < paras.size()) {
            if (labels[i] == null) {
                i++;
                continue;
            }
            int last = i;
            int j = i + 1;
            while (j < paras.size() && j - last - 1 <= MAX_GAP) {
                if (labels[j] != null) {
                    last = j;
                }
                j++;
            }
            Region r = judge(text, paras, labels, entities, i, last);
            if (r != null) {
                out.add(r);
            }
            i = last + 1;
        }
        return out;
    }

    private static Region judge(String text, List<Span> paras, SpeakerLabel[] labels, List<EntityMention> entities,
                                int first, int last) {
        Map<String, SpeakerLabel> speakers = new LinkedHashMap<>();
        Map<String, Integer> questions = new LinkedHashMap<>();
        int turns = 0;
        int switches = 0;
        String prev = null;
        for (int k = first; k <= last; k++) {
            if (labels[k] == null) {
                continue;
            }
            String key = labels[k].key();
            speakers.putIfAbsent(key, labels[k]);
            turns++;
            if (prev != null && !prev.equals(key)) {
                switches++;
            }
            prev = key;
            if (paras.get(k).of(text).contains("?")) {
                questions.merge(key, 1, Integer::sum);
            }
        }
        // a dialogue comes back to its speakers; a list of labelled items ("North:", "South:") does not
        if (turns < MIN_TURNS || speakers.size() < 2 || turns < speakers.size() + 2 || switches < 2
                || questions.isEmpty()) {
            return null;
        }
        int start = first;
        boolean header = first > 0 && isHeader(paras.get(first - 1).of(text));
        if (header) {
            start--;
        }
        boolean lead = start > 0 && isReaderQuestion(paras.get(start - 1).of(text));
        if (lead) {
            start--;
        }
        String interviewer = questions.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (onRecord(text, paras, speakers, interviewer, entities, start, first)) {
            return null;
        }
        StringBuilder why = new StringBuilder("Q&A with speaker labels ");
        why.append(String.join("/", speakers.values().stream().map(SpeakerLabel::label).toList()));
        why.append("; speakers have no verifiable affiliation");
        if (header) {
            why.append("; announced by an interview header");
        }
        if (lead) {
            why.append("; introduced by a question to the reader");
        }
        return new Region(paras.get(start).start(), paras.get(last).end(), RegionKind.INTERVIEW, why.toString());
    }

    private static boolean onRecord(String text, List<Span> paras, Map<String, SpeakerLabel> speakers,
                                    String interviewer, List<EntityMention> entities, int start, int first) {
        boolean anonymousAnswers = false;
        for (var e : speakers.entrySet()) {
            if (e.getKey().equals(interviewer)) {
                continue;
            }
            SpeakerLabel s = e.getValue();
            if (s.office()) {
                return true;
            }
            if (s.role()) {
                anonymousAnswers = true;
            } else if (Affiliation.of(s.surname(), text, entities)) {
                return true;
            }
        }
        if (anonymousAnswers) {
            // "A:" or "Expert:" answers: only the header and opening turn can say who is answering
            int to = paras.get(first).end();
            return Affiliation.namesOrganisation(text, paras.get(start).start(), to, entities);
        }
        return false;
    }

    /** A line announcing an interview: short, no final full stop, naming an interview or conversation. */
    static boolean isHeader(String p) {
        if (ChromeRules.words(p) > 25 || p.endsWith(".") || p.endsWith("?") || p.endsWith("!")) {
            return false;
        }
        return HEADER.matcher(p).find();
    }

    /**
     * A lone question to the reader: a short paragraph that opens with an interrogative and ends in '?', neither
     * quoted nor attributed. Opening with the interrogative keeps out reporting that merely ends on a question.
     */
    static boolean isReaderQuestion(String p) {
        if (!p.endsWith("?") || ChromeRules.words(p) > 40 || ChromeRules.words(p) < 3
                || !INTERROGATIVE.matcher(p).lookingAt()) {
            return false;
        }
        if (p.matches("(?s).*[\"“”«»].*") || SpeakerLabel.of(p) != null) {
            return false;
        }
        if (p.matches("(?s).*\\p{Ll}{2,}[.!]\\s+\\p{Lu}.*")) {
            return false; // a statement before the question: a paragraph of reporting that asks something
        }
        return !p.matches("(?is).*\\b(?:asked|asks|wondered|wonders|said|says|told|questioned)\\b.*");
    }
}
