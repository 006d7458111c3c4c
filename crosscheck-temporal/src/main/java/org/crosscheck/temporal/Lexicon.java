package org.crosscheck.temporal;

import java.util.Locale;
import java.util.Map;

/**
 * The closed word lists time expressions are built from. Kept as regex fragments and lookup tables in one place so
 * that every rule spells a month, a weekday or a number the same way.
 */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * Month names and their usual abbreviations, capitalised: lower-case "may", "march" and "august" are ordinary
     * words, so only the capitalised forms count. "May" as a bare month is guarded separately by the rules.
     */
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

    /** Month names, full only: a bare "Jan" or "Dec" standing alone is more often a name than a month. */
    static final String MONTH_FULL = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";

    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /** Number words a time expression may count with; {@link #number(String)} reads them. */
    static final String NUMBER = "(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a|an|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred"
            + "|a hundred|several|a few|few|some|many|a couple of|couple of|a dozen|dozens of)";

    /** Beginnings of the month names and abbreviations of {@link #MONTH}, to key patterns with ({@link Keyed}). */
    static final String[] MONTH_STARTS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    /** Beginnings of the weekday names of {@link #WEEKDAY}. */
    static final String[] WEEKDAY_STARTS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    /** The digits, as word beginnings: a number written in figures. */
    static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    /**
     * The first words of {@link #NUMBER}'s counts: "a" and "an" whole ("a few", "a couple of"), the others as
     * beginnings ("twenty-four", "dozens"), and figures.
     */
    static final String[] NUMBER_STARTS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "a$", "an$", "one", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "hundred", "several", "few", "some", "many", "couple", "dozen"};

    /** Beginnings of the units of {@link #UNIT}. */
    static final String[] UNIT_STARTS = {"second", "minute", "hour", "day", "week", "month", "year", "decade",
        "centur"};

    /** Calendar units and the TIMEX3 letter each takes in a duration; {@code T} marks clock units. */
    static final String UNIT = "(?:second|minute|hour|day|week|month|year|decade|century|centurie)";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Map<String, Integer> WEEKDAYS = Map.of("mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5,
            "sat", 6, "sun", 7);

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100), Map.entry("dozen", 12),
            Map.entry("a dozen", 12), Map.entry("a couple of", 2),
            Map.entry("couple of", 2));

    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

    /** The month number of a name or abbreviation ("Sept.", "november"), or 0. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() < 3 ? 0 : MONTHS.getOrDefault(w.substring(0, 3), 0);
    }

    /** The ISO day of week (Monday 1) of a weekday name, or 0. */
    static int weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() < 3 ? 0 : WEEKDAYS.getOrDefault(w.substring(0, 3), 0);
    }

    /** The ordinal 1..4 of "first".."fourth", or 0. */
    static int ordinal(String word) {
        return ORDINALS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /**
     * The value of a counted number ("twenty-four", "3", "a"), or -1 for vague counts ("several", "a few") whose
     * TIMEX3 value is written with an {@code X}.
     */
    static double number(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim();
        if (w.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(w.charAt(0))) {
            try {
                if (w.endsWith("1/2")) {
                    return Double.parseDouble(w.substring(0, w.length() - 3).strip()) + 0.5;
                }
                return Double.parseDouble(w.replace(",", ""));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        Integer whole = SMALL.get(w);
        if (whole != null) {
            return whole;
        }
        String[] parts = w.split("[- ]");
        if (parts.length == 2 && SMALL.getOrDefault(parts[0], 0) >= 20 && SMALL.getOrDefault(parts[1], 99) < 10) {
            return SMALL.get(parts[0]) + SMALL.get(parts[1]);
        }
        return -1;
    }

    /** The TIMEX3 duration of {@code n} units ("PT24H", "P3Y", "PXM" when n is vague). */
    static String duration(double n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (n >= 0 && n != Math.rint(n)) {
            String half = halfDuration(n, u);
            if (half != null) {
                return half;
            }
        }
        if (n >= 0 && u.startsWith("decade")) {
            return "P" + format(n * 10) + "Y";
        }
        String count = n < 0 ? "X" : format(n);
        if (u.startsWith("second")) {
            return "PT" + count + "S";
        }
        if (u.startsWith("minute")) {
            return "PT" + count + "M";
        }
        if (u.startsWith("hour")) {
            return "PT" + count + "H";
        }
        if (u.startsWith("day") || u.startsWith("night")) {
            return "P" + count + "D";
        }
        if (u.startsWith("week")) {
            return "P" + count + "W";
        }
        if (u.startsWith("month")) {
            return "P" + count + "M";
        }
        if (u.startsWith("decade")) {
            return "P" + count + "DE";
        }
        if (u.startsWith("centur")) {
            return "P" + count + "CE";
        }
        return "P" + count + "Y";
    }

    /** "2 1/2 years" is written P2Y6M: TIMEX3 durations take whole numbers of each unit. */
    private static String halfDuration(double n, String u) {
        long whole = (long) n;
        if (n - whole != 0.5) {
            return null;
        }
        if (u.startsWith("year")) {
            return "P" + whole + "Y6M";
        }
        if (u.startsWith("hour")) {
            return "PT" + whole + "H30M";
        }
        if (u.startsWith("minute")) {
            return "PT" + whole + "M30S";
        }
        if (u.startsWith("day")) {
            return "P" + whole + "DT12H";
        }
        return null;
    }

    private static String format(double n) {
        return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }
}
