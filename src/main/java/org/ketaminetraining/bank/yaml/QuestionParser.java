package org.ketaminetraining.bank.yaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.TagVocabulary;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads one entry of a module's {@code questions} list. */
final class QuestionParser {
    static final List<String> COMMON_KEYS = List.of("id", "type", "objective", "tags", "difficulty",
            "expected_seconds", "stem", "explanation", "references");
    static final int MAX_EXPECTED_SECONDS = 3600;

    private final FileProblems problems;
    private final String moduleId;
    private final Optional<Set<String>> objectiveIds;
    private final Optional<TagVocabulary> vocabulary;

    /**
     * @param objectiveIds the module's objectives, or empty if they could not be read (then objective references
     *     are not checked, to avoid a second wave of messages with the same cause)
     * @param vocabulary the tags from tags.yaml, or empty if that file is missing
     */
    QuestionParser(FileProblems problems, String moduleId, Optional<Set<String>> objectiveIds,
            Optional<TagVocabulary> vocabulary) {
        this.problems = problems;
        this.moduleId = moduleId;
        this.objectiveIds = objectiveIds;
        this.vocabulary = vocabulary;
    }

    /** @param number 1-based position in the list, used to name a question that has no usable id */
    Optional<Question> parse(Node item, int number) {
        String context = rawId(item).map(id -> "question '" + id + "'").orElse("question " + number);
        Optional<MappingReader> found = MappingReader.of(item, context, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MappingReader reader = found.get();
        int before = problems.count();
        Optional<QuestionType> type = type(reader);
        checkKeys(reader, type);
        Optional<String> id = BankFields.requiredId(reader, "id");
        Optional<String> objective = objective(reader);
        List<String> tags = tags(reader);
        Optional<Difficulty> difficulty = difficulty(reader);
        Optional<Integer> seconds = reader.optionalWholeNumber("expected_seconds", 1, MAX_EXPECTED_SECONDS);
        Optional<String> stem = BankFields.requiredMarkdown(reader, "stem");
        Optional<AnswerSpec> answer = type.flatMap(t -> AnswerSpecParser.parse(t, reader));
        Optional<String> explanation = BankFields.requiredMarkdown(reader, "explanation");
        Optional<List<Reference>> references = ReferenceParser.parse(reader);
        if (problems.count() != before) {
            return Optional.empty();
        }
        return Optional.of(new Question(id.orElseThrow(), objective.orElseThrow(), tags, difficulty,
                seconds.map(OptionalInt::of).orElse(OptionalInt.empty()), stem.orElseThrow(), answer.orElseThrow(),
                explanation.orElseThrow(), references.orElseThrow()));
    }

    /** The id as written, valid or not, so every message about this question can name it. */
    static Optional<String> rawId(Node item) {
        return MappingReader.peekScalar(item, "id").map(value -> NodeDescription.shorten(value.getValue()));
    }

    private Optional<QuestionType> type(MappingReader reader) {
        return reader.requiredText("type").flatMap(name -> {
            Optional<QuestionType> type = QuestionType.fromYamlName(name);
            if (type.isEmpty()) {
                reader.reportValue("type", "'type' must be one of " + String.join(", ", QuestionType.yamlNames())
                        + ", found '" + NodeDescription.shorten(name) + "'");
            }
            return type;
        });
    }

    /** Common keys plus the answer keys of this type; answer keys of other types get a specific message. */
    private static void checkKeys(MappingReader reader, Optional<QuestionType> type) {
        Set<String> allowed = new LinkedHashSet<>(COMMON_KEYS);
        if (type.isEmpty()) {
            allowed.addAll(AnswerSpecParser.allAnswerKeys());
            reader.allowOnly(allowed);
            return;
        }
        List<String> own = AnswerSpecParser.keysFor(type.get());
        allowed.addAll(own);
        reader.allowOnly(allowed, key -> AnswerSpecParser.allAnswerKeys().contains(key)
                ? Optional.of("'" + key + "' is not used by " + type.get().yamlName() + " questions ("
                        + type.get().yamlName() + " takes " + String.join(", ", own) + ")")
                : Optional.empty());
    }

    private Optional<String> objective(MappingReader reader) {
        return BankFields.requiredId(reader, "objective").filter(objective -> {
            if (objectiveIds.isEmpty() || objectiveIds.get().contains(objective)) {
                return true;
            }
            reader.reportValue("objective", "unknown objective '" + objective + "'; module '" + moduleId
                    + "' has " + String.join(", ", objectiveIds.get()));
            return false;
        });
    }

    private List<String> tags(MappingReader reader) {
        Optional<SequenceNode> list = reader.optionalList("tags");
        List<String> tags = new ArrayList<>();
        for (Node node : list.map(SequenceNode::getValue).orElse(List.of())) {
            BankFields.id(reader, node, "tag").ifPresent(tag -> {
                if (tags.contains(tag)) {
                    problems.at(node, reader.prefix() + "tag '" + tag + "' is listed twice");
                } else if (vocabulary.isPresent() && !vocabulary.get().contains(tag)) {
                    problems.at(node, reader.prefix() + "unknown tag '" + tag + "' (not in tags.yaml)"
                            + KeySuggestion.closest(tag, vocabulary.get().ids())
                                    .map(best -> "; did you mean '" + best + "'?").orElse(""));
                } else {
                    tags.add(tag);
                }
            });
        }
        return tags;
    }

    private static Optional<Difficulty> difficulty(MappingReader reader) {
        return reader.optionalText("difficulty").flatMap(name -> {
            Optional<Difficulty> difficulty = Difficulty.fromYamlName(name);
            if (difficulty.isEmpty()) {
                reader.reportValue("difficulty", "'difficulty' must be one of "
                        + String.join(", ", Difficulty.yamlNames())
                        + ", found '" + NodeDescription.shorten(name) + "'");
            }
            return difficulty;
        });
    }
}
