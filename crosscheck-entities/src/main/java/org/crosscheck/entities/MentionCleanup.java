package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.EntityType;

/**
 * Repairs the CRF's habitual slips at mention edges, so that one entity is written the same way wherever it
 * occurs: titles before a person's name stay outside the span ("President Joe Biden" is the person "Joe Biden"), a
 * possessive or stray quote mark is not part of a name, a newspaper keeps its capitalised "The", and mentions that
 * are only a title or contain no capital letter at all are dropped.
 */
final class MentionCleanup {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Set<String> PORTFOLIOS = Set.of("defense", "defence", "state", "treasury", "justice",
            "interior", "commerce", "energy", "labor", "labour", "health", "education", "agriculture",
            "transportation", "homeland", "foreign", "finance", "home", "war", "navy", "army", "trade");
    private static final Pattern PORTFOLIO_AFTER = Pattern.compile("\\s+(?:Secretary|Minister)\\b");
    private static final Pattern PORTFOLIO_BEFORE = Pattern.compile("(?:Secretary|Minister) (?:of|for) $");
    private static final Pattern POSSESSIVE = Pattern.compile("['’‘]s?$");

    private MentionCleanup() {
    }

    static List<Found> clean(String text, List<Found> raw) {
        List<Found> out = new ArrayList<>(raw.size());
        for (Found whole : joinCountryInstitutions(text, raw)) {
            for (Found f : splitAtSlash(text, retypeNonPersons(text, whole))) {
                Found c = cleanOne(text, f);
                if (c != null && !Lexicon.PARTISANS.contains(c.text(text).toLowerCase(Locale.ROOT))) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Legislatures a partisan adjective may precede without being part of their name ("Republican Senate"). */
    private static final Set<String> CHAMBERS = Set.of("Senate", "House", "Congress", "Assembly", "Legislature");

    /** "Mc", "Mac", "De", "Le", "Van", "O'": surname prefixes that put a capital inside one word of a name. */
    private static final Pattern NAME_INNER_CAPITAL = Pattern.compile(
            "(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])\\p{Lu}\\p{Ll}+");
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+");

    /**
     * "United States" and "Senate" tagged as a place and a body side by side are one body, the United States Senate;
     * the CRF splits them because it saw "U.S." mostly alone.
     */
    private static List<Found> joinCountryInstitutions(String text, List<Found> raw) {
        List<Found> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Found f = raw.get(i);
            if (i + 1 < raw.size() && f.type() == EntityType.LOCATION) {
                Found g = raw.get(i + 1);
                if (g.type() == EntityType.ORGANIZATION && g.start() == f.end() + 1 && text.charAt(f.end()) == ' '
                        && Lexicon.INSTITUTIONS.contains(g.text(text)) && CountryAliases.canonical(f.text(text)) != null) {
                    out.add(new Found(f.start(), g.end(), EntityType.ORGANIZATION));
                    i++;
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * Person-typed tokens that cannot be a person: one preceded mid-sentence by a capitalised "The" (a title: "the
     * newspaper The Hill"), and one word with a capital inside it that no surname prefix explains ("HuffPost",
     * "YouTube"): brands and outlets, so organisations.
     */
    private static Found retypeNonPersons(String text, Found f) {
        if (f.type() != EntityType.PERSON) {
            return f;
        }
        String t = f.text(text);
        boolean titled = f.start() >= 4 && text.startsWith("The ", f.start() - 4) && !sentenceStart(text, f.start() - 4)
                && t.indexOf(' ') < 0;
        boolean brand = t.indexOf(' ') < 0 && INNER_CAPITAL.matcher(t).matches()
                && !NAME_INNER_CAPITAL.matcher(t).matches();
        return titled || brand ? new Found(f.start(), f.end(), EntityType.ORGANIZATION) : f;
    }

    /**
     * A one-word "person" that opens an organisation's name found in the same article ("approval by Fox" beside
     * "Fox News") is that organisation, unless a person's full name in the article has the word too.
     */
    static List<Found> retypeOrganizationHeads(String text, List<Found> all) {
        List<Found> out = new ArrayList<>(all.size());
        for (Found f : all) {
            String t = f.text(text);
            boolean head = f.type() == EntityType.PERSON && t.indexOf(' ') < 0
                    && all.stream().anyMatch(o -> o.type() == EntityType.ORGANIZATION
                            && o.text(text).startsWith(t + " "))
                    && all.stream().noneMatch(o -> o.type() == EntityType.PERSON && o.text(text).indexOf(' ') > 0
                            && List.of(o.text(text).split("\\s+")).contains(t));
            out.add(head ? new Found(f.start(), f.end(), EntityType.ORGANIZATION) : f);
        }
        return out;
    }

    /** Whether position {@code p} opens a sentence, a dateline or a quotation. */
    private static boolean sentenceStart(String text, int p) {
        int q = p - 1;
        while (q >= 0 && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
            q--;
        }
        return q < 0 || ".!?\n\"“”:)—–-".indexOf(text.charAt(q)) >= 0;
    }

    /**
     * "NBC News/Wall Street Journal": two names joined by a slash without spaces are two mentions (a joint poll,
     * a merged byline); the CRF reads the run as one.
     */
    private static List<Found> splitAtSlash(String text, Found f) {
        List<Found> parts = new ArrayList<>();
        int from = f.start();
        for (int i = f.start() + 1; i < f.end() - 1; i++) {
            if (text.charAt(i) == '/' && Character.isLetter(text.charAt(i - 1))
                    && Character.isUpperCase(text.charAt(i + 1)) && i - from >= 2) {
                parts.add(f.withSpan(from, i));
                from = i + 1;
            }
        }
        parts.add(f.withSpan(from, f.end()));
        return parts;
    }

    private static Found cleanOne(String text, Found f) {
        int s = f.start();
        int e = f.end();
        // edges: punctuation and possessives are never part of a name
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        e = trimEnd(text, s, e);
        if (f.type() == EntityType.PERSON) {
            s = stripTitles(text, s, e);
        } else if (s + 4 <= e && text.startsWith("the ", s)) {
            s += 4;
        } else if (s + 4 <= e && text.startsWith("The ", s) && leadingTheIsNotTheName(text.substring(s + 4, e))) {
            s += 4;
        } else {
            s = stripPortfolio(text, s, e);
        }
        if (e - s < 2 || !hasUpper(text, s, e)) {
            return null;
        }
        if (f.type() == EntityType.PERSON && isBareTitle(text.substring(s, e))) {
            return null;
        }
        if (f.type() == EntityType.ORGANIZATION) {
            if (isPortfolio(text, s, e)) {
                return null;
            }
            int space = text.indexOf(' ', s);
            if (space > s && space < e && Lexicon.PARTISANS.contains(text.substring(s, space).toLowerCase(Locale.ROOT))
                    && CHAMBERS.contains(text.substring(space + 1, e))) {
                s = space + 1; // "Republican Senate candidates": the party describes the candidates, not the Senate
            }
            s = withPressThe(text, s, e);
        }
        return f.withSpan(s, e);
    }

    private static int trimEnd(String text, int s, int e) {
        while (true) {
            int before = e;
            while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != '.') {
                e--;
            }
            Matcher m = POSSESSIVE.matcher(text).region(s, e);
            if (m.find() && m.start() > s) {
                e = m.start();
            }
            // a sentence-final period is not part of a name, but "U.S." and "Jr." keep theirs
            if (e > s && text.charAt(e - 1) == '.' && !abbreviationEnd(text, s, e)) {
                e--;
            }
            if (e == before) {
                return e;
            }
        }
    }

    private static boolean abbreviationEnd(String text, int s, int e) {
        int wordStart = e - 1;
        while (wordStart > s && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String w = text.substring(wordStart, e);
        return w.length() <= 4 || w.indexOf('.') < w.length() - 1;
    }

    /** Moves the start past leading title words while a name remains after them. */
    private static int stripTitles(String text, int s, int e) {
        Matcher m = WORD.matcher(text).region(s, e);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        int i = 0;
        // "Secretary of State Ann Roe": the CRF may start the person at the portfolio word
        if (words.size() > 1 && isPortfolio(text, words.get(0)[0], words.get(0)[1])) {
            i++;
        }
        while (i < words.size() - 1 && Lexicon.isTitle(text.substring(words.get(i)[0], words.get(i)[1]))) {
            i++;
        }
        return words.isEmpty() ? s : words.get(i)[0];
    }

    /**
     * A one-word "organisation" that is the portfolio inside a title ("Defense" in "Defense Secretary Ann Roe",
     * "State" in "Secretary of State"): the title belongs to the person, the word names no body by itself.
     */
    private static boolean isPortfolio(String text, int s, int e) {
        if (!PORTFOLIOS.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
            return false; // "NATO Secretary-General": a body before a title is still a body
        }
        String after = text.substring(e, Math.min(text.length(), e + 12));
        String before = text.substring(Math.max(0, s - 14), s);
        return PORTFOLIO_AFTER.matcher(after).lookingAt() || PORTFOLIO_BEFORE.matcher(before).find();
    }

    /** "Secretary of State Ann Roe" tagged as one organisation: the portfolio word is the title's, not hers. */
    private static int stripPortfolio(String text, int s, int e) {
        int space = text.indexOf(' ', s);
        if (space > s && space < e && isPortfolio(text, s, space)) {
            return space + 1;
        }
        return s;
    }

    private static boolean isBareTitle(String name) {
        for (String w : name.split("\\s+")) {
            if (!Lexicon.BARE_TITLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUpper(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised "The" the recogniser took in ("The Port of Valmora") is the article's, not the name's, unless the
     * name is a newspaper's ("The Washington Post") or one word long ("The Hague"), where it belongs to the name.
     */
    private static boolean leadingTheIsNotTheName(String rest) {
        String[] words = rest.trim().split("\\s+");
        return words.length >= 2 && !Lexicon.PRESS_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * Extends an organisation over a capitalised "The" just before it when that "The" is part of the name: always
     * mid-sentence (an ordinary "the" would be lower case there), and at a sentence start only for press names.
     */
    private static int withPressThe(String text, int s, int e) {
        if (s < 4 || !text.startsWith("The ", s - 4)) {
            return s;
        }
        int p = s - 5;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        // a dateline "(CITY)" or a dash ends the lead-in like a full stop
        boolean sentenceStart = p < 0 || ".!?\n\"“”:)—–-".indexOf(text.charAt(p)) >= 0;
        String last = text.substring(s, e).replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
        if (!sentenceStart || Lexicon.PRESS_WORDS.contains(last)) {
            return s - 4;
        }
        return s;
    }
}
