package org.crosscheck.temporal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the tense of the clause around a time expression from its words. A bare "Friday" or "in March" names a
 * different day depending on whether the clause looks back or ahead; a parser would tell that better, but the
 * nearest tense-bearing word is right often enough in news prose and costs nothing.
 *
 * <p>The clause is first the stretch between commas, semicolons and quotes around the expression; when that holds
 * no cue ("On Sunday, the ministry announced ...") the whole sentence is searched. The cue nearest the expression
 * wins, so "said on Friday it will ..." reads as past. A clause with no cue near the expression still looks ahead
 * when a future auxiliary or a modal heads it and no past form stands between ("will be named commander of the crew
 * for a mission in December"): the auxiliary governs the clause's whole verb phrase, however long. The same holds
 * for the sentence when neither the clause nor the words near the expression say anything ("flights would leave
 * from March 30, with a third departing from August 6").
 *
 * <p>Some readings come before the nearest cue, because news grammar fixes them: a date right before or after a verb
 * of saying in the past dates the saying ("said Friday it will", "on Tuesday said"); a date something was put off to
 * lies ahead ("extended its offer to Nov. 20"). Among the cues, the simple present of a timetable verb ("the
 * committee meets Monday", "goes on trial in March") and an arrangement in the present ("is scheduled for Tuesday")
 * look ahead, while "until" after a negation ("didn't arrive until Tuesday") and "could not" do not.
 */
final class TenseCues {

    private TenseCues() {
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?|[,;:\"“”()\\[\\]—–]");

    /**
     * Reporting verbs say when something was said, not when what was said happens ("said the vote is Dec. 7"),
     * so they are no cue either way.
     */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "announced",
            "reported", "added", "noted", "stated", "according", "explained", "declared", "confirmed", "claimed");

    /**
     * A verb of saying in the past right before the expression, an "on" or "in" between allowed, or right after
     * it: the expression dates the saying ("said Friday it will appeal", "announced in March that", "on Tuesday
     * said"), whatever tense the words said are in; not after "be" ("the winner, to be announced Sept. 9").
     */
    private static final String SAID = "(?:said|told|announced|reported|added|noted|stated|declared|confirmed"
            + "|disclosed|indicated)";

    private static final Pattern SAID_BEFORE = Pattern.compile("(?<!\\bbe\\s)(?<!\\bbeing\\s)\\b" + SAID
            + "(?:\\s+(?:on|in))?\\s+$");

    private static final Pattern SAID_AFTER = Pattern.compile("\\s+" + SAID + "\\b");

    /**
     * A date a deadline or an event was moved to: "extended its offer to Nov. 20", "was postponed until March",
     * "pushed back the vote to Tuesday". Moving a date is news while the new one is still ahead; "had been
     * extended to" tells of a deadline the story has moved past.
     */
    private static final Pattern EXTENDED_TO = Pattern.compile("(?<!\\bhad been )(?<!\\bhad )\\b(?:extend(?:s|ed|ing)?"
            + "|postpon(?:es|ed|ing|e)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|push(?:es|ed|ing)?\\s+back"
            + "|put(?:s|ting)?\\s+off|adjourn(?:s|ed|ing)?|reschedul(?:es|ed|ing|e))\\b[^.;:]{0,80}?"
            + "\\b(?:to|until|till|through)\\s+$");

    private static final Set<String> PAST = Set.of("was", "were", "had", "hadn't", "wasn't", "weren't", "didn't",
            "did", "met", "began", "came", "went", "took", "made", "gave", "got", "saw", "left",
            "found", "held", "led", "fell", "rose", "won", "lost", "sent", "spoke", "wrote", "struck", "brought",
            "bought", "sold", "paid", "built", "thought", "knew", "became", "ran", "fought", "caught", "flew", "drove",
            "broke", "chose", "stood", "ago", "last", "earlier", "previously", "spent", "kept", "felt", "heard",
            "meant", "grew", "threw", "shot", "slid", "sank", "swore", "withdrew", "arose", "forgot", "overtook",
            "underwent", "undertook", "sought", "taught", "understood", "wore", "won't've", "hit", "cut", "quit",
            "bore", "beat", "bid", "lent", "rang", "sang", "sat", "shook", "slept", "split",
            "spread", "stole", "stuck", "swept", "swam", "woke");

    /** Future auxiliaries, and modals and deadline words, which in news mostly point at what has not happened. */
    private static final Set<String> FUTURE = Set.of("will", "shall", "won't", "'ll", "next", "upcoming", "coming",
            "would", "tomorrow", "soon", "must", "may", "might", "could", "should", "can", "payable", "effective",
            "until");

    /**
     * "will", "would" or "shall" heading the clause, however far before the expression, or a modal of what may yet
     * happen ("can participate in planning for the summit in April"; lower case only, so that the month "May" is
     * none), or a verb of intent or schedule before "to" ("were planning to drive to the airport on Monday", "is set
     * to vote in March", "is forecast to hit late Thursday"); not "would have", which looks back. "could" is left
     * out: it is as often the past of "can" ("could not be reached Friday").
     */
    private static final Pattern AUXILIARY_AHEAD = Pattern.compile("(?:\\b(?:will|would|shall"
            + "|(?-i:can|may|might|must|should))\\b|'ll\\b|\\b(?:plans?|planning|scheduled|expected|expects?|going"
            + "|intends?|intending|set|forecast|projected|predicted)\\s+to\\b)(?!\\s+have\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Cues further than this many words from the expression say little about it. */
    private static final int REACH = 6;

    /** Words that end in -ed without being past forms ("preferred shares", "learned counsel"). */
    private static final Set<String> NOT_PAST = Set.of("need", "indeed", "speed", "seed", "feed", "breed", "proceed",
            "succeed", "exceed", "bleed", "hundred", "red", "bed", "shed", "wed", "deed", "greed", "creed", "weed",
            "reed", "embed", "naked", "wicked", "sacred", "kindred", "rugged", "ragged", "beloved", "learned",
            "aged", "tired", "wretched", "skied", "preferred");

    /** Verbs that point ahead when "to" follows ("plans to", "expected to", "set to"). */
    private static final Set<String> AHEAD_TO = Set.of("going", "plans", "plan", "planning", "expected",
            "expects", "expect", "scheduled", "set", "due", "intends", "intend", "aims", "aim", "hopes", "hope",
            "wants", "want", "prepared", "preparing", "ready", "likely", "poised", "slated", "forecast", "projected",
            "predicted", "supposed");

    /** Forms in {@link #AHEAD_TO} that are as often nouns: "announced plans to", "its aim to". */
    private static final Set<String> PLAN_NOUNS = Set.of("plans", "plan", "hopes", "hope", "aims", "aim");

    /** Words after which an -ed form modifies a noun instead of telling of the past. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "your", "this", "these", "those", "still", "newly", "previously", "recently");

    /** Forms of "get" that make a passive of the participle after them: "getting hit", "get fired". */
    private static final Set<String> PASSIVE_GET = Set.of("get", "gets", "getting");

    /** Modals, after which a verb is in its bare form: "will hit" is no past "hit". */
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "won't");

    /** Present forms of "be", after which a participle is a present passive: "when the case is heard in May". */
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "isn't", "aren't");

    private static final Set<String> PRESENT = Set.of("is", "are", "am", "isn't", "aren't", "does", "do");

    /**
     * Present forms of verbs of a timetable: with a date, the simple present tells what is scheduled ("the committee
     * meets Monday", "Congress reconvenes Jan. 24", "the offer expires Friday"), not what is under way. Only forms
     * that are rarely nouns: "returns", "votes", "rules", "close" or "open" would as often be a plural noun or an
     * adjective ("tax returns", "remained open Monday").
     */
    private static final Set<String> TIMETABLE = Set.of("meet", "meets", "begin", "begins", "starts", "resume",
            "resumes", "ends", "expire", "expires", "convene", "convenes", "reconvene", "reconvenes", "opens",
            "closes", "reopen", "reopens", "arrive", "arrives", "depart", "departs", "leave", "leaves", "travels",
            "flies", "visits", "goes", "adjourns", "testifies", "hears");

    /**
     * Words before a present form that make it no timetable: the past or negated "did meet", "didn't arrive", the
     * infinitive or modal whose own cue governs ("plans to leave", "could arrive"), and a preposition or determiner
     * before a noun ("on leave", "after his visits", "the starts").
     */
    private static final Set<String> NOT_TIMETABLE_AFTER = Set.of("did", "didn't", "does", "doesn't", "do",
            "don't", "never", "to", "on", "of", "at", "in", "for", "from", "after", "before", "upon", "my");

    /**
     * Participles of an arrangement after a present "is" or "are", or after "be": "is scheduled for Tuesday", "are
     * set for March", "is expected Friday" tell what is arranged and not yet done, unlike "was scheduled for".
     */
    private static final Set<String> ARRANGED = Set.of("scheduled", "slated", "planned", "set", "expected", "due",
            "timed", "earmarked");

    /**
     * Participles of arranging that, after "has" or "have", put what was arranged ahead: "has scheduled a news
     * conference Thursday". Not "set", which as often tells of what is done ("has set a record").
     */
    private static final Set<String> SCHEDULED = Set.of("scheduled", "slated", "planned", "rescheduled");

    /** Words before an {@link #ARRANGED} participle that make the arrangement a present one. */
    private static final Set<String> ARRANGED_AFTER = Set.of("is", "are", "be", "it's", "remains", "remain");

    /** The tense of the clause around {@code [start, end)} within the sentence {@code [sentStart, sentEnd)}. */
    static Tense of(String text, int sentStart, int sentEnd, int start, int end) {
        if (SAID_BEFORE.matcher(text).region(Math.max(sentStart, start - 24), start).useTransparentBounds(true).find()
                || SAID_AFTER.matcher(text).region(end, Math.min(sentEnd, end + 16)).lookingAt()) {
            return Tense.PAST; // "said Friday it will", "announced in March", "on Tuesday said"
        }
        int clauseStart = start;
        while (clauseStart > sentStart && !isClauseMark(text.charAt(clauseStart - 1))) {
            clauseStart--;
        }
        if (EXTENDED_TO.matcher(text).region(clauseStart, start).find()) {
            return Tense.FUTURE; // "extended its offer to Nov. 20", "postponed the vote until March"
        }
        int clauseEnd = end;
        while (clauseEnd < sentEnd && !isClauseMark(text.charAt(clauseEnd))) {
            clauseEnd++;
        }
        Tense t = nearest(text, clauseStart, clauseEnd, start, end);
        if (t != Tense.UNKNOWN) {
            return t;
        }
        if (aheadOf(text, clauseStart, start, end)) {
            return Tense.FUTURE; // "will be named commander of the crew for a mission in December"
        }
        t = nearest(text, sentStart, sentEnd, start, end);
        return t == Tense.UNKNOWN && aheadOf(text, sentStart, start, end) ? Tense.FUTURE : t;
    }

    /** Whether a future auxiliary or modal in {@code [from, start)} heads the expression with no past form between. */
    private static boolean aheadOf(String text, int from, int start, int end) {
        Matcher aux = AUXILIARY_AHEAD.matcher(text).region(from, start);
        int after = -1;
        while (aux.find()) {
            after = aux.end();
        }
        if (after < 0) {
            return false;
        }
        Tense between = nearest(text, after, start, start, end, Integer.MAX_VALUE);
        return between == Tense.UNKNOWN || between == Tense.FUTURE; // "will begin withdrawing troops on Friday"
    }

    /** Whether a token of {@link #WORD} is a word rather than a mark that ends a phrase. */
    private static boolean isWord(String token) {
        return Character.isLetter(token.charAt(0));
    }

    private static boolean isClauseMark(char c) {
        return c == ',' || c == ';' || c == ':' || c == '"' || c == '“' || c == '”' || c == '(' || c == ')'
                || c == '—' || c == '–';
    }

    private static Tense nearest(String text, int from, int to, int start, int end) {
        return nearest(text, from, to, start, end, REACH);
    }

    private static Tense nearest(String text, int from, int to, int start, int end, int reach) {
        Matcher m = WORD.matcher(text).region(from, to);
        Tense best = Tense.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        String previous = "";
        String[] words = new String[64];
        int[] positions = new int[64];
        int count = 0;
        int before = 0;
        while (m.find() && count < 64) {
            if (m.start() >= start && m.end() <= end) {
                continue; // the expression's own words ("last", "next") were used already
            }
            words[count] = m.group();
            positions[count] = m.start() < start ? -1 : 0;
            if (m.start() < start) {
                before++;
            }
            count++;
        }
        for (int i = 0; i < count; i++) {
            positions[i] = i < before ? before - i : i - before + 1; // distance in words
        }
        boolean negated = false;
        for (int i = 0; i < count; i++) {
            String raw = words[i];
            String w = raw.toLowerCase(Locale.ROOT);
            String following = i + 1 < count ? words[i + 1].toLowerCase(Locale.ROOT) : "";
            // "didn't arrive until Tuesday", "won't open until March": after a negation "until" sets no deadline
            // ahead, and the negated verb tells the tense; nor does "Up until Thursday, they had ..." or "Until
            // Monday, ..." at the head of the clause, a stretch that may lie behind
            boolean noDeadline = negated || previous.equals("up") || i == 0 && before > 0;
            Tense cue = noDeadline && w.equals("until") ? Tense.UNKNOWN : cue(raw, w, previous, following);
            negated = negated && isWord(w) || w.equals("not") || w.equals("never") || w.endsWith("n't");
            previous = w;
            if (cue != Tense.UNKNOWN && positions[i] < bestDistance && positions[i] <= reach) {
                best = cue;
                bestDistance = positions[i];
            }
        }
        return best;
    }

    private static Tense cue(String raw, String w, String previous, String following) {
        if (REPORTING.contains(w)) {
            return Tense.UNKNOWN;
        }
        if (following.equals("to") && PLAN_NOUNS.contains(w) && (DETERMINERS.contains(previous)
                || REPORTING.contains(previous) || PAST.contains(previous) || previous.endsWith("ed"))) {
            // "announced plans to acquire", "its hopes to": a noun; the verb before it tells the tense
            return Tense.UNKNOWN;
        }
        if (following.equals("to") && (AHEAD_TO.contains(w) || w.equals("is") || w.equals("are"))) {
            // "plans to", "is to resume": what is arranged and not yet done; but "had been due to expire Friday"
            // tells of an arrangement the story has moved past, as does "had expected to leave Thursday"
            return previous.equals("been") || previous.equals("had") ? Tense.PAST : Tense.FUTURE;
        }
        if (w.equals("couldn't") || w.equals("could") && following.equals("not")) {
            return Tense.PAST; // "could not be reached Friday": what could not be done, the past of "can"
        }
        if (FUTURE.contains(w) || w.endsWith("'ll")) {
            return w.equals("would") && following.equals("have") ? Tense.PAST : Tense.FUTURE;
        }
        if (ARRANGED.contains(w) && ARRANGED_AFTER.contains(previous)
                || SCHEDULED.contains(w) && (previous.equals("has") || previous.equals("have"))) {
            return Tense.FUTURE; // "is scheduled for Tuesday", "has scheduled a news conference Thursday"
        }
        if (TIMETABLE.contains(w)) {
            // "meet separately Monday", "the offer expires Friday"; "didn't arrive", "on leave", "plans to leave"
            // say nothing of their own
            return NOT_TIMETABLE_AFTER.contains(previous) || DETERMINERS.contains(previous) || previous.endsWith("'s")
                    || MODALS.contains(previous) ? Tense.UNKNOWN : Tense.FUTURE;
        }
        boolean participle = PAST.contains(w)
                || w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w) && Character.isLowerCase(raw.charAt(0));
        if (participle) {
            // "has signed" is as past as "signed"; "is expected" reads present, and "to be held" or "getting beat
            // up" ahead (a passive takes its tense from its auxiliary); after a determiner the form is an adjective
            // ("a still unspecified date", "the proposed merger"); after "to" or a modal, "hit", "cut" or "set" is
            // the bare verb ("is forecast to hit", "will cut")
            return previous.equals("be") || previous.equals("being") || PASSIVE_GET.contains(previous)
                    || PRESENT_BE.contains(previous)
                    || DETERMINERS.contains(previous)
                    || previous.equals("to") || MODALS.contains(previous) ? Tense.UNKNOWN : Tense.PAST;
        }
        if (PRESENT.contains(w)) {
            return Tense.PRESENT;
        }
        return Tense.UNKNOWN;
    }
}
