package org.crosscheck.text;

import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;

/**
 * Whether an article ties a person to an organisation or a public office, which is what makes a speaker
 * checkable: "Anna Berg, a spokeswoman for the Freedonian Ministry of Trade" can be verified, "Dr. Anna Berg, an
 * expert with two decades of experience" cannot.
 *
 * <p>Evidence is looked for near a mention of the person's surname (within {@value #WINDOW} characters, the
 * reach of an apposition): an organisation mention found by the entity recogniser, a capitalised name ending in
 * an institution word ("... University", "... Ministry"), a function "of/for/at" a capitalised body, an
 * office held ("Senator Berg", "Foreign Minister Anna Berg"), or an acronym's possessive ("NPR's Anna Berg"). Academic and courtesy titles ("Dr.", "Prof.")
 * and descriptions ("defense policy expert") are not evidence on their own.
 */
final class Affiliation {

    static final int WINDOW = 90;

    private static final String INSTITUTION = "(?:University|Institute|Ministry|Department|Council|Agency|Centre|"
            + "Center|Foundation|Commission|Committee|Office|Party|Bank|Corporation|Company|Inc|Ltd|Group|Army|Navy|"
            + "Force|Forces|Police|Government|Parliament|Senate|Congress|Embassy|Association|School|College|Hospital|"
            + "Court|Union|Organization|Organisation|Service|Academy|Society|Fund|Programme|Program|Trust|Forum|"
            + "Alliance|League|Board|Authority|Administration|Federation|Bureau|Times|Post|News|Journal|Agency|"
            + "Institution|Laboratory|Lab|Museum|Council|Cabinet|Assembly|Guard|Command)";

    private static final Pattern INSTITUTION_NAME = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}&.'’-]*\\s+(?:of\\s+|for\\s+|and\\s+|the\\s+)?){1,5}" + INSTITUTION + "\\b");

    private static final Pattern FUNCTION_OF = Pattern.compile("(?i:spokes(?:person|man|woman)|minister|secretary|"
            + "ambassador|senator|governor|mayor|director|chief|head|chair(?:man|woman|person)?|president|professor|"
            + "CEO|founder|commander|lawmaker|member|deputy|adviser|advisor|researcher|fellow|analyst|official|"
            + "economist|editor|correspondent|lecturer|officer)\\s+(?:of|at|for|with)\\s+(?:the\\s+)?\\p{Lu}");

    private static final Pattern OFFICE_TITLE = Pattern.compile("\\b(?:Minister|Secretary|Ambassador|Senator|Sen\\.|"
            + "Governor|Gov\\.|Mayor|Spokesperson|Spokesman|Spokeswoman|President|Chancellor|Prime Minister|"
            + "Representative|Rep\\.|Congressman|Congresswoman|General|Gen\\.|Admiral|Judge|Justice|Commissioner)\\s+"
            + "(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}$");

    /** An organisation's acronym in the possessive right before the name: "NPR's Ada Morrow", "ABC’s Lanz". */
    private static final Pattern ACRONYM_POSSESSIVE = Pattern.compile(
            "\\b\\p{Lu}{2,}[\\p{Lu}.&]*['’]s\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}$");

    private Affiliation() {
    }

    /** Whether any mention of {@code surname} in {@code text} has an organisation or office next to it. */
    static boolean of(String surname, String text, List<EntityMention> entities) {
        if (surname == null || surname.length() < 2) {
            return false;
        }
        // transcripts often print labels in capitals ("LANZ:") while the text writes the name normally
        boolean caps = surname.equals(surname.toUpperCase(java.util.Locale.ROOT));
        Pattern name = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b",
                caps ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        var m = name.matcher(text);
        while (m.find()) {
            if (near(text, m.start(), m.end(), entities)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the stretch {@code [from, to)} itself names an institution or a function at one. */
    static boolean namesOrganisation(String text, int from, int to, List<EntityMention> entities) {
        String s = text.substring(from, to);
        if (INSTITUTION_NAME.matcher(s).find() || FUNCTION_OF.matcher(s).find()) {
            return true;
        }
        for (EntityMention e : entities) {
            if (e.type() == EntityType.ORGANIZATION && e.start() >= from && e.end() <= to) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(String text, int start, int end, List<EntityMention> entities) {
        int from = sentenceStart(text, Math.max(0, start - WINDOW), start);
        int to = sentenceEnd(text, end, Math.min(text.length(), end + WINDOW));
        String before = text.substring(Math.max(0, start - 40), start);
        if (OFFICE_TITLE.matcher(before).find() || ACRONYM_POSSESSIVE.matcher(before).find()) {
            return true;
        }
        return namesOrganisation(text, from, to, entities);
    }

    /** Evidence must sit in the same sentence and paragraph as the name: back off to the last boundary. */
    private static int sentenceStart(String text, int from, int start) {
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < start && text.charAt(i + 1) == ' '
                    && !abbreviation(text, i)) {
                return i + 1;
            }
        }
        return from;
    }

    private static int sentenceEnd(String text, int end, int to) {
        for (int i = end; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
                    || text.charAt(i + 1) == ' ') && !abbreviation(text, i)) {
                return i;
            }
        }
        return to;
    }

    /** "Dr." and "U.S." do not end the sentence around a name. */
    private static boolean abbreviation(String text, int dot) {
        int i = dot;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        int len = dot - i;
        return len >= 1 && len <= 3 && Character.isUpperCase(text.charAt(i)) || i > 0 && text.charAt(i - 1) == '.';
    }
}
