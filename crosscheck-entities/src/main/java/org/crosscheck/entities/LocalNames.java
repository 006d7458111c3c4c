package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;

/**
 * Chooses each mention's canonical name within one article, where the writer's own usage is the best evidence:
 * a surname stands for the one full name in the article that ends with it ("Biden" after or before "Joe Biden"),
 * a full name stands for the longest compatible full form ("Joe Biden" → "Joseph R. Biden" when both appear), an
 * acronym introduced with its expansion shares one name with it, and countries take their table name.
 *
 * <p>Acronym pairs: the canonical is the acronym when the article uses it at least as often as the expansion,
 * otherwise the expansion (news introduces an acronym once and then uses it, so the acronym usually wins; the
 * same rule is applied across articles by {@link AliasResolver}). Both get the more specific of their types.
 */
final class LocalNames {
    /** Generational suffixes, folded as {@link NameKey} folds them. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "i", "ii", "iii", "iv");

    private LocalNames() {
    }

    static List<EntityMention> name(String text, List<Found> found, List<Acronyms.Pair> pairs) {
        int n = found.size();
        String[] texts = new String[n];
        String[] canon = new String[n];
        EntityType[] types = new EntityType[n];
        for (int i = 0; i < n; i++) {
            texts[i] = found.get(i).text(text);
            canon[i] = squeeze(texts[i]);
            types[i] = found.get(i).type();
        }
        persons(texts, canon, types);
        for (int i = 0; i < n; i++) {
            String country = CountryAliases.canonical(texts[i]);
            if (country != null && types[i] != EntityType.PERSON) {
                canon[i] = country;
            } else if (types[i] == EntityType.LOCATION && UsStates.isAbbreviation(texts[i])) {
                canon[i] = UsStates.name(texts[i]);
            }
            String body = countryBody(texts[i]);
            if (body != null && types[i] == EntityType.ORGANIZATION) {
                canon[i] = body;
            }
        }
        pressShortNames(texts, canon, types);
        acronyms(text, pairs, texts, canon, types);
        List<EntityMention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Found f = found.get(i);
            out.add(new EntityMention(f.start(), f.end(), texts[i], types[i], canon[i]));
        }
        return out;
    }

    private static void persons(String[] texts, String[] canon, EntityType[] types) {
        List<String> full = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (types[i] == EntityType.PERSON && NameKey.tokens(texts[i]).size() >= 2 && !full.contains(canon[i])) {
                full.add(canon[i]);
            }
        }
        // each full form → the longest compatible full form
        Map<String, String> longest = new HashMap<>();
        for (String f : full) {
            String best = f;
            for (String g : full) {
                if (compatible(f, g) && longer(g, best)) {
                    best = g;
                }
            }
            longest.put(f, best);
        }
        for (int i = 0; i < texts.length; i++) {
            if (types[i] != EntityType.PERSON) {
                continue;
            }
            List<String> tokens = NameKey.tokens(texts[i]);
            if (tokens.size() >= 2) {
                canon[i] = longest.getOrDefault(canon[i], canon[i]);
            } else if (tokens.size() == 1) {
                Set<String> targets = new HashSet<>();
                for (String f : full) {
                    if (last(NameKey.tokens(f)).equals(tokens.get(0))) {
                        targets.add(longest.get(f));
                    }
                }
                if (targets.isEmpty()) {
                    // a given name alone ("Matthew's death", "Mr. Kim" of Kim Jong-un) after a full name that
                    // starts with it, when it ends no full name of the article
                    for (String f : full) {
                        List<String> ft = NameKey.tokens(f);
                        // "Trump Jr." starts with a surname, not a given name
                        if (ft.get(0).equals(tokens.get(0)) && !SUFFIXES.contains(last(ft))) {
                            targets.add(longest.get(f));
                        }
                    }
                }
                if (targets.size() == 1) {
                    canon[i] = targets.iterator().next();
                }
            }
        }
    }

    /**
     * "U.S. Senate", "US Senate" and "United States Senate" are one body: a country form before one of
     * {@link Lexicon#INSTITUTIONS} is written with the country's table name. {@code null} for other names.
     */
    static String countryBody(String name) {
        for (String body : Lexicon.INSTITUTIONS) {
            if (name.endsWith(" " + body)) {
                String country = CountryAliases.canonical(name.substring(0, name.length() - body.length() - 1));
                return country == null ? null : country + " " + body;
            }
        }
        return null;
    }

    /**
     * "the Times" after "The New York Times": a newspaper named by the last word of its title stands for the one
     * title in the article that ends with that word; "the Senate" after "the U.S. Senate" likewise. Only press words
     * and a country's bodies: "House" must not become "White House".
     */
    private static void pressShortNames(String[] texts, String[] canon, EntityType[] types) {
        for (int i = 0; i < texts.length; i++) {
            if (types[i] != EntityType.ORGANIZATION) {
                continue;
            }
            List<String> tokens = NameKey.tokens(texts[i]);
            if (!tokens.isEmpty() && tokens.get(0).equals("the")) {
                tokens = tokens.subList(1, tokens.size());
            }
            boolean press = tokens.size() == 1 && Lexicon.PRESS_WORDS.contains(tokens.get(0));
            boolean body = Lexicon.INSTITUTIONS.contains(texts[i]);
            if (!press && !body) {
                continue;
            }
            Set<String> titles = new HashSet<>();
            for (int j = 0; j < texts.length; j++) {
                List<String> other = NameKey.tokens(texts[j]);
                if (other.isEmpty() || types[j] != EntityType.ORGANIZATION) {
                    continue;
                }
                int words = other.size() - (other.get(0).equals("the") ? 1 : 0);
                if (press && words >= 2 && last(other).equals(tokens.get(0))
                        || body && texts[j].endsWith(" " + texts[i]) && countryBody(texts[j]) != null) {
                    titles.add(canon[j]);
                }
            }
            if (titles.size() == 1) {
                canon[i] = titles.iterator().next();
            }
        }
    }

    /** Two full names of one person: same surname key and first names that agree or one abbreviates the other. */
    static boolean compatible(String a, String b) {
        List<String> x = NameKey.tokens(a);
        List<String> y = NameKey.tokens(b);
        if (x.size() < 2 || y.size() < 2 || !last(x).equals(last(y))) {
            return false;
        }
        String fx = x.get(0);
        String fy = y.get(0);
        return fx.startsWith(fy) || fy.startsWith(fx) || sameSkeleton(fx, fy) || Nicknames.same(fx, fy);
    }

    /**
     * First names that transliterate one name differently differ in their vowels (Dmytro, Dmitri, Dmitry; Oleksii,
     * Aleksei): their consonants agree. Short names are left out, because there the vowel is the name (Dan, Don).
     */
    static boolean sameSkeleton(String a, String b) {
        if (a.length() < 5 || b.length() < 5 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        String sa = a.replaceAll("[aeiou]", "");
        return sa.length() >= 3 && sa.equals(b.replaceAll("[aeiou]", ""));
    }

    private static boolean longer(String a, String b) {
        return Comparator.comparingInt((String s) -> s.split("\\s+").length)
                .thenComparingInt(String::length)
                .thenComparing(Comparator.<String>reverseOrder())
                .compare(a, b) > 0;
    }

    private static void acronyms(String text, List<Acronyms.Pair> pairs, String[] texts, String[] canon,
                                 EntityType[] types) {
        for (Acronyms.Pair p : pairs) {
            String acr = text.substring(p.acronymStart(), p.acronymEnd());
            String exp = squeeze(text.substring(p.expansionStart(), p.expansionEnd()));
            int acrCount = count(texts, acr);
            int expCount = count(texts, exp);
            String chosen = acrCount >= expCount ? acr : exp;
            EntityType type = null;
            for (int i = 0; i < texts.length; i++) {
                if (squeeze(texts[i]).equals(acr) || squeeze(texts[i]).equals(exp)) {
                    type = moreSpecific(type, types[i]);
                }
            }
            for (int i = 0; i < texts.length; i++) {
                if (squeeze(texts[i]).equals(acr) || squeeze(texts[i]).equals(exp)) {
                    canon[i] = chosen;
                    types[i] = type;
                }
            }
        }
    }

    /** Pattern-found fine types (WEAPON, LAW, ...) beat the CRF's three broad classes. */
    static EntityType moreSpecific(EntityType a, EntityType b) {
        if (a == null) {
            return b;
        }
        return rank(b) > rank(a) ? b : a;
    }

    static int rank(EntityType t) {
        return switch (t) {
            case WEAPON, LAW, PRODUCT, EVENT -> 2;
            case MISC -> 0;
            default -> 1;
        };
    }

    private static int count(String[] texts, String s) {
        int c = 0;
        for (String t : texts) {
            if (squeeze(t).equals(s)) {
                c++;
            }
        }
        return c;
    }

    private static String last(List<String> tokens) {
        return tokens.get(tokens.size() - 1);
    }

    /** A name with its inner whitespace (line breaks included) reduced to single spaces. */
    static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
