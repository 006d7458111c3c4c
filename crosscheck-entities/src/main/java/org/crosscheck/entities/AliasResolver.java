package org.crosscheck.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.stage.EntityResolver;

/**
 * One canonical name per real-world entity across all articles of a run. Mentions are grouped when
 * <ol>
 *   <li>they fold to the same {@link NameKey} with the same type (Zelenskiy, Zelenskyy),</li>
 *   <li>their article already linked them (its recogniser gave one canonical to an acronym and its expansion, or
 *   a surname and a full name),</li>
 *   <li>they are full names of a person with the same surname key and compatible first names ("V. Zelensky",
 *   "Volodymyr Zelensky"), unless an initial would join two different first names,</li>
 *   <li>they are one country in the {@link CountryAliases} table ("US", "U.S.", "United States"), or</li>
 *   <li>a surname-only mention matches the surname of exactly one person group in the run (an ambiguous surname
 *   stays on its own).</li>
 * </ol>
 * Before grouping, every name gets the type the run gives it most often, a pattern-found type (WEAPON, LAW)
 * winning over the CRF's broad classes, so one article's slip cannot split an entity. The name of each group is
 * chosen by {@link CanonicalChoice} from the multiset of its forms, so the result does not depend on input order.
 * Quote speakers and attribution sources equal to a renamed mention's old canonical (or text) are renamed too.
 * Stateless: all working state lives inside one call.
 */
public final class AliasResolver implements EntityResolver {

    public AliasResolver() {
        // stateless
    }

    @Override
    public List<AnnotatedArticle> resolve(List<AnnotatedArticle> docs) {
        if (docs == null || docs.isEmpty()) {
            return List.of();
        }
        List<AnnotatedArticle> in = docs.stream().filter(d -> d != null).toList();
        Map<String, EntityType> typeOf = voteTypes(in);
        UnionFind groups = new UnionFind();
        Map<String, Set<String>> fullBySurname = new HashMap<>();

        // pass 1: every name except a lone surname gets a node
        for (AnnotatedArticle d : in) {
            for (EntityMention m : d.entities()) {
                EntityType t = typeOf.get(NameKey.of(m.text()));
                if (isSurname(t, m.text())) {
                    continue;
                }
                String node = node(t, m.text());
                groups.find(node);
                if (!isSurname(t, m.canonical())) {
                    groups.union(node, node(t, m.canonical()));
                }
                List<String> tokens = NameKey.tokens(m.text());
                if (t == EntityType.PERSON && tokens.size() >= 2) {
                    fullBySurname.computeIfAbsent(tokens.get(tokens.size() - 1), k -> new TreeSet<>())
                            .add(LocalNames.squeeze(m.text()));
                }
            }
        }
        joinCompatibleFullNames(fullBySurname, groups);

        // pass 2: each mention's group; a lone surname joins its article's full name or the run's unique one
        List<List<EntityMention>> retyped = new ArrayList<>();
        List<List<String>> groupOf = new ArrayList<>();
        Map<String, List<String>> forms = new HashMap<>();
        Map<String, EntityType> groupType = new HashMap<>();
        for (AnnotatedArticle d : in) {
            List<EntityMention> ms = new ArrayList<>();
            List<String> gs = new ArrayList<>();
            for (EntityMention m : d.entities()) {
                EntityType t = typeOf.get(NameKey.of(m.text()));
                String group = groupFor(t, m, groups, fullBySurname);
                ms.add(new EntityMention(m.start(), m.end(), m.text(), t, m.canonical()));
                gs.add(group);
                forms.computeIfAbsent(group, k -> new ArrayList<>()).add(LocalNames.squeeze(m.text()));
                groupType.merge(group, t, LocalNames::moreSpecific);
            }
            retyped.add(ms);
            groupOf.add(gs);
        }
        Map<String, String> nameOf = new HashMap<>();
        for (Map.Entry<String, List<String>> e : forms.entrySet()) {
            EntityType type = groupType.get(e.getKey());
            String country = type == EntityType.PERSON ? null : countryOfGroup(e.getValue());
            if (country == null && type == EntityType.LOCATION) {
                country = stateOfGroup(e.getValue());
            }
            nameOf.put(e.getKey(), country != null ? country
                    : CanonicalChoice.choose(groupType.get(e.getKey()), e.getValue()));
        }

        List<AnnotatedArticle> resolved = new ArrayList<>(in.size());
        List<Map<String, Set<String>>> docRenames = new ArrayList<>();
        Map<String, Set<String>> runRenames = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            AnnotatedArticle d = in.get(i);
            List<EntityMention> ms = new ArrayList<>();
            Map<String, Set<String>> renames = new HashMap<>();
            for (int j = 0; j < retyped.get(i).size(); j++) {
                String name = nameOf.get(groupOf.get(i).get(j));
                ms.add(retyped.get(i).get(j).withCanonical(name));
                EntityMention old = d.entities().get(j);
                for (String key : List.of(old.canonical(), LocalNames.squeeze(old.text()))) {
                    renames.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
                    runRenames.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
                }
            }
            resolved.add(d.withEntities(ms));
            docRenames.add(renames);
        }
        List<AnnotatedArticle> out = new ArrayList<>(resolved.size());
        for (int i = 0; i < resolved.size(); i++) {
            out.add(SpeakerRenamer.rename(resolved.get(i), docRenames.get(i), runRenames));
        }
        return out;
    }

    /** The type each folded name has most often in the run; WEAPON/LAW/... beat PERSON/ORGANIZATION/LOCATION. */
    private static Map<String, EntityType> voteTypes(List<AnnotatedArticle> docs) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (AnnotatedArticle d : docs) {
            for (EntityMention m : d.entities()) {
                votes.computeIfAbsent(NameKey.of(m.text()), k -> new EnumMap<>(EntityType.class))
                        .merge(m.type(), 1, Integer::sum);
            }
        }
        Map<String, EntityType> out = new HashMap<>();
        votes.forEach((key, v) -> {
            EntityType best = null;
            for (EntityType t : EntityType.values()) { // enum order breaks ties: PERSON, ORGANIZATION, LOCATION
                if (v.containsKey(t) && (best == null || better(t, v.get(t), best, v.get(best)))) {
                    best = t;
                }
            }
            out.put(key, best);
        });
        return out;
    }

    private static boolean better(EntityType t, int n, EntityType best, int bestN) {
        int r = LocalNames.rank(t);
        int rb = LocalNames.rank(best);
        return r != rb ? r > rb : n > bestN;
    }

    private static boolean isSurname(EntityType t, String name) {
        return t == EntityType.PERSON && NameKey.tokens(name).size() == 1;
    }

    private static String node(EntityType t, String name) {
        String country = t == EntityType.PERSON ? null : CountryAliases.canonical(LocalNames.squeeze(name));
        return country != null ? "C|" + country : t + "|" + NameKey.of(name);
    }

    /** Unions full names of one surname whose first names are compatible, unless an initial is ambiguous. */
    private static void joinCompatibleFullNames(Map<String, Set<String>> fullBySurname, UnionFind groups) {
        for (Set<String> names : fullBySurname.values()) {
            for (String a : names) {
                List<String> partners = names.stream().filter(b -> !b.equals(a) && LocalNames.compatible(a, b))
                        .toList();
                boolean ambiguous = partners.stream().anyMatch(x -> partners.stream()
                        .anyMatch(y -> !x.equals(y) && !LocalNames.compatible(x, y)));
                if (!ambiguous) {
                    for (String b : partners) {
                        groups.union(node(EntityType.PERSON, a), node(EntityType.PERSON, b));
                    }
                }
            }
        }
    }

    private static String groupFor(EntityType t, EntityMention m, UnionFind groups,
                                   Map<String, Set<String>> fullBySurname) {
        if (!isSurname(t, m.text())) {
            return groups.find(node(t, m.text()));
        }
        if (!isSurname(t, m.canonical())) {
            return groups.find(node(t, m.canonical())); // the article itself tied it to a full name
        }
        Set<String> roots = new HashSet<>();
        for (String full : fullBySurname.getOrDefault(NameKey.of(m.text()), Set.of())) {
            roots.add(groups.find(node(EntityType.PERSON, full)));
        }
        if (roots.size() == 1) {
            return roots.iterator().next();
        }
        return groups.find(node(t, m.text()));
    }

    private static String countryOfGroup(List<String> forms) {
        for (String f : forms) {
            String c = CountryAliases.canonical(f);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** A place written only as a US state's abbreviation in the run ("Ky.") still gets the state's name. */
    private static String stateOfGroup(List<String> forms) {
        for (String f : forms) {
            if (UsStates.isAbbreviation(f)) {
                return UsStates.name(f);
            }
        }
        return null;
    }
}
