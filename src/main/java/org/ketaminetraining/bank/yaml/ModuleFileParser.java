package org.ketaminetraining.bank.yaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.TagVocabulary;
import org.ketaminetraining.bank.validation.LocatedId;
import org.ketaminetraining.bank.validation.SourceLocation;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads a module file ({@code questions/<module-id>.yaml}) into a {@link ParsedModuleFile}. */
public final class ModuleFileParser {
    private static final List<String> ROOT_KEYS = List.of("format", "module", "questions");
    private static final List<String> MODULE_KEYS = List.of("id", "title", "description", "objectives");

    private final FileProblems problems;
    private final String expectedId;
    private final Optional<TagVocabulary> vocabulary;
    private final List<LocatedId> questionIds = new ArrayList<>();
    private final List<LocatedId> objectiveIds = new ArrayList<>();
    private OptionalInt questionCount = OptionalInt.empty();
    private SourceLocation moduleIdLocation;

    private ModuleFileParser(SourceFile file, String expectedId, Optional<TagVocabulary> vocabulary) {
        this.problems = new FileProblems(file);
        this.expectedId = expectedId;
        this.vocabulary = vocabulary;
        this.moduleIdLocation = SourceLocation.wholeFile(file.label());
    }

    /**
     * @param expectedId the module id the file name implies
     * @param vocabulary the bank's tags, or empty when tags.yaml is unusable (tags are then not checked)
     */
    public static ParsedModuleFile parse(SourceFile file, String expectedId, Optional<TagVocabulary> vocabulary) {
        return new ModuleFileParser(file, expectedId, vocabulary).parse();
    }

    private ParsedModuleFile parse() {
        Optional<BankModule> module = YamlDocumentReader.read(problems)
                .flatMap(root -> MappingReader.of(root, "", problems))
                .flatMap(this::root);
        return new ParsedModuleFile(expectedId, moduleIdLocation, problems.count() == 0 ? module : Optional.empty(),
                questionIds, objectiveIds, questionCount, problems.list());
    }

    private Optional<BankModule> root(MappingReader root) {
        root.allowOnly(ROOT_KEYS);
        FormatVersion.check(root);
        Optional<MappingReader> header = root.requiredMapping("module", "module");
        Optional<String> id = header.flatMap(this::moduleId);
        Optional<String> title = header.flatMap(h -> h.requiredText("title"));
        Optional<String> description = header.flatMap(h -> h.optionalText("description"));
        Optional<List<Objective>> objectives = header.flatMap(this::objectives);
        Optional<Set<String>> known = objectives.map(list -> objectiveSet(list));
        List<Question> questions = questions(root, known);
        if (id.isEmpty() || title.isEmpty() || objectives.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BankModule(id.get(), title.get(), description, objectives.get(), questions));
    }

    private Optional<String> moduleId(MappingReader header) {
        header.allowOnly(MODULE_KEYS);
        header.value("id").ifPresent(node -> moduleIdLocation = problems.locationOf(node));
        return BankFields.requiredId(header, "id").filter(id -> {
            if (id.equals(expectedId)) {
                return true;
            }
            header.reportValue("id", "id '" + id + "' must equal the file name without .yaml ('"
                    + expectedId + "')");
            return false;
        });
    }

    private Optional<List<Objective>> objectives(MappingReader header) {
        Optional<SequenceNode> list = header.requiredList("objectives");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().getValue().isEmpty()) {
            problems.at(list.get(), "module: needs at least one objective");
            return Optional.empty();
        }
        List<Objective> objectives = new ArrayList<>();
        int before = problems.count();
        int number = 0;
        for (Node item : list.get().getValue()) {
            number++;
            MappingReader.of(item, "module: objective " + number, problems).ifPresent(reader -> {
                reader.allowOnly(List.of("id", "text"));
                Optional<String> id = BankFields.requiredId(reader, "id");
                id.ifPresent(value -> objectiveIds.add(
                        new LocatedId(value, problems.locationOf(reader.value("id").orElseThrow()))));
                Optional<String> text = reader.requiredText("text");
                if (id.isPresent() && text.isPresent()) {
                    objectives.add(new Objective(id.get(), text.get()));
                }
            });
        }
        return problems.count() == before ? Optional.of(objectives) : Optional.empty();
    }

    private static Set<String> objectiveSet(List<Objective> objectives) {
        Set<String> ids = new LinkedHashSet<>();
        objectives.forEach(objective -> ids.add(objective.id()));
        return ids;
    }

    private List<Question> questions(MappingReader root, Optional<Set<String>> objectives) {
        List<Question> questions = new ArrayList<>();
        Optional<SequenceNode> list = root.requiredList("questions");
        QuestionParser parser = new QuestionParser(problems, expectedId, objectives, vocabulary);
        list.ifPresent(sequence -> questionCount = OptionalInt.of(sequence.getValue().size()));
        int number = 0;
        for (Node item : list.map(SequenceNode::getValue).orElse(List.of())) {
            number++;
            rememberId(item);
            parser.parse(item, number).ifPresent(questions::add);
        }
        return questions;
    }

    private void rememberId(Node item) {
        MappingReader.peekScalar(item, "id").filter(value -> BankFields.ID.matcher(value.getValue()).matches())
                .ifPresent(value -> questionIds.add(new LocatedId(value.getValue(), problems.locationOf(value))));
    }
}
