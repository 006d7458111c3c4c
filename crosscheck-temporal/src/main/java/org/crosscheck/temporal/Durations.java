package org.crosscheck.temporal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.TimeType;

/**
 * Lengths of time ("24 hours", "three years", "a two-week", "the first nine months", "months of") and recurrences
 * ("every week", "daily", "twice a year"). Neither needs the article's date.
 */
final class Durations {

    private Durations() {
    }

    private static final Pattern COUNTED = Pattern.compile("\\b(?:(the\\s+(?:first|last|past|next|previous|coming"
            + "|following|final|latest|preceding)|the|more than|less than|nearly|almost|about|some|over|under"
            + "|at least)\\s+)?(" + Lexicon.NUMBER + ")[- ](" + Lexicon.UNIT + "|night)s?\\b(?![- ]+old\\b|\\s+(?:quarter|half)\\b)(?:[- ]long)?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SINGLE = Pattern.compile("\\bthe\\s+(?:past|last|next|previous|coming|following)\\s+"
            + "(" + Lexicon.UNIT + ")\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern VAGUE = Pattern.compile("\\b(?:(for|in|over|within|after|of|recent|coming|past"
            + "|next|last)\\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\b(\\s+of\\b)?",
            Pattern.CASE_INSENSITIVE);

    /** "the year ended Sept. 30", "the fiscal year ending in June": a reporting year, one year long. */
    private static final Pattern YEAR_ENDED = Pattern.compile("\\bthe\\s+(?:fiscal\\s+|full\\s+)?year"
            + "(?=\\s+(?:ended|ending|that\\s+ended|which\\s+ended)\\b)", Pattern.CASE_INSENSITIVE);

    /** "the weeks ahead", "the months to come": a stretch of unstated length from now on. */
    private static final Pattern AHEAD = Pattern.compile("\\bthe\\s+(days|weeks|months|years)\\s+"
            + "(?:ahead|to\\s+come)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern SET = Pattern.compile("\\b(?:(?:every|each)\\s+(other\\s+)?(second|minute|hour|day"
            + "|week|month|year|morning|night|evening|" + Lexicon.WEEKDAY + "|" + Lexicon.MONTH_FULL + ")"
            + "|(daily|weekly|monthly|yearly|nightly|hourly)"
            + "|(once|twice|three times|several times)\\s+(?:a|an|per|every)\\s+(hour|day"
            + "|week|month|year))\\b", Pattern.CASE_INSENSITIVE);

    /** Words after "N years" that make it an age or a quantity of something else, not a length of time. */
    private static final Set<String> NOT_AFTER = Set.of("ago", "earlier", "before", "hence");

    static void find(Context ctx) {
        String text = ctx.text();
        Matcher m = COUNTED.matcher(text);
        while (m.find()) {
            String next = ctx.wordAfter(m.end()).toLowerCase(Locale.ROOT);
            if (NOT_AFTER.contains(next)) {
                continue; // "three years ago" is a date
            }
            String count = m.group(2);
            double n = Lexicon.number(count);
            String lower = count.toLowerCase(Locale.ROOT);
            boolean vague = n < 0;
            if (vague && !(lower.contains("several") || lower.contains("few") || lower.contains("many")
                    || lower.contains("some") || lower.contains("dozens"))) {
                continue;
            }
            boolean article = lower.equals("a") || lower.equals("an");
            if (article && m.group(3).equalsIgnoreCase("second")) {
                continue; // "a second term": the ordinal, far more often than one second
            }
            if (article && isRate(ctx.wordBefore(m.start()))) {
                ctx.add(m.start(), m.end(), TimeType.SET, Lexicon.duration(1, m.group(3)));
                continue;
            }
            String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            int start = lead.startsWith("the") ? m.start() : m.start(2);
            ctx.add(start, m.end(), TimeType.DURATION, Lexicon.duration(n, m.group(3)));
        }
        Matcher s = SINGLE.matcher(text);
        while (s.find()) {
            ctx.add(s.start(), s.end(), TimeType.DURATION, Lexicon.duration(1, s.group(1)));
        }
        Matcher v = VAGUE.matcher(text);
        while (v.find()) {
            String lead = v.group(1) == null ? "" : v.group(1).toLowerCase(Locale.ROOT);
            if (lead.isEmpty() && v.group(3) == null) {
                continue; // a bare plural unit is too often part of something else
            }
            String unit = v.group(2).toLowerCase(Locale.ROOT);
            if (lead.equals("recent") || lead.equals("past") || lead.equals("last") || lead.equals("coming")
                    || lead.equals("next")) {
                // "in recent years", "in the coming weeks": a stretch of unstated length, as TimeBank writes them
                ctx.add(v.start(), v.end(2), TimeType.DURATION, Lexicon.duration(-1, unit));
                continue;
            }
            ctx.add(v.start(2), v.end(2), TimeType.DURATION, Lexicon.duration(-1, unit));
        }
        Matcher y = YEAR_ENDED.matcher(text);
        while (y.find()) {
            ctx.add(y.start(), y.end(), TimeType.DURATION, "P1Y");
        }
        Matcher a = AHEAD.matcher(text);
        while (a.find()) {
            ctx.add(a.start(), a.end(), TimeType.DURATION, Lexicon.duration(-1, a.group(1)));
        }
        sets(ctx);
    }

    private static boolean isRate(String before) {
        return before.equals("once") || before.equals("twice") || before.equals("times") || before.equals("per");
    }

    private static void sets(Context ctx) {
        Matcher m = SET.matcher(ctx.text());
        while (m.find()) {
            String unit;
            if (m.group(2) != null) {
                unit = m.group(2).toLowerCase(Locale.ROOT);
                if (Lexicon.weekday(unit) > 0 && unit.endsWith("day") && !unit.equals("day")) {
                    ctx.add(m.start(), m.end(), TimeType.SET, "XXXX-WXX-" + Lexicon.weekday(unit));
                    continue;
                }
                int month = Lexicon.month(unit);
                if (month > 0) {
                    if (Character.isUpperCase(m.group(2).charAt(0))) { // "each July"; "every may" is no month
                        ctx.add(m.start(), m.end(), TimeType.SET, String.format("XXXX-%02d", month));
                    }
                    continue;
                }
                if (unit.equals("morning") || unit.equals("night") || unit.equals("evening")) {
                    unit = "day";
                }
                double every = m.group(1) != null ? 2 : 1;
                ctx.add(m.start(), m.end(), TimeType.SET, Lexicon.duration(every, unit));
            } else if (m.group(3) != null) {
                String word = m.group(3).toLowerCase(Locale.ROOT);
                unit = switch (word) {
                    case "daily", "nightly" -> "day";
                    case "weekly" -> "week";
                    case "monthly" -> "month";
                    case "hourly" -> "hour";
                    case "quarterly" -> "quarter";
                    default -> "year";
                };
                ctx.add(m.start(), m.end(), TimeType.SET, unit.equals("quarter") ? "P3M" : Lexicon.duration(1, unit));
            } else {
                ctx.add(m.start(), m.end(), TimeType.SET, Lexicon.duration(1, m.group(5)));
            }
        }
    }
}
