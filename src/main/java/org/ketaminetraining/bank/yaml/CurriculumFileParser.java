package org.ketaminetraining.bank.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.validation.LocatedId;
import org.ketaminetraining.bank.validation.Problem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads questions/curriculum.yaml into a {@link Curriculum} with every default applied. */
public final class CurriculumFileParser {
    private static final List<String> ROOT_KEYS = List.of("format", "version", "programmes");

    /**
     * The curriculum is present only when the file has no problems; the version and the programme ids are kept with
     * their places either way, so that a check across files (an overlay against the main curriculum) still runs.
     */
    public record Result(Optional<Curriculum> curriculum, List<Problem> problems, Optional<LocatedId> version,
            List<LocatedId> programmeIds) {
        public Result {
            Objects.requireNonNull(curriculum, "curriculum");
            problems = List.copyOf(problems);
            Objects.requireNonNull(version, "version");
            programmeIds = List.copyOf(programmeIds);
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
        Optional<Node> document = YamlDocumentReader.read(problems);
        Optional<Curriculum> curriculum = document
                .flatMap(root -> MappingReader.of(root, "", problems))
                .flatMap(root -> readRoot(root, new ProgrammeParser(questionCountByModule)));
        Optional<LocatedId> version = document.flatMap(root -> MappingReader.peekScalar(root, "version"))
                .map(node -> new LocatedId(node.getValue(), problems.locationOf(node)));
        List<LocatedId> programmeIds = document.map(root -> programmeIds(root, problems)).orElse(List.of());
        return new Result(problems.count() == 0 ? curriculum : Optional.empty(), problems.list(), version,
                programmeIds);
    }

    /** The ids the programmes give, as written, read without reporting anything. */
    private static List<LocatedId> programmeIds(Node root, FileProblems problems) {
        if (!(root instanceof MappingNode mapping)) {
            return List.of();
        }
        return mapping.getValue().stream()
                .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("programmes"))
                .filter(tuple -> tuple.getValueNode() instanceof SequenceNode)
                .flatMap(tuple -> ((SequenceNode) tuple.getValueNode()).getValue().stream())
                .flatMap(item -> MappingReader.peekScalar(item, "id").stream())
                .map(id -> new LocatedId(id.getValue(), problems.locationOf(id)))
                .toList();
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
