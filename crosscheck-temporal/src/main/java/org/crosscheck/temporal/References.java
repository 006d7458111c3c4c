package org.crosscheck.temporal;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.TimeType;

/**
 * Words that point at the present, the past or the future without naming a date ("now", "currently", "recently",
 * "in the future", "soon"): TIMEX3 gives them the values {@code PRESENT_REF}, {@code PAST_REF} and {@code FUTURE_REF}.
 */
final class References {

    private References() {
    }

    private static final Pattern REF = Pattern.compile("\\b(now|currently|current|at present|at the moment"
            + "|nowadays|these days|recently|lately|in the past|the past|the future|in the future|the moment"
            + "|the near future|the near term|the short term|(?:future|coming|upcoming) quarters)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed REF_KEYED = Keyed.words(REF, "now", "current", "at$", "these", "recent", "lately",
            "in$", "the", "future", "coming", "upcoming").afterThe("past", "future", "moment", "near", "short");

    /** "then" right before "current": "the then current price", "the then-current chairman". */
    private static final Pattern THEN = Pattern.compile("(?i)\\bthen[- ]$");

    /** What makes "the past" the start of a counted stretch: "the past two quarters", "the past year". */
    private static final Pattern COUNT_OR_UNIT = Pattern.compile("\\s+(?:(?:\\d+|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|few|couple\\s+of)[- ]+)?(?:" + Lexicon.UNIT
            + "|quarter|season|summer|winter|spring|fall|autumn|weekend)s?\\b", Pattern.CASE_INSENSITIVE);

    /** "soon", and "as soon as possible", which name a time ahead; "as soon as X" and "soon after" do not. */
    private static final Pattern SOON = Pattern.compile("\\b(?:as\\s+soon\\s+as\\s+possible|(?<!as\\s)soon(?!\\s+"
            + "(?:as|after|afterwards?|before|thereafter)\\b))\\b", Pattern.CASE_INSENSITIVE);

    private static final Keyed SOON_KEYED = Keyed.words(SOON, "as", "soon").whenMentioned("soon");

    /**
     * "at a later date", "at a future date": some time ahead, named without a date. Looked for from "later" or
     * "future", which are rarer than "a"; the article goes into the expression when it stands right before.
     */
    private static final Pattern LATER_DATE = Pattern.compile("\\b(?:later|future)\\s+date\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Keyed LATER_DATE_KEYED = Keyed.words(LATER_DATE, "later", "future");

    /** The article before "later date". */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\ba\\s+$");

    static void find(Context ctx) {
        for (MatchResult m : ctx.matches(REF_KEYED)) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (word.equals("the moment") && !ctx.wordBefore(m.start()).equals("at")) {
                continue;
            }
            if (word.equals("now") && m.end() < ctx.text().length() && ctx.text().charAt(m.end()) == ','
                    && ctx.atSentenceStart(m.start())) {
                continue; // "Now, he says, ...": a discourse marker that turns to a new point, not the present
            }
            if (word.endsWith("the past") && COUNT_OR_UNIT.matcher(ctx.text()).region(m.end(),
                    Math.min(ctx.text().length(), m.end() + 30)).lookingAt()) {
                continue; // "the past two quarters", "the past three summers": a stretch counted, not the past
            }
            if (word.equals("current") && THEN.matcher(ctx.text()).region(Math.max(0, m.start() - 6), m.start())
                    .find()) {
                int then = ctx.text().lastIndexOf("then", m.start());
                ctx.add(then, m.end(), TimeType.DATE, "PAST_REF"); // "the then current price": current back then
                continue;
            }
            String value = switch (word) {
                case "recently", "lately", "in the past", "the past" -> "PAST_REF";
                case "the future", "in the future", "the near future", "the near term", "the short term" ->
                        "FUTURE_REF";
                default -> word.endsWith("quarters") ? "FUTURE_REF" : "PRESENT_REF";
            };
            ctx.add(m.start(), m.end(), TimeType.DATE, value);
        }
        for (MatchResult d : ctx.matches(LATER_DATE_KEYED)) {
            Matcher a = ARTICLE_BEFORE.matcher(ctx.text()).region(Math.max(0, d.start() - 4), d.start());
            ctx.add(a.find() ? a.start() : d.start(), d.end(), TimeType.DATE, "FUTURE_REF");
        }
        for (MatchResult s : ctx.matches(SOON_KEYED)) {
            // only where the clause looks ahead: "was soon released" tells of a past moment, not of the future
            if (s.group().length() > 4 || ctx.tense(s.start(), s.end()) == Tense.FUTURE) {
                ctx.add(s.start(), s.end(), TimeType.DATE, "FUTURE_REF");
            }
        }
    }
}
