package org.crosscheck.entities;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.api.EntityType;

/**
 * Picks the one name an entity goes by from all the forms the run wrote it in. The choice depends only on the
 * multiset of forms, never on input order.
 *
 * <ul>
 *   <li>People: among full names (two or more words), the one whose spelling of the surname the run uses most
 *   (surname-only mentions count too: eleven "Zelensky" outvote two "Zelenskyy"), then the most frequent full
 *   form; ties go to the spelling without a doubled final letter, then the shorter, then alphabetical.</li>
 *   <li>Everything else: the most frequent form; ties go to an all-capital acronym, then the longer (fuller)
 *   form, then the one without a doubled final letter, then alphabetical.</li>
 * </ul>
 */
final class CanonicalChoice {
    private CanonicalChoice() {
    }

    static String choose(EntityType type, List<String> forms) {
        Map<String, Long> counts = forms.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        if (type == EntityType.PERSON) {
            List<String> full = counts.keySet().stream().filter(f -> f.split(" ").length >= 2).toList();
            if (!full.isEmpty()) {
                Map<String, Long> surnames = forms.stream()
                        .collect(Collectors.groupingBy(CanonicalChoice::lastWord, Collectors.counting()));
                Comparator<String> order = Comparator
                        .comparing((String f) -> -surnames.getOrDefault(lastWord(f), 0L))
                        .thenComparing(f -> -counts.get(f))
                        .thenComparing(NameKey::endsDoubled)
                        .thenComparingInt(String::length)
                        .thenComparing(Comparator.naturalOrder());
                return full.stream().min(order).orElseThrow();
            }
        }
        Comparator<String> order = Comparator
                .comparing((String f) -> -counts.get(f))
                .thenComparing(f -> !isAcronym(f))
                .thenComparing(f -> -f.length())
                .thenComparing(NameKey::endsDoubled)
                .thenComparing(Comparator.naturalOrder());
        return counts.keySet().stream().min(order).orElseThrow();
    }

    private static String lastWord(String s) {
        int i = s.lastIndexOf(' ');
        return i < 0 ? s : s.substring(i + 1);
    }

    private static boolean isAcronym(String s) {
        return s.length() >= 2 && s.chars().noneMatch(Character::isLowerCase)
                && s.chars().anyMatch(Character::isLetter);
    }
}
