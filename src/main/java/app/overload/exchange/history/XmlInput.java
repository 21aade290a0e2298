package app.overload.exchange.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that cannot be turned against the user: no DTDs, no external entities, no entity expansion. A
 * GPX file from the internet that declares {@code <!ENTITY x SYSTEM "file:///...">} is refused, not followed. The
 * text comes through {@link TextInput}, so a byte-order mark and the declared encoding are honoured.
 */
final class XmlInput {

    private static final XMLInputFactory FACTORY = factory();
    private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z0-9_:.-]{1,40})\"");
    private static final Pattern ELEMENT = Pattern.compile("element type +\"([A-Za-z0-9_:.-]{1,40})\"");
    private static final Pattern ATTRIBUTE = Pattern.compile("[Aa]ttribute (?:name )?\"([A-Za-z0-9_:.-]{1,40})\"");

    private XmlInput() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // errors surface as exceptions we turn into problems; the default reporter would also print them to stderr
        f.setXMLReporter((message, type, info, location) -> { });
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External references are not followed: " + systemId);
        });
        return f;
    }

    static XMLStreamReader open(Reader text) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(text);
    }

    /** The text of the current element, stripped; empty for an element with child elements it cannot read. */
    static String text(XMLStreamReader reader) throws XMLStreamException {
        return reader.getElementText().strip();
    }

    /** What a format reader does with the elements a walk meets. */
    interface Elements {
        void start(XMLStreamReader reader) throws XMLStreamException;

        void end(String name);

        /** The line the reader is on, before each event: for problems that name their place. */
        default void at(long line) {
        }
    }

    /**
     * How far a walk got: whether the root element was met and, when the file broke off, why and on which line.
     *
     * @param failure  null when the file was read to its end
     * @param decoding how the bytes became text, for its note; null when the file could not be opened
     */
    record Walk(boolean sawRoot, Exception failure, long line, TextInput.Decoding decoding) {
        boolean failed() {
            return failure != null;
        }
    }

    /** Reads the whole document, handing each element to {@code elements}; never throws for a bad file. */
    static Walk walk(InputStream in, String root, Elements elements) {
        boolean sawRoot = false;
        long line = 0;
        TextInput.Decoding decoding = null;
        try {
            decoding = TextInput.open(in, true);
            XMLStreamReader reader = open(decoding);
            while (reader.hasNext()) {
                int event = reader.next();
                line = reader.getLocation().getLineNumber();
                elements.at(line);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    sawRoot |= reader.getLocalName().equals(root);
                    elements.start(reader);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    elements.end(reader.getLocalName());
                }
            }
            return new Walk(sawRoot, null, line, decoding);
        } catch (XMLStreamException | IOException | RuntimeException e) {
            return new Walk(sawRoot, e, line, decoding);
        }
    }

    /**
     * What is wrong with a file the XML reader stopped on, as a clause a person can act on ("the <trkpt> element is
     * never closed, on line 12"), never the parser's own message.
     */
    static String plainWords(Exception e, boolean withLine) {
        if (e instanceof TextInput.Undecodable) {
            return e.getMessage();
        }
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        Matcher named = ELEMENT.matcher(message);
        Matcher quoted = QUOTED.matcher(message);
        String element = named.find() ? "<" + named.group(1) + ">" : quoted.find() ? "<" + quoted.group(1) + ">"
                : "an";
        Matcher attribute = ATTRIBUTE.matcher(message);
        String what;
        if (lower.contains("matching end-tag") || lower.contains("must end with")) {
            what = "the " + element + " element is never closed";
        } else if (lower.contains("same entity") || lower.contains("premature end") || lower.contains("eof")) {
            what = "it ends in the middle, as a file cut off while being copied does";
        } else if (lower.contains("prolog")) {
            what = "there is something other than XML before its first element";
        } else if (lower.contains("trailing section") || lower.contains("following the root element")) {
            what = "there is more after the end of its XML";
        } else if (lower.contains("invalid xml character")) {
            what = "it holds a character XML does not allow, such as a control character";
        } else if (lower.contains("entity") || lower.contains("doctype") || lower.contains("external")) {
            what = "it declares or uses entities, which Overload does not read, so a file cannot make it read"
                    + " others";
        } else if (lower.contains("attribute") || lower.contains("quote")) {
            what = (attribute.find() ? "the \"" + attribute.group(1) + "\" attribute of " : "an attribute of ")
                    + ("an".equals(element) ? "an element" : "the " + element + " element") + " is malformed";
        } else {
            what = "it is not well-formed XML";
        }
        if (withLine && e instanceof XMLStreamException x && x.getLocation() != null
                && x.getLocation().getLineNumber() > 0) {
            return what + ", on line " + x.getLocation().getLineNumber();
        }
        return what;
    }
}
