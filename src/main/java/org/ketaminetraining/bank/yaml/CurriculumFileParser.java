package org.ketaminetraining.bank.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.validation.Problem;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads questions/curriculum.yaml into a {@link Curriculum} with every default applied. */
public final class CurriculumFileParser {
    private static final List<String> ROOT_KEYS = List.of("format", "version", "programmes");

    /** The curriculum is present only when the file has no problems. */
    public record Result(Optional<Curriculum> curriculum, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private CurriculumFileParser() {
    }

    /**
     * @param questionCountByModule every module that has a file, with its number of questions (empty when the file
     *     was too broken to count them)
     */
    public static Result parse(SourceFile file, Map<String, OptionalInt> questionCountByModule) {
        FileProblems problems = new FileProblems(file);
        Optional<Curriculum> curriculum = YamlDocumentReader.read(problems)
                .flatMap(root -> MappingReader.of(root, "", problems))
                .flatMap(root -> readRoot(root, new ProgrammeParser(questionCountByModule)));
        return new Result(problems.count() == 0 ? curriculum : Optional.empty(), problems.list());
    }

    private static Optional<Curriculum> readRoot(MappingReader root, ProgrammeParser parser) {
        root.allowOnly(ROOT_KEYS);
        FormatVersion.check(root);
        Optional<String> version = root.requiredText("version");
        Optional<SequenceNode> list = root.requiredList("programmes");
        if (list.isPresent() && list.get().getValue().isEmpty()) {
            root.problems().at(list.get(), "needs at least one programme");
        }
        List<Programme> programmes = new ArrayList<>();
        Map<String, Integer> seenAtLine = new HashMap<>();
        int number = 0;
        for (Node item : list.map(SequenceNode::getValue).orElse(List.of())) {
            number++;
            String context = MappingReader.peekScalar(item, "id")
                    .map(id -> "programme '" + NodeDescription.shorten(id.getValue()) + "'")
                    .orElse("programme " + number);
            MappingReader.of(item, context, root.problems()).ifPresent(reader -> {
                checkUnique(reader, seenAtLine);
                parser.parse(reader).ifPresent(programmes::add);
            });
        }
        return version.map(v -> new Curriculum(v, programmes));
    }

    private static void checkUnique(MappingReader reader, Map<String, Integer> seenAtLine) {
        reader.value("id").ifPresent(idNode -> {
            String id = MappingReader.peekScalar(reader.node(), "id").map(n -> n.getValue()).orElse("");
            int line = reader.problems().locationOf(idNode).line();
            Integer earlier = seenAtLine.putIfAbsent(id, line);
            if (earlier != null) {
                reader.reportValue("id", "programme id '" + id + "' is used twice (first at line " + earlier + ")");
            }
        });
    }
}
