package org.ketaminetraining.bank.interchange.moodlexml;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed XML element with the line it started on, small enough to walk Moodle's question tree with. */
record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text, int line) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    /** The text of a child element, e.g. {@code childText("idnumber")}. */
    Optional<String> childText(String childName) {
        return child(childName).map(XmlElement::text);
    }

    /** The text of {@code <childName><text>...</text></childName>}, Moodle's usual wrapping. */
    Optional<String> wrappedText(String childName) {
        return child(childName).flatMap(c -> c.childText("text"));
    }
}
