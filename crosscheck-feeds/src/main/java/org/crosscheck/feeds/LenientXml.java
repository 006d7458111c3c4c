package org.crosscheck.feeds;

import java.util.HashMap;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.IllegalNameException;
import org.jdom2.Namespace;
import org.jdom2.Text;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Parses markup that a strict XML parser rejects (cut short, unclosed tags, a DOCTYPE) with jsoup's forgiving XML
 * parser and rebuilds it as a namespace-aware JDOM tree Rome can read. jsoup never resolves DTDs or entities other
 * than the predefined ones, so this path cannot be used to read local files either. The tree is rebuilt by hand
 * because jsoup's W3C conversion puts unprefixed elements in the XML namespace, which JDOM refuses.
 */
final class LenientXml {

    /** Deeper elements are kept as their text: no feed nests this deep, and hostile input must not overflow the stack. */
    static final int MAX_DEPTH = 200;

    private LenientXml() {
    }

    /** The recovered tree, or {@code null} when there is no element at all. */
    static Document parse(String text) {
        org.jsoup.nodes.Document soup = org.jsoup.Jsoup.parse(text, "", Parser.xmlParser());
        for (org.jsoup.nodes.Element top : soup.children()) {
            Element root = convert(top, Map.of(), 0);
            if (root != null) {
                return new Document(root);
            }
        }
        return null;
    }

    private static Element convert(org.jsoup.nodes.Element src, Map<String, String> scope, int depth) {
        Map<String, String> ns = new HashMap<>(scope);
        for (Attribute a : src.attributes()) {
            if (a.getKey().equals("xmlns")) {
                ns.put("", a.getValue());
            } else if (a.getKey().startsWith("xmlns:")) {
                ns.put(a.getKey().substring(6), a.getValue());
            }
        }
        Element out;
        try {
            out = new Element(local(src.tagName()), namespace(src.tagName(), ns, true));
        } catch (IllegalNameException e) {
            return null;
        }
        for (Attribute a : src.attributes()) {
            String key = a.getKey();
            if (key.equals("xmlns") || key.startsWith("xmlns:")) {
                continue;
            }
            try {
                out.setAttribute(local(key), clean(a.getValue()), namespace(key, ns, false));
            } catch (IllegalNameException e) {
                // an attribute no XML parser would accept carries nothing a feed needs
            }
        }
        for (Node child : src.childNodes()) {
            if (child instanceof org.jsoup.nodes.Element e) {
                Element c = depth < MAX_DEPTH ? convert(e, ns, depth + 1) : null;
                if (c != null) {
                    out.addContent(c);
                } else {
                    out.addContent(new Text(clean(e.text())));
                }
            } else if (child instanceof TextNode t) {
                out.addContent(new Text(clean(t.getWholeText())));
            } else if (child instanceof DataNode d) {
                out.addContent(new Text(clean(d.getWholeData())));
            }
        }
        return out;
    }

    private static String local(String name) {
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    /** The namespace a name's prefix is bound to in scope; unprefixed attributes are in no namespace, as in XML. */
    private static Namespace namespace(String name, Map<String, String> scope, boolean element) {
        int colon = name.indexOf(':');
        String prefix = colon >= 0 ? name.substring(0, colon) : "";
        if (prefix.equals("xml")) {
            return Namespace.XML_NAMESPACE;
        }
        if (prefix.isEmpty() && !element) {
            return Namespace.NO_NAMESPACE;
        }
        String uri = scope.get(prefix);
        if (uri == null || uri.isEmpty()) {
            return Namespace.NO_NAMESPACE;
        }
        return Namespace.getNamespace(prefix, uri);
    }

    /** Characters XML forbids (control characters from a broken encoding) become spaces. */
    private static String clean(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ");
    }
}
