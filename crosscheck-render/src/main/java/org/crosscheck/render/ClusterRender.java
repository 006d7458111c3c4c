package org.crosscheck.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;
import org.crosscheck.api.state.StoryMerge;

/** Story assignments and story lists as JSON lines, JSON and Markdown. */
public final class ClusterRender {
    private ClusterRender() {
    }

    /** One assignment in the fields of {@code crosscheck cluster} (INTERFACE.md). */
    public static ObjectNode assignment(StoryAssignment a) {
        ObjectNode n = Json.object();
        n.put("id", a.article());
        n.put("story", a.story());
        n.put("duplicate_of", a.duplicateOf());
        n.put("new_story", a.newStory());
        n.put("score", Math.round(a.score() * 1000) / 1000.0);
        return n;
    }

    /**
     * A story; {@code mergedInto}, when not null, names the story it was found to be part of (its members keep
     * their own story id: an article's story never depends on later articles).
     */
    public static ObjectNode story(Story s, String mergedInto) {
        ObjectNode n = Json.object();
        n.put("id", s.id());
        n.put("size", s.articles().size());
        ArrayNode articles = n.putArray("articles");
        s.articles().forEach(articles::add);
        ArrayNode outlets = n.putArray("outlets");
        s.outlets().forEach(outlets::add);
        Json.putDate(n, "first", s.first());
        Json.putDate(n, "last", s.last());
        if (mergedInto != null) {
            n.put("merged_into", mergedInto);
        }
        return n;
    }

    /** A merge of two stories: {@code from} was found to be part of {@code into} when {@code at_article} came. */
    public static ObjectNode merge(StoryMerge m) {
        ObjectNode n = Json.object();
        n.put("from", m.from());
        n.put("into", m.into());
        n.put("at_article", m.atArticle());
        n.put("score", Math.round(m.score() * 1000) / 1000.0);
        return n;
    }

    /** Story id to the story it was merged into, for {@link #story(Story, String)}. */
    public static Map<String, String> mergedInto(List<StoryMerge> merges) {
        Map<String, String> out = new java.util.HashMap<>();
        merges.forEach(m -> out.put(m.from(), m.into()));
        return out;
    }

    /** The story table, then one line per merge. */
    public static String storiesMarkdown(List<Story> stories, List<StoryMerge> merges) {
        StringBuilder sb = new StringBuilder("| Story | Articles | Outlets | First | Last |\n|---|---|---|---|---|\n");
        for (Story s : stories) {
            sb.append("| ").append(Markdown.cell(s.id())).append(" | ").append(s.articles().size()).append(" | ")
                    .append(Markdown.cell(String.join(", ", s.outlets()))).append(" | ")
                    .append(s.first() == null ? "" : s.first()).append(" | ")
                    .append(s.last() == null ? "" : s.last()).append(" |\n");
        }
        if (!merges.isEmpty()) {
            sb.append("\nStories found to be one:\n\n");
            for (StoryMerge m : merges) {
                sb.append("- ").append(Markdown.cell(m.from())).append(" merged into ").append(Markdown.cell(m.into()))
                        .append(" when ").append(Markdown.cell(m.atArticle())).append(" arrived (similarity ")
                        .append(Math.round(m.score() * 1000) / 1000.0).append(")\n");
            }
        }
        return sb.toString();
    }

    public static String assignmentsMarkdown(List<StoryAssignment> assignments) {
        StringBuilder sb = new StringBuilder("| Article | Story | Duplicate of |\n|---|---|---|\n");
        for (StoryAssignment a : assignments) {
            sb.append("| ").append(Markdown.cell(a.article())).append(" | ").append(Markdown.cell(a.story()))
                    .append(" | ").append(Markdown.cell(a.duplicateOf())).append(" |\n");
        }
        return sb.toString();
    }
}
