package org.ketaminetraining.bank.interchange.moodlexml;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin indenting wrapper over StAX's writer, which escapes text and attributes for us. */
final class XmlOut {
    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter writer;
    private int depth;
    private boolean lastWasStart;

    XmlOut() {
        try {
            writer = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            writer.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer is unavailable", e);
        }
    }

    XmlOut start(String name, String... attributeNamesAndValues) {
        run(() -> {
            newline();
            writer.writeStartElement(name);
            for (int index = 0; index + 1 < attributeNamesAndValues.length; index += 2) {
                writer.writeAttribute(attributeNamesAndValues[index], attributeNamesAndValues[index + 1]);
            }
        });
        depth++;
        lastWasStart = true;
        return this;
    }

    XmlOut end() {
        depth--;
        run(() -> {
            if (!lastWasStart) {
                newline();
            }
            writer.writeEndElement();
        });
        lastWasStart = false;
        return this;
    }

    /** {@code <name>text</name>} on one line. */
    XmlOut element(String name, String text, String... attributes) {
        start(name, attributes);
        run(() -> writer.writeCharacters(text));
        depth--;
        run(writer::writeEndElement);
        lastWasStart = false;
        return this;
    }

    /** Moodle's {@code <name format="...">&lt;text>...&lt;/text></name>}. */
    XmlOut formatted(String name, String format, String text) {
        return start(name, "format", format).element("text", text).end();
    }

    String finish() {
        run(() -> {
            writer.writeEndDocument();
            writer.flush();
        });
        return buffer + "\n";
    }

    private void newline() throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private void run(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory failed", e);
        }
    }
}
