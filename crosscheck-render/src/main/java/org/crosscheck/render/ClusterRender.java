package org.crosscheck.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.crosscheck.api.Story;
import org.crosscheck.api.StoryAssignment;

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

    public static ObjectNode story(Story s) {
        ObjectNode n = Json.object();
        n.put("id", s.id());
        n.put("size", s.articles().size());
        ArrayNode articles = n.putArray("articles");
        s.articles().forEach(articles::add);
        ArrayNode outlets = n.putArray("outlets");
        s.outlets().forEach(outlets::add);
        Json.putDate(n, "first", s.first());
        Json.putDate(n, "last", s.last());
        return n;
    }

    public static String storiesMarkdown(List<Story> stories) {
        StringBuilder sb = new StringBuilder("| Story | Articles | Outlets | First | Last |\n|---|---|---|---|---|\n");
        for (Story s : stories) {
            sb.append("| ").append(Markdown.cell(s.id())).append(" | ").append(s.articles().size()).append(" | ")
                    .append(Markdown.cell(String.join(", ", s.outlets()))).append(" | ")
                    .append(s.first() == null ? "" : s.first()).append(" | ")
                    .append(s.last() == null ? "" : s.last()).append(" |\n");
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
