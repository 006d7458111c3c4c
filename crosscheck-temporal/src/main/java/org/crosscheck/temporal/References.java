package org.crosscheck.temporal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.TimeType;

/**
 * Words that point at the present, the past or the future without naming a date ("now", "currently", "recently",
 * "in the future"): TIMEX3 gives them the values {@code PRESENT_REF}, {@code PAST_REF} and {@code FUTURE_REF}.
 */
final class References {

    private References() {
    }

    private static final Pattern REF = Pattern.compile("\\b(now|currently|current|at present|at the moment"
            + "|nowadays|these days|recently|lately|in the past|the past|the future|in the future|the moment"
            + "|the near future|the near term|the short term)\\b", Pattern.CASE_INSENSITIVE);

    static void find(Context ctx) {
        Matcher m = REF.matcher(ctx.text());
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            String after = ctx.wordAfter(m.end()).toLowerCase(Locale.ROOT);
            if (word.equals("now") && after.equals("that")) {
                continue;
            }
            if (word.equals("the moment") && !ctx.wordBefore(m.start()).equals("at")) {
                continue;
            }
            String value = switch (word) {
                case "recently", "lately", "in the past", "the past" -> "PAST_REF";
                case "the future", "in the future", "the near future", "the near term", "the short term" ->
                        "FUTURE_REF";
                default -> "PRESENT_REF";
            };
            ctx.add(m.start(), m.end(), TimeType.DATE, value);
        }
    }
}
