package org.ketaminetraining.bank.yaml;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ketaminetraining.bank.model.Reference;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the {@code references} of a question: at least one, each with a title and a url or a citation. */
final class ReferenceParser {
    private static final List<String> KEYS = List.of("title", "url", "citation");

    private ReferenceParser() {
    }

    static Optional<List<Reference>> parse(MappingReader question) {
        Optional<SequenceNode> list = question.requiredList("references");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().getValue().isEmpty()) {
            question.problems().at(list.get(), question.prefix() + "needs at least one reference");
            return Optional.empty();
        }
        List<Reference> references = new ArrayList<>();
        boolean usable = true;
        for (int index = 0; index < list.get().getValue().size(); index++) {
            Optional<Reference> reference = reference(question, list.get().getValue().get(index), index + 1);
            usable &= reference.isPresent();
            reference.ifPresent(references::add);
        }
        return usable ? Optional.of(references) : Optional.empty();
    }

    private static Optional<Reference> reference(MappingReader question, Node node, int number) {
        String context = question.context() + ", reference " + number;
        Optional<MappingReader> found = MappingReader.of(node, context, question.problems());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MappingReader reader = found.get();
        int before = reader.problems().count();
        reader.allowOnly(KEYS);
        Optional<String> title = reader.requiredText("title");
        Optional<String> url = reader.optionalText("url").filter(value -> isWebAddress(reader, value));
        Optional<String> citation = reader.optionalText("citation");
        if (!reader.has("url") && !reader.has("citation")) {
            reader.problems().at(reader.node(), reader.prefix() + "needs a 'url' or a 'citation' (or both)");
        }
        if (title.isEmpty() || reader.problems().count() != before) {
            return Optional.empty();
        }
        return Optional.of(new Reference(title.get(), url, citation));
    }

    private static boolean isWebAddress(MappingReader reader, String value) {
        if (isHttpUrl(value)) {
            return true;
        }
        reader.reportValue("url", "'url' must be a web address starting with https:// or http://, found '"
                + NodeDescription.shorten(value) + "'");
        return false;
    }

    static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
