package org.crosscheck.feeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.InputException;
import org.jdom2.Element;

/**
 * Reads an OPML subscription list (what feed readers export) into the feeds it names, for commands that poll
 * feeds. Outlines nest as folders; every outline with an {@code xmlUrl}, at any depth, is a feed, and a folder may
 * itself be a feed. Nothing is fetched here.
 *
 * <p>The list is configuration the user chose, not material read in bulk, so it is parsed strictly: a broken list
 * stops with the file and position rather than silently subscribing to half of it.
 */
public final class Opml {

    private Opml() {
    }

    /**
     * The feeds in document order.
     *
     * @throws InputException naming the file (and line) when it cannot be read, is not well-formed, or is not OPML
     */
    public static List<FeedRef> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read OPML: " + e.getMessage());
        }
        FeedXml.Parsed parsed = FeedXml.parse(bytes);
        if (parsed.error() != null) {
            throw new InputException(file + (parsed.position().isEmpty() ? "" : ":" + parsed.position())
                    + ": OPML is not well-formed XML: " + parsed.error());
        }
        Element root = parsed.document().getRootElement();
        Element body = root.getChild("body", root.getNamespace());
        if (!root.getName().equals("opml") || body == null) {
            throw new InputException(file + ": not OPML (root element <" + root.getName() + ">"
                    + (body == null ? ", no <body>" : "") + ")");
        }
        List<FeedRef> feeds = new ArrayList<>();
        collect(body, new ArrayList<>(), feeds);
        return List.copyOf(feeds);
    }

    private static void collect(Element parent, List<String> folders, List<FeedRef> into) {
        for (Element outline : parent.getChildren()) {
            if (!outline.getName().equals("outline")) {
                continue;
            }
            String title = attr(outline, "title");
            if (title == null) {
                title = attr(outline, "text");
            }
            String xmlUrl = attr(outline, "xmlUrl");
            if (xmlUrl != null) {
                into.add(new FeedRef(title, xmlUrl, attr(outline, "htmlUrl"), folders));
            }
            if (!outline.getChildren().isEmpty()) {
                folders.add(title == null ? "" : title);
                collect(outline, folders, into);
                folders.remove(folders.size() - 1);
            }
        }
    }

    private static String attr(Element e, String name) {
        String v = e.getAttributeValue(name);
        if (v == null) {
            // Some exporters lower-case attribute names.
            v = e.getAttributeValue(name.toLowerCase(java.util.Locale.ROOT));
        }
        return v == null || v.isBlank() ? null : v.strip();
    }
}
