package app.overload.exchange.history;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that cannot be turned against the user: no DTDs, no external entities, no entity expansion. A
 * GPX file from the internet that declares {@code <!ENTITY x SYSTEM "file:///...">} is refused, not followed.
 */
final class XmlInput {

    private static final XMLInputFactory FACTORY = factory();

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

    /**
     * Decodes as UTF-8 (what GPX and TCX writers use) with bad bytes replaced, so one damaged byte costs a
     * character rather than the file, and the JDK parser does not print its own error for it.
     */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new InputStreamReader(in, StandardCharsets.UTF_8));
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
     * @param failure null when the file was read to its end
     */
    record Walk(boolean sawRoot, Exception failure, long line) {
        boolean failed() {
            return failure != null;
        }
    }

    /** Reads the whole document, handing each element to {@code elements}; never throws for a bad file. */
    static Walk walk(InputStream in, String root, Elements elements) {
        boolean sawRoot = false;
        long line = 0;
        try {
            XMLStreamReader reader = open(in);
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
            return new Walk(sawRoot, null, line);
        } catch (XMLStreamException | RuntimeException e) {
            return new Walk(sawRoot, e, line);
        }
    }
}
