package org.crosscheck.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.crosscheck.ingest.TextDecoder;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaderJDOMFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parses a feed file into an XML tree, safely and, when it must, leniently.
 *
 * <p>The strict parse refuses any DOCTYPE, so no external entity, external DTD or entity expansion is ever
 * processed: a feed file is untrusted input and may try to read local files (XXE). Feeds saved from the web are
 * often cut short or carry an old RSS 0.91 DOCTYPE; rather than lose every item for that, a document the strict
 * parser rejects is parsed again with jsoup's forgiving XML parser, which closes what was left open and never
 * resolves entities or DTDs, and the caller reports what the strict parser said.
 */
final class FeedXml {

    /**
     * The tree, and when it was recovered leniently, where and why the strict parse failed.
     *
     * @param position "line 12, column 4" or "" when the parser gave no position
     * @param error    the strict parser's message, or {@code null} when the file parsed cleanly
     */
    record Parsed(Document document, String position, String error) {
    }

    /** No feed nests elements this deep (markup inside items is escaped text, not elements). */
    static final int MAX_DEPTH = 100;

    private static final XMLReaderJDOMFactory JDK_PARSER = new XMLReaderJDOMFactory() {
        @Override
        public XMLReader createXMLReader() throws JDOMException {
            try {
                SAXParserFactory f = SAXParserFactory.newDefaultInstance();
                f.setNamespaceAware(true);
                f.setValidating(false);
                return f.newSAXParser().getXMLReader();
            } catch (ParserConfigurationException | SAXException e) {
                throw new JDOMException("no XML parser: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean isValidating() {
            return false;
        }
    };

    private FeedXml() {
    }

    /** Parses strictly, falling back to the lenient parser; the document is {@code null} when neither gives one. */
    static Parsed parse(byte[] bytes) {
        try {
            return new Parsed(strict().build(new ByteArrayInputStream(bytes)), "", null);
        } catch (JDOMParseException e) {
            String position = e.getLineNumber() > 0
                    ? "line " + e.getLineNumber() + (e.getColumnNumber() > 0 ? ", column " + e.getColumnNumber() : "")
                    : "";
            return new Parsed(lenient(bytes), position, message(e));
        } catch (JDOMException | IOException e) {
            return new Parsed(lenient(bytes), "", message(e));
        }
    }

    private static Document lenient(byte[] bytes) {
        String text = TextDecoder.decode(bytes).text();
        if (text.indexOf('<') < 0) {
            return null;
        }
        try {
            return LenientXml.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static SAXBuilder strict() {
        // The JDK's own parser, never whatever JAXP finds first: an old Xerces on the classpath (CoreNLP brings one)
        // rejects the depth limit below, which failed every strict parse.
        SAXBuilder builder = new SAXBuilder(JDK_PARSER);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        // JDK 24+ set 100 by default; on 21 it is unlimited, and a hostile nesting would overflow the stack later.
        builder.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return builder;
    }

    private static String message(Exception e) {
        Throwable t = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }
}
