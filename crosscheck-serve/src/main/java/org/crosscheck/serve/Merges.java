package org.crosscheck.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.crosscheck.api.state.StoryMerge;

/**
 * The story merges a library holds, as readers follow them: a merged story to the story it went into, and a story
 * to the stories it took in. Immutable: a write that merges replaces the whole value, so a reader sees all of a
 * write's merges or none. Merges are rare (at most one per article), so copying on each is cheap.
 */
record Merges(Map<String, StoryMerge> byFrom, Map<String, List<String>> byInto) {

    static final Merges NONE = new Merges(Map.of(), Map.of());

    Merges {
        byFrom = Map.copyOf(byFrom);
        byInto = Map.copyOf(byInto);
    }

    /** These merges and then {@code more}, in order; a story already merged away is not merged again. */
    Merges plus(List<StoryMerge> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, StoryMerge> from = new HashMap<>(byFrom);
        Map<String, List<String>> into = new HashMap<>(byInto);
        for (StoryMerge m : more) {
            if (from.putIfAbsent(m.from(), m) == null) {
                List<String> taken = new ArrayList<>(into.getOrDefault(m.into(), List.of()));
                taken.add(m.from());
                into.put(m.into(), List.copyOf(taken));
            }
        }
        return new Merges(from, into);
    }

    boolean merged(String story) {
        return byFrom.containsKey(story);
    }

    /** The story this one was merged into, or {@code null}. */
    String into(String story) {
        StoryMerge m = byFrom.get(story);
        return m == null ? null : m.into();
    }

    /** The stories merged into this one, in the order they were. */
    List<String> from(String story) {
        return byInto.getOrDefault(story, List.of());
    }

    /** The story that holds this one now: itself, or where its merges led. */
    String live(String story) {
        return StoryMerge.live(story, byFrom);
    }

    /**
     * The articles a story shows: its own members and those of every story merged into it (and into those), in the
     * order given by {@code arrival} (the order they were clustered in).
     */
    List<String> shown(String story, Function<String, List<String>> members, ToLongFunction<String> arrival) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> stories = new HashSet<>();
        collect(story, members, ids, stories);
        List<String> out = new ArrayList<>(ids);
        if (stories.size() > 1) {
            out.sort(Comparator.comparingLong(arrival));
        }
        return out;
    }

    private void collect(String story, Function<String, List<String>> members, Set<String> ids, Set<String> stories) {
        if (!stories.add(story)) {
            return;
        }
        ids.addAll(members.apply(story));
        for (String taken : from(story)) {
            collect(taken, members, ids, stories);
        }
    }
}
