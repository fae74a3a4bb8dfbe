package org.ketaminetraining.bank.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.model.Tag;
import org.ketaminetraining.bank.model.TagVocabulary;
import org.ketaminetraining.bank.validation.Problem;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads questions/tags.yaml, the closed vocabulary of tags. */
public final class TagsFileParser {
    private static final List<String> ROOT_KEYS = List.of("format", "tags");
    private static final List<String> TAG_KEYS = List.of("id", "description");

    /**
     * @param vocabulary every well-formed tag, even when the file has problems, so that module files can still be
     *     checked against it
     * @param valid whether the file had no problems at all
     */
    public record Result(TagVocabulary vocabulary, boolean valid, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private TagsFileParser() {
    }

    public static Result parse(SourceFile file) {
        FileProblems problems = new FileProblems(file);
        List<Tag> tags = new ArrayList<>();
        YamlDocumentReader.read(problems)
                .flatMap(root -> MappingReader.of(root, "", problems))
                .ifPresent(root -> readRoot(root, tags));
        return new Result(new TagVocabulary(tags), problems.count() == 0, problems.list());
    }

    private static void readRoot(MappingReader root, List<Tag> tags) {
        root.allowOnly(ROOT_KEYS);
        FormatVersion.check(root);
        Optional<SequenceNode> list = root.requiredList("tags");
        Map<String, Integer> seenAtLine = new HashMap<>();
        int number = 0;
        for (Node item : list.map(SequenceNode::getValue).orElse(List.of())) {
            number++;
            String context = MappingReader.peekScalar(item, "id")
                    .map(id -> "tag '" + NodeDescription.shorten(id.getValue()) + "'")
                    .orElse("tag " + number);
            MappingReader.of(item, context, root.problems()).ifPresent(reader -> readTag(reader, tags, seenAtLine));
        }
    }

    private static void readTag(MappingReader reader, List<Tag> tags, Map<String, Integer> seenAtLine) {
        reader.allowOnly(TAG_KEYS);
        Optional<String> id = BankFields.requiredId(reader, "id");
        Optional<String> description = reader.requiredText("description");
        if (id.isEmpty()) {
            return;
        }
        int line = reader.problems().locationOf(reader.value("id").orElseThrow()).line();
        Integer earlier = seenAtLine.putIfAbsent(id.get(), line);
        if (earlier != null) {
            reader.reportValue("id", "tag '" + id.get() + "' is defined twice (first at line " + earlier + ")");
        } else if (description.isPresent()) {
            tags.add(new Tag(id.get(), description.get()));
        }
    }
}
