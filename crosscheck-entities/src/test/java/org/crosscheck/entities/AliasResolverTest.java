package org.crosscheck.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.EntityType;
import org.crosscheck.api.Quote;
import org.crosscheck.api.SourceKind;
import org.junit.jupiter.api.Test;

class AliasResolverTest {
    private final AliasResolver resolver = new AliasResolver();

    /** An article whose mentions are given by hand: every listed name is found at its first free occurrence. */
    static AnnotatedArticle doc(String id, String text, Object... typeAndName) {
        List<EntityMention> ms = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typeAndName.length; i += 2) {
            String name = (String) typeAndName[i + 1];
            int at = text.indexOf(name, from);
            ms.add(new EntityMention(at, at + name.length(), name, (EntityType) typeAndName[i], name));
            from = at + name.length();
        }
        return Docs.of(id, text).withEntities(ms);
    }

    private static final EntityType P = EntityType.PERSON;
    private static final EntityType L = EntityType.LOCATION;
    private static final EntityType O = EntityType.ORGANIZATION;

    private List<AnnotatedArticle> run() {
        return List.of(
                doc("a", "Taras Zarinsky met Ilse Brandt. Zarinsky smiled.", P, "Taras Zarinsky", P, "Ilse Brandt",
                        P, "Zarinsky"),
                doc("b", "Taras Zarinskiy spoke in Velmora. The U.S. agreed.", P, "Taras Zarinskiy", L, "Velmora",
                        L, "U.S."),
                doc("c", "Zarinskyy said the United States and Brandt would talk.", P, "Zarinskyy", L,
                        "United States", P, "Brandt"),
                doc("d", "Zarinsky again. Mara Holt and Dan Holt disagreed; Holt left.", P, "Zarinsky", P,
                        "Mara Holt", P, "Dan Holt", P, "Holt"));
    }

    private static String canonicalOf(List<AnnotatedArticle> docs, String id, String text) {
        return docs.stream().filter(d -> d.id().equals(id)).flatMap(d -> d.entities().stream())
                .filter(m -> m.text().equals(text)).map(EntityMention::canonical).findFirst().orElseThrow();
    }

    @Test
    void mergesTransliterationsSurnamesAndCountries() {
        List<AnnotatedArticle> out = resolver.resolve(run());
        for (String[] idText : new String[][]{{"a", "Taras Zarinsky"}, {"b", "Taras Zarinskiy"}, {"c", "Zarinskyy"},
                {"a", "Zarinsky"}, {"d", "Zarinsky"}}) {
            assertThat(canonicalOf(out, idText[0], idText[1])).isEqualTo("Taras Zarinsky");
        }
        assertThat(canonicalOf(out, "c", "Brandt")).isEqualTo("Ilse Brandt");
        assertThat(canonicalOf(out, "b", "U.S.")).isEqualTo("United States");
        assertThat(canonicalOf(out, "c", "United States")).isEqualTo("United States");
    }

    @Test
    void firstNamesSpelledDifferentlyJoinWhenTheirConsonantsAgree() {
        List<AnnotatedArticle> out = resolver.resolve(List.of(
                doc("a", "Mykhailo Marchuk spoke.", P, "Mykhailo Marchuk"),
                doc("b", "Mikhail Marchuk spoke; Dmytro Vasko left.", P, "Mikhail Marchuk", P, "Dmytro Vasko"),
                doc("c", "Dmitri Vasko returned. Vasko smiled. Dana Rook and Dina Rook met.", P, "Dmitri Vasko", P,
                        "Vasko", P, "Dana Rook", P, "Dina Rook")));
        assertThat(canonicalOf(out, "b", "Mikhail Marchuk")).isEqualTo(canonicalOf(out, "a", "Mykhailo Marchuk"));
        assertThat(canonicalOf(out, "c", "Dmitri Vasko")).isEqualTo(canonicalOf(out, "b", "Dmytro Vasko"));
        assertThat(canonicalOf(out, "c", "Vasko")).isEqualTo(canonicalOf(out, "b", "Dmytro Vasko"));
        assertThat(canonicalOf(out, "c", "Dana Rook")).isNotEqualTo(canonicalOf(out, "c", "Dina Rook"));
    }

    @Test
    void ambiguousSurnameStaysApart() {
        List<AnnotatedArticle> out = resolver.resolve(run());
        assertThat(canonicalOf(out, "d", "Holt")).isEqualTo("Holt");
        assertThat(canonicalOf(out, "d", "Mara Holt")).isEqualTo("Mara Holt");
        assertThat(canonicalOf(out, "d", "Dan Holt")).isEqualTo("Dan Holt");
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<AnnotatedArticle> docs = new ArrayList<>(run());
        String expected = signature(resolver.resolve(docs));
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(docs, random);
            assertThat(signature(resolver.resolve(docs))).isEqualTo(expected);
        }
    }

    @Test
    void tiedSpellingsPreferThePlainerForm() {
        List<AnnotatedArticle> out = resolver.resolve(List.of(
                doc("a", "Lev Orlovskyy arrived.", P, "Lev Orlovskyy"),
                doc("b", "Lev Orlovsky arrived.", P, "Lev Orlovsky")));
        assertThat(canonicalOf(out, "a", "Lev Orlovskyy")).isEqualTo("Lev Orlovsky");
    }

    @Test
    void acronymLinkedInOneArticleJoinsBareAcronymElsewhere() {
        AnnotatedArticle a = doc("a", "The Northern Defense Pact (NDP) met. NDP agreed.", O, "Northern Defense Pact",
                O, "NDP", O, "NDP");
        a = a.withEntities(a.entities().stream().map(m -> m.withCanonical("NDP")).toList());
        AnnotatedArticle b = doc("b", "Northern Defense Pact leaders met.", O, "Northern Defense Pact");
        List<AnnotatedArticle> out = resolver.resolve(List.of(a, b));
        assertThat(canonicalOf(out, "b", "Northern Defense Pact")).isEqualTo("NDP");
    }

    @Test
    void majorityTypeAcrossTheRunAndFineTypesWin() {
        List<AnnotatedArticle> out = resolver.resolve(List.of(
                doc("a", "Velmora fell.", L, "Velmora"), doc("b", "Velmora rose.", L, "Velmora"),
                doc("c", "Velmora voted.", O, "Velmora"),
                doc("d", "The KRX fired.", O, "KRX"), doc("e", "KRX missiles flew.", EntityType.WEAPON, "KRX")));
        assertThat(out.get(2).entities().get(0).type()).isEqualTo(L);
        assertThat(out.get(3).entities().get(0).type()).isEqualTo(EntityType.WEAPON);
    }

    @Test
    void renamesSpeakersAndSourcesButNotDescriptions() {
        String text = "Taras Zarinskiy said: “We will hold.” A local official disagreed, Zarinskiy said.";
        AnnotatedArticle b = doc("b", text, P, "Taras Zarinskiy", P, "Zarinskiy");
        int q = text.indexOf("We will");
        int a = text.indexOf("A local official");
        b = b.withQuotes(List.of(new Quote(q, q + 12, "We will hold", "Taras Zarinskiy", null,
                SourceKind.NAMED_PERSON)))
                .withAttributions(List.of(new Attribution(a, a + 16, "A local official", "A local official",
                        SourceKind.ANONYMOUS_OFFICIAL, null)));
        List<AnnotatedArticle> out = resolver.resolve(List.of(run().get(0), b, run().get(2)));
        assertThat(out.get(1).quotes().get(0).speaker()).isEqualTo("Taras Zarinsky");
        assertThat(out.get(1).attributions().get(0).source()).isEqualTo("A local official");
    }

    @Test
    void emptyAndOddInput() {
        assertThat(resolver.resolve(List.of())).isEmpty();
        assertThat(resolver.resolve(null)).isEmpty();
        AnnotatedArticle bare = Docs.of("x", "");
        assertThat(resolver.resolve(List.of(bare))).containsExactly(bare);
        AnnotatedArticle punct = doc("y", "’ . Zed", P, "’", P, "Zed");
        assertThat(resolver.resolve(List.of(punct)).get(0).entities()).hasSize(2);
    }

    private static String signature(List<AnnotatedArticle> docs) {
        return docs.stream().sorted(Comparator.comparing(AnnotatedArticle::id))
                .map(d -> d.id() + d.entities().stream().map(m -> m.text() + ">" + m.canonical() + ":" + m.type())
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("|"));
    }
}
