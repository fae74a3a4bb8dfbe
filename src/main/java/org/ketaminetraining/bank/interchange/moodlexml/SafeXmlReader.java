package org.ketaminetraining.bank.interchange.moodlexml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML into {@link XmlElement}s with the JDK's StAX parser, safe against external entities (XXE): DTD support
 * and external entities are switched off, and a DOCTYPE is refused before anything in it could be used.
 */
final class SafeXmlReader {
    /** Larger than any real question bank, small enough that reading it cannot exhaust memory. */
    static final int MAX_CHARACTERS = 20_000_000;
    /** Moodle's deepest nesting is about six; a deeper document is built to exhaust the stack of whoever walks it. */
    static final int MAX_DEPTH = 32;

    private SafeXmlReader() {
    }

    /** @throws XMLStreamException for malformed XML or a DOCTYPE, with the location where it was found */
    static XmlElement read(String xml) throws XMLStreamException {
        XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(xml));
        try {
            return readDocument(reader);
        } finally {
            reader.close();
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static final class Building {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Building(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        XmlElement build() {
            return new XmlElement(name, attributes, children, text.toString(), line);
        }
    }

    private static XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException {
        Deque<Building> open = new ArrayDeque<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DOCTYPE declarations are not allowed", reader.getLocation());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                int line = reader.getLocation().getLineNumber();
                if (open.size() >= MAX_DEPTH) {
                    throw new XMLStreamException("elements are nested more than " + MAX_DEPTH + " deep",
                            reader.getLocation());
                }
                open.push(new Building(reader.getLocalName(), attributes(reader), line));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (!open.isEmpty()) {
                    open.peek().text.append(reader.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                XmlElement done = open.pop().build();
                if (open.isEmpty()) {
                    return done;
                }
                open.peek().children.add(done);
            }
        }
        throw new XMLStreamException("the document has no root element");
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int index = 0; index < reader.getAttributeCount(); index++) {
            attributes.put(reader.getAttributeLocalName(index), reader.getAttributeValue(index));
        }
        return attributes;
    }
}
