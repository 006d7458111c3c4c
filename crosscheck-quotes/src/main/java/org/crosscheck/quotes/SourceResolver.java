package org.crosscheck.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.Span;
import org.crosscheck.quotes.SourcePhrase.Form;

/**
 * Turns a source phrase into who it names and what kind of source that is. Names take the entity recogniser's
 * canonical form when one covers them; "he" and "she" go back to the person in focus ({@link Antecedents}), and
 * "they", "it" and anaphoric descriptions ("the publication") to the nearest earlier source that fits, because that
 * is how news prose chains its attributions.
 */
final class SourceResolver {

    /** A resolved source: {@code name} as the article gives it (canonical for entities), {@code span} in the text. */
    record Source(String name, Span span, SourceKind kind) {
    }

    /**
     * Everything resolution needs about the article, gathered once: its sentences, entities and quotations, and the
     * gender its names show ({@link #genders}).
     */
    record Context(String text, List<EntityMention> entities, List<Span> quoted, List<Span> sentences,
                   Map<String, Gender> genders) {

        static Context of(String text, List<EntityMention> entities, List<Span> quoted, List<Span> sentences) {
            return new Context(text, entities, quoted, sentences, SourceResolver.genders(text, entities));
        }
    }

    /** An honorific and the capitalised words after it: the last of them is the surname ("Mrs. Ann Example"). */
    private static final Pattern HONORIFIC = Pattern.compile(
            "(Mr|Mrs|Ms|Miss)\\.?\\s+((?:\\p{Lu}[\\p{L}’'-]+\\s+){0,2}\\p{Lu}[\\p{L}’'-]+)");

    /**
     * The gender names show in the article: a surname by an honorific before it ("Mrs. Example") or a plain given
     * name in a full name ("Ann Example"), so that a later bare "Example" has one; a full name by an honorific before
     * it ("Mrs. Runa Example"), so that a later "Runa Example" has one though "Runa" is in no list. A surname shown
     * with both genders is left out, as two people share it ("Mr. Example" and "Mrs. Example").
     */
    static Map<String, Gender> genders(String text, List<EntityMention> entities) {
        Map<String, Gender> out = new HashMap<>();
        Matcher m = HONORIFIC.matcher(text);
        // tried only where an "M" starts a word: letting the pattern scan the whole text was this stage's largest
        // cost in a profile on PolNeAR
        for (int at = text.indexOf('M'); at >= 0; at = text.indexOf('M', at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                    || !m.region(at, text.length()).lookingAt()) {
                continue;
            }
            Gender g = m.group(1).equals("Mr") ? Gender.MALE : Gender.FEMALE;
            String[] w = SPACES.split(m.group(2));
            note(out, w[w.length - 1], g);
            if (w.length > 1) {
                note(out, String.join(" ", w), g);
            }
        }
        for (EntityMention e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String[] w = SPACES.split(e.canonical().strip());
            if (w.length >= 2) {
                Gender g = givenNameGender(w[0]);
                if (g != Gender.UNKNOWN) {
                    note(out, w[w.length - 1], g);
                }
            }
        }
        out.values().removeIf(g -> g == Gender.UNKNOWN);
        return Map.copyOf(out);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** "Example's" as "Example"; called per candidate, so without a regular expression. */
    private static String withoutPossessive(String w) {
        int n = w.length();
        return n > 2 && w.charAt(n - 1) == 's' && (w.charAt(n - 2) == '’' || w.charAt(n - 2) == '\'')
                ? w.substring(0, n - 2) : w;
    }

    private static void note(Map<String, Gender> genders, String name, Gender g) {
        genders.merge(withoutPossessive(name), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
    }

    private SourceResolver() {
    }

    /** Resolves one head of a phrase; {@code earlier} holds the sources already resolved, in text order. */
    static Source resolve(Context ctx, SourcePhrase p, Span head, List<Source> earlier) {
        String text = ctx.text();
        String phraseText = p.phrase().of(text);
        return switch (p.form()) {
            case PRONOUN -> pronoun(ctx, head, earlier);
            case NAME -> name(ctx, phraseText, head, earlier);
            case DESCRIPTION -> description(ctx, p.phrase(), earlier);
        };
    }

    private static Source pronoun(Context ctx, Span head, List<Source> earlier) {
        String p = head.of(ctx.text()).toLowerCase(Locale.ROOT);
        if (p.equals("he") || p.equals("she")) {
            return Antecedents.of(ctx, head, p.equals("he") ? Gender.MALE : Gender.FEMALE, earlier);
        }
        int limit = head.start() - Antecedents.REACH;
        boolean plural = p.equals("they");
        Source best = null;
        for (Source s : earlier) {
            if (s.span().end() <= head.start() && s.span().start() >= limit && s.kind() != SourceKind.NAMED_PERSON
                    && (plural || s.kind() != SourceKind.ANONYMOUS_OFFICIAL)) {
                best = s;
            }
        }
        return best == null ? null : new Source(best.name(), head, best.kind());
    }

    enum Gender { MALE, FEMALE, UNKNOWN }

    /** Common given names whose gender is plain; anything else is unknown and agrees with either pronoun. */
    private static final java.util.Set<String> MALE_NAMES = java.util.Set.copyOf(java.util.List.of(
            "john", "james", "robert", "michael",
            "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew",
            "anthony", "donald", "mark", "paul", "steven", "george", "kenneth", "andrew", "joshua", "kevin",
            "brian", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas",
            "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "frank", "gregory",
            "raymond", "samuel", "patrick", "alexander", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
            "henry", "adam", "douglas", "peter", "nathan", "zachary", "kyle", "walter", "harold", "jeremy",
            "ethan", "carl", "keith", "roger", "gerald", "christian", "sean", "arthur", "austin", "noah",
            "lawrence", "jesse", "joe", "bryan", "billy", "jordan", "albert", "dylan", "bruce", "willie", "gabriel",
            "alan", "juan", "logan", "wayne", "ralph", "roy", "eugene", "randy", "vincent", "russell", "louis",
            "philip", "bobby", "johnny", "bradley", "bill", "bernie", "ted", "jeb", "mike", "ben", "chris", "tom",
            "jim", "bob", "tim", "dan", "steve", "rick", "barack", "mitch", "marco", "rand", "newt", "lindsey",
            "hugh", "ivan", "igor", "vladimir", "sergei", "dmitry", "ahmed", "mohammed", "muhammad", "ali",
            "omar", "hassan", "pierre", "jean", "jacques", "francois", "hans", "klaus", "karl", "giuseppe",
            "carlos", "luis", "miguel", "pedro", "jorge", "antonio", "manuel", "reince", "rudy", "chuck", "harry",
            "ed", "fred", "freddy", "ron", "don", "doug", "greg", "jeff", "josh", "matt", "nick", "mitt", "rahm",
            "jared", "corey", "rex", "tad", "bernard", "lyndon", "franklin", "dwight", "jimmy"));
    private static final java.util.Set<String> FEMALE_NAMES = java.util.Set.copyOf(java.util.List.of(
            "mary", "patricia", "jennifer",
            "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty",
            "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda",
            "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
            "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
            "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
            "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn",
            "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann",
            "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia",
            "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie",
            "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary",
            "chelsea", "melania", "ivanka", "michele", "elizabeth", "carly", "sarah", "nikki", "kellyanne",
            "huma", "donna", "debbie", "nancy", "condoleezza", "madeleine", "angela", "theresa", "marine",
            "olga", "natalia", "svetlana", "fatima", "aisha", "sonia", "ana", "lucia", "carmen", "isabel",
            "jane", "anne", "ellen", "eleanor", "claire", "jill", "kate", "katie", "loretta", "valerie", "tammy",
            "tina", "wendy", "jenny", "sheila", "paula", "irene", "ivana", "tiffany", "neera", "elise", "susana",
            "melanie"));

    private static final Pattern FEMALE_HONORIFIC = Pattern.compile("\\b(?:mrs|ms|miss)\\.?\\s");
    private static final Pattern MALE_HONORIFIC = Pattern.compile("\\bmr\\.?\\s");

    /**
     * The gender a name shows by an honorific just before it or its given name; a bare surname takes the gender the
     * article shows for it elsewhere ({@link Context#genders()}); unknown when nothing tells.
     */
    static Gender genderOf(Context ctx, String name, Span span) {
        int from = Math.max(0, span.start() - 6);
        String before = ctx.text().substring(from, Math.min(span.start(), ctx.text().length()));
        String lead = (before + " " + name).toLowerCase(Locale.ROOT);
        if (FEMALE_HONORIFIC.matcher(lead).find()) {
            return Gender.FEMALE;
        }
        if (MALE_HONORIFIC.matcher(lead).find()) {
            return Gender.MALE;
        }
        String[] words = SPACES.split(name.strip());
        Gender given = givenNameGender(words[0]);
        if (given != Gender.UNKNOWN) {
            return given;
        }
        // a full name goes by itself only: "Runa Example" may be the wife of the "Mr. Example" named elsewhere
        return ctx.genders().getOrDefault(withoutPossessive(String.join(" ", words)), Gender.UNKNOWN);
    }

    /** The gender a given name plainly has; unknown for names in neither list or in both. */
    private static Gender givenNameGender(String word) {
        String first = word.toLowerCase(Locale.ROOT);
        if (MALE_NAMES.contains(first) && !FEMALE_NAMES.contains(first)) {
            return Gender.MALE;
        }
        if (FEMALE_NAMES.contains(first) && !MALE_NAMES.contains(first)) {
            return Gender.FEMALE;
        }
        return Gender.UNKNOWN;
    }

    static boolean insideQuote(Context ctx, Span s) {
        for (Span q : ctx.quoted()) {
            if (q.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    private static Source name(Context ctx, String phraseText, Span head, List<Source> earlier) {
        String text = ctx.text();
        EntityMention best = null;
        int bestOverlap = 0;
        for (EntityMention e : ctx.entities()) {
            int ov = Math.min(e.end(), head.end()) - Math.max(e.start(), head.start());
            if (ov > bestOverlap || (ov == bestOverlap && ov > 0 && best != null && e.end() > best.end())) {
                best = e;
                bestOverlap = ov;
            }
        }
        String headText = head.of(text);
        boolean outletCue = mentionsOutletNoun(phraseText) || isOutletName(headText);
        if (best != null && bestOverlap * 2 >= Math.min(head.length(), best.end() - best.start())) {
            SourceKind kind = switch (best.type()) {
                case PERSON -> isOutletName(headText) ? SourceKind.OUTLET : SourceKind.NAMED_PERSON;
                case ORGANIZATION -> outletCue || isOutletName(best.canonical()) ? SourceKind.OUTLET
                        : SourceKind.ORGANIZATION;
                default -> outletCue ? SourceKind.OUTLET : SourceKind.ORGANIZATION;
            };
            return new Source(withoutLeadingVerb(best.canonical(), headText), head, kind);
        }
        if (outletCue) {
            return new Source(headText, head, SourceKind.OUTLET);
        }
        if (isOrganizationName(headText)) {
            return new Source(headText, head, SourceKind.ORGANIZATION);
        }
        return new Source(fullName(text, headText, head, earlier), head, SourceKind.NAMED_PERSON);
    }

    /**
     * "Continued Ann Example", "Ann Example Says Talks Will Resume": a recogniser may take a sentence-opening verb,
     * or a title-case headline's verb and all after it, into the name; they are dropped.
     */
    private static String withoutLeadingVerb(String canonical, String headText) {
        String[] w = canonical.strip().split("\\s+", 2);
        if (w.length == 2 && Lexicon.isSpeechVerb(w[0]) && !headText.startsWith(w[0])) {
            return w[1];
        }
        if (canonical.startsWith(headText) && canonical.length() > headText.length()) {
            String[] rest = canonical.substring(headText.length()).strip().split("\\s+", 2);
            if (Lexicon.isSpeechVerb(rest[0])) {
                return headText;
            }
        }
        return canonical;
    }

    /** "Kirby" after "John Kirby" was named: the longer form, so one person keeps one name within an article. */
    private static String fullName(String text, String headText, Span head, List<Source> earlier) {
        if (headText.contains(" ")) {
            return headText;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Source s = earlier.get(i);
            if (s.kind() == SourceKind.NAMED_PERSON && s.name().endsWith(" " + headText)) {
                return s.name();
            }
        }
        Pattern full = Pattern.compile("(?:\\p{Lu}[\\p{L}’'.-]+\\s+){1,2}" + Pattern.quote(headText) + "\\b");
        Matcher m = full.matcher(text).region(0, head.start());
        String found = null;
        while (m.find()) {
            String cand = m.group();
            String first = cand.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (!Lexicon.TITLES.contains(first) && !Lexicon.DETERMINERS.contains(first)
                    && !Lexicon.PHRASE_BREAKERS.contains(first) && !Lexicon.isSpeechVerb(first)) {
                found = cand;
            }
        }
        return found != null ? found.replaceAll("\\s+", " ") : headText;
    }

    static boolean isOutletName(String name) {
        String[] words = SPACES.split(name.toLowerCase(Locale.ROOT));
        for (String w : words) {
            String bare = withoutPossessive(w);
            if (Lexicon.OUTLET_NAMES.contains(bare)) {
                return true;
            }
            if (words.length > 1 && Lexicon.OUTLET_WORDS.contains(bare) && !words[0].equals("white")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsOutletNoun(String phrase) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (Lexicon.OUTLET_HEADS.contains(w) && !w.equals("press") && !w.equals("media")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrganizationName(String name) {
        String[] words = name.split("\\s+");
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (Lexicon.ORGANIZATION_WORDS.contains(l)) {
                return true;
            }
        }
        return words.length == 1 && name.length() >= 2 && name.chars().allMatch(c -> Character.isUpperCase(c)
                || c == '.' || c == '-' || Character.isDigit(c));
    }

    private static final java.util.Set<String> PUBLIC_ROLES = java.util.Set.of("president", "mayor", "governor",
            "senator", "secretary", "minister", "ambassador", "chancellor", "congressman", "congresswoman", "premier",
            "commissioner", "prosecutor", "sheriff", "judge", "chief", "general", "commander", "officer", "director");

    /** "the mayor" after "Mayor Ann Example" was named: the person who holds the role in this article. */
    private static Source roleHolder(Context ctx, String role, Span phrase) {
        Pattern p = Pattern.compile("(?i:\\b" + Pattern.quote(role) + ")\\s+((?:\\p{Lu}[\\p{L}’'.-]*\\s?){1,3})");
        Matcher m = p.matcher(ctx.text()).region(0, phrase.start());
        Span last = null;
        while (m.find()) {
            int e = m.end(1);
            while (e > m.start(1) && Character.isWhitespace(ctx.text().charAt(e - 1))) {
                e--;
            }
            last = new Span(m.start(1), e);
        }
        if (last == null) {
            return null;
        }
        for (EntityMention e : ctx.entities()) {
            if (e.span().overlaps(last) && e.type() == EntityType.PERSON) {
                return new Source(e.canonical(), phrase, SourceKind.NAMED_PERSON);
            }
        }
        return new Source(last.of(ctx.text()), phrase, SourceKind.NAMED_PERSON);
    }

    private static Source description(Context ctx, Span phrase, List<Source> earlier) {
        String text = phrase.of(ctx.text());
        String[] words = text.toLowerCase(Locale.ROOT).split("[\\s,]+");
        String main = null;
        boolean official = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (Lexicon.OFFICIAL_HEADS.contains(w)) {
                official = true;
            }
            if (Lexicon.isSourceHead(w) && main == null) {
                boolean postmodNext = i + 1 < words.length && Lexicon.POSTMODIFIER_STARTS.contains(words[i + 1]);
                boolean lastHead = true;
                for (int k = i + 1; k < words.length && !Lexicon.POSTMODIFIER_STARTS.contains(words[k]); k++) {
                    if (Lexicon.isSourceHead(words[k])) {
                        lastHead = false;
                    }
                }
                if (postmodNext || lastHead) {
                    main = w;
                }
            }
        }
        if (main == null) {
            return new Source(text, phrase, SourceKind.ANONYMOUS);
        }
        if (Lexicon.ROLE_HEADS.contains(main) && words[0].equals("the")) {
            Source named = roleHolder(ctx, main, phrase);
            if (named != null) {
                return named;
            }
            return new Source(text, phrase, PUBLIC_ROLES.contains(main) ? SourceKind.ANONYMOUS_OFFICIAL
                    : SourceKind.ANONYMOUS);
        }
        if (Lexicon.OUTLET_HEADS.contains(main) && !official) {
            boolean anaphoric = words[0].equals("the") || words[0].equals("this") || words[0].equals("that");
            if (anaphoric) {
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    Source s = earlier.get(i);
                    if (s.kind() == SourceKind.OUTLET && s.span().end() <= phrase.start()
                            && !mentionsOutletNoun(s.name())) {
                        return new Source(s.name(), phrase, SourceKind.OUTLET);
                    }
                }
                for (int i = ctx.entities().size() - 1; i >= 0; i--) {
                    EntityMention e = ctx.entities().get(i);
                    if (e.end() <= phrase.start() && e.type() == EntityType.ORGANIZATION && isOutletName(e.canonical())) {
                        return new Source(e.canonical(), phrase, SourceKind.OUTLET);
                    }
                }
            }
            return new Source(text, phrase, SourceKind.OUTLET);
        }
        if (official || Lexicon.OFFICIAL_HEADS.contains(main)) {
            return new Source(text, phrase, SourceKind.ANONYMOUS_OFFICIAL);
        }
        if (Lexicon.DOCUMENT_HEADS.contains(main)) {
            return new Source(text, phrase, SourceKind.DOCUMENT);
        }
        if (Lexicon.ORGANIZATION_HEADS.contains(main)) {
            return new Source(text, phrase, SourceKind.ORGANIZATION);
        }
        return new Source(text, phrase, SourceKind.ANONYMOUS);
    }
}
