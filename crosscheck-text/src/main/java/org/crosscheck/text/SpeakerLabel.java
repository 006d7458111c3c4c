package org.crosscheck.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker label that opens a paragraph of a transcript ("Q:", "Editor:", "Dr. Carter:", "ANNA BERG:").
 *
 * <p>Many other things look like "Word: text" in news (notes, updates, datelines, captions, section labels), so
 * a label is a role word or a person-shaped name (optional title, one to three capitalised words), and a list of
 * section labels is refused. A single label proves nothing; {@link InterviewFinder} asks for alternation.
 *
 * @param label the label as printed, without the colon
 * @param role  whether it names a role ("Q", "Editor", "Host") rather than a person
 */
record SpeakerLabel(String label, boolean role) {

    private static final String ROLES = "(?i:Q|A|Question|Answer|Interviewer|Interviewee|Editor|Host|Co-host|Moderator|"
            + "Reporter|Journalist|Presenter|Anchor|Correspondent|Expert|Guest|Analyst|User|Assistant|AI|Bot|"
            + "Narrator|Panelist|Panellist|Caller|Audience|Speaker(?:\\s*\\d+)?|Respondent)";
    private static final String TITLE = "(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Gen|Col|Sen|Rep|Gov|Rev|Sir|Dame|"
            + "Minister|President|Ambassador|Senator|Governor|Mayor)\\.?\\s+";
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\.?";

    private static final Pattern LABEL = Pattern.compile("^((?:(?:[\\p{Lu}\\d][\\p{L}\\d.'’-]*\\s+){0,3}(?:" + ROLES
            + "))|(?:" + TITLE + ")?" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,2})\\s*[:：]\\s+\\S");

    private static final Pattern OFFICE = Pattern.compile("(?i:(?:Sen|Rep|Gov|Gen|Senator|Governor|Minister|"
            + "President|Ambassador|Mayor|Secretary|Chancellor|Representative|Congressman|Congresswoman)\\.?\\s)");

    private static final Pattern ROLE_END = Pattern.compile("(?:^|\\s)(?:" + ROLES + ")$");

    /** Section labels and the like: "Note:", "Update:", "Photo:", "WASHINGTON:" are not speakers. */
    private static final Set<String> NOT_SPEAKERS = Set.of("note", "editor's note", "editors note", "editor’s note",
            "update", "updated", "correction", "photo", "image", "source", "sources", "credit", "caption", "opinion",
            "editorial", "commentary", "analysis", "related", "read more", "read also", "see also", "warning",
            "disclaimer", "tags", "topics", "author", "by", "date", "time", "location", "price", "tel", "email",
            "watch", "listen", "also", "background", "context", "why", "what", "how", "who", "where", "when",
            "bottom line", "key points", "breaking", "exclusive", "summary", "conclusion", "example", "answer key",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "the", "this", "that", "here", "there", "now", "today", "yesterday", "but", "and", "so", "result",
            "results", "verdict", "status", "score", "live", "video", "audio", "podcast", "fact", "facts", "claim",
            "rating", "reality", "truth", "quote", "statement", "translation", "transcript", "step", "tip", "q&a");

    /** The label opening {@code paragraph}, or {@code null}. */
    static SpeakerLabel of(String paragraph) {
        if (paragraph.length() < 4) {
            return null;
        }
        Matcher m = LABEL.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).strip();
        if (NOT_SPEAKERS.contains(label.toLowerCase(Locale.ROOT)) || label.length() > 40) {
            return null;
        }
        return new SpeakerLabel(label, ROLE_END.matcher(label).find());
    }

    /** The length of the label with its colon and the space after it, in {@code paragraph}. */
    static int prefixLength(String paragraph) {
        Matcher m = LABEL.matcher(paragraph);
        return m.find() ? m.end() - 1 : 0;
    }

    /** What identifies the speaker across spellings: the last word, lower case ("Dr. Emily Carter" → "carter"). */
    String key() {
        String[] words = label.split("\\s+");
        return words[words.length - 1].replaceAll("[.’']+$", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the label itself names a public office ("Sen. Ada Morrow", "MINISTER LANZ"): on the record. */
    boolean office() {
        return !role && OFFICE.matcher(label).lookingAt();
    }

    /** The surname of a person label (its last word), or {@code null} for a role. */
    String surname() {
        if (role) {
            return null;
        }
        String[] words = label.split("\\s+");
        return words[words.length - 1].replaceAll("[.]+$", "");
    }
}
