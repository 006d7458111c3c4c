package org.crosscheck.quantities;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks digits that look like amounts but are not: dates, clock times, years after a preposition, phone numbers,
 * ages, list numbering and identifiers ("F-16", "Article 5", "COVID-19"). They are blocked before numbers are read,
 * so a date such as "22-11-2024" can never be misread as a range or "November 5" as five of something.
 */
final class NonQuantities {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    private static final String WORD_YEAR_PREP = "(?i:in|since|by|until|till|through|thru|before|after|during|early"
            + "|late|mid|from|the|of|circa|spring|summer|autumn|fall|winter|year|fiscal|election|census|class)";

    /** Each pattern's named group {@code x} (or the whole match) is blocked. */
    private static final List<Pattern> PATTERNS = List.of(
            // numeric dates: 22-11-2024, 2024-11-22, 11/22/24, 22.11.2024
            Pattern.compile("(?<!\\d)\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{2,4}(?![\\d])"),
            // 9/11, 24/7
            Pattern.compile("(?<![\\d/,.])\\d{1,2}/\\d{1,2}(?![\\d/])"),
            // November 5, Nov. 5th, 2024
            Pattern.compile("\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![,.]\\d)(?:,?\\s+\\d{4}\\b)?"),
            // 5 November 2024, 5th of November
            Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+\\d{4}\\b)?"),
            // November 2024
            Pattern.compile("\\b" + MONTH + ",?\\s+\\d{4}\\b"),
            // years after a preposition or as a range: in 2024, since 1991, 2014-2022, 2024-25, mid-2024
            Pattern.compile("\\b" + WORD_YEAR_PREP + "[\\s-]+(?<x>(?:1[89]|20)\\d\\d)(?![\\d,.]\\d)"),
            Pattern.compile("(?<![\\d,.])(?:1[89]|20)\\d\\d\\s*[-\u2013/]\\s*(?:(?:1[89]|20)\\d\\d|\\d\\d)(?![\\d])"),
            Pattern.compile("(?<![\\d,.])(?:1[89]|20)\\d\\d(?=\\s*(?:'s|\u2019s))"),
            // clock times: 10:30, 5 p.m., 5pm, 17.00 GMT, 0600 hours
            Pattern.compile("(?<![\\d.,])\\d{1,2}:\\d{2}(?::\\d{2})?"),
            Pattern.compile("(?i)(?<![\\d.,])\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o['\u2019]clock"
                    + "|GMT\\b|UTC\\b|CET\\b|EST\\b|EDT\\b|PST\\b|BST\\b|local\\s+time)"),
            Pattern.compile("(?<![\\d.,])0\\d{3}\\s*(?:hours|hrs|GMT|UTC)\\b"),
            // phone numbers: +1 202 555 0134, (202) 555-0134, 555-0134
            Pattern.compile("(?<![\\w.,])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,4}\\)[\\s.-]?)?\\d{2,4}(?:[\\s.-]\\d{2,4}){2,}"
                    + "(?![\\w,])"),
            Pattern.compile("(?<![\\w.,])\\(\\d{2,4}\\)\\s?\\d{3}[\\s.-]\\d{4}\\b"),
            Pattern.compile("(?<![\\w.,-])\\d{3}-\\d{4}(?![\\w-])"),
            // ordinals in digits: 3rd, 21st
            Pattern.compile("\\b\\d+(?:st|nd|rd|th)\\b"),
            // ages: "Smith, 45, said", "a 45-year-old", "aged 45", "45 years old", "Smith (45)"
            Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]+,\\s+(?<x>\\d{1,3}),(?!\\d)"),
            Pattern.compile("(?i)\\b(?:aged|age|ages)\\s+(?<x>\\d{1,3}(?:\\s*(?:to|-|\u2013|and)\\s*\\d{1,3})?)\\b"),
            Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]+\\s+\\((?<x>\\d{1,3})\\)"),
            // list numbering at the start of a line: "1.", "2)", "(3)"
            Pattern.compile("(?m)^[ \\t]*\\(?(?<x>\\d{1,3})[.)](?=\\s)"),
            // identifiers: letters glued to digits (F-16, Su-34, COVID-19, G7, MH17) and numbered things
            Pattern.compile("(?<![\\p{L}\\d])\\p{L}+-?\\d+(?:[-.]\\d+)*"),
            Pattern.compile("(?:#|\\b(?:No|Nos|no|Art|Sec|Fig|Vol|pp|p)\\.\\s?)\\d+"),
            Pattern.compile("\\b(?:Article|Articles|Chapter|Section|Resolution|Flight|Route|Highway|Interstate|Page"
                    + "|Number|Room|Gate|Terminal|Phase|Category|Class|Type|Model|Version|Season|Episode|Part"
                    + "|Volume|Item|Rule|Paragraph|Block|Building|Apartment|Suite|Precinct|Ward|Sector|Zone"
                    + "|Platform|Channel|Pier|Lot|Grade|Step|Round|Game|Level|Stage|Title|Amendment|Act|Bill"
                    + "|Decree|Order|Protocol|Exhibit|Appendix|Figure|Table|Unit|District|Division|Brigade"
                    + "|Battalion|Regiment|Corps|Squadron|Fleet|Army|Group|Squad|Team|Region|Line|Bus|Train"
                    + "|Camp|Base|Block|Lane|Street|Avenue|Road|Plot|Case|Code|Form|Schedule|Clause|Week|Day"
                    + "|Year|Stage|Grade|Apollo|Boeing|Airbus|Windows|iPhone|Galaxy|Formula|Tier|Covid|COVID)"
                    + "\\s+(?<x>\\d+(?:[-.]\\d+)*)\\b(?!,\\d)"),
            // street addresses: 1600 Pennsylvania Avenue
            Pattern.compile("\\b(?<x>\\d{1,5})\\s+(?:\\p{Lu}\\p{L}+\\s+){1,3}(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\."
                    + "|Boulevard|Blvd\\.|Lane|Drive|Way|Place|Square)\\b"));

    /** Ages in words or digits ("five years old", "a 45-year-old"): run over the whole text, not near digits. */
    private static final Pattern AGE = Pattern.compile("(?i)\\b[\\w-]+[-\\s]years?[-\\s]olds?\\b");

    /** How far around a digit the patterns look; longer than any of them can reach from its digit. */
    private static final int PAD = 80;

    private NonQuantities() {
    }

    /** Character positions of {@code text} that belong to something other than a quantity. */
    static BitSet blocked(String text) {
        BitSet out = new BitSet(text.length());
        mark(AGE.matcher(text), false, out);
        // Every pattern but AGE needs a digit, so only the stretches around digits are searched: news text is
        // mostly words, and searching all of it with every pattern dominated the stage's run time.
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int from = Math.max(0, i - PAD);
            int last = i;
            int j = i;
            while (j < n && j - last <= 2 * PAD) {
                if (Character.isDigit(text.charAt(j))) {
                    last = j;
                }
                j++;
            }
            int to = Math.min(n, last + 1 + PAD);
            for (Pattern p : PATTERNS) {
                Matcher m = p.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
                mark(m, p.pattern().contains("(?<x>"), out);
            }
            i = last + 1;
        }
        return out;
    }

    private static void mark(Matcher m, boolean named, BitSet out) {
        while (m.find()) {
            if (named && m.group("x") != null) {
                out.set(m.start("x"), m.end("x"));
            } else if (!named) {
                out.set(m.start(), m.end());
            }
        }
    }
}
