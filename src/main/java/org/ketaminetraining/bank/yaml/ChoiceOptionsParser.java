package org.ketaminetraining.bank.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.bank.model.AnswerText;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.SingleChoice;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the {@code options} of single-choice and multiple-response questions and checks the correct count. */
final class ChoiceOptionsParser {
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 8;
    private static final List<String> OPTION_KEYS = List.of("text", "correct", "feedback");

    private ChoiceOptionsParser() {
    }

    static Optional<SingleChoice> singleChoice(MappingReader question) {
        return options(question, "single_choice").flatMap(parsed -> {
            long correct = parsed.options.stream().filter(ChoiceOption::correct).count();
            if (correct != 1) {
                question.problems().at(parsed.node, question.prefix()
                        + "single_choice needs exactly one correct option, found " + (correct == 0 ? "none" : correct));
                return Optional.empty();
            }
            return Optional.of(new SingleChoice(parsed.options));
        });
    }

    static Optional<MultipleResponse> multipleResponse(MappingReader question) {
        return options(question, "multiple_response").flatMap(parsed -> {
            if (parsed.options.stream().noneMatch(ChoiceOption::correct)) {
                question.problems().at(parsed.node, question.prefix()
                        + "multiple_response needs at least one correct option, found none");
                return Optional.empty();
            }
            return Optional.of(new MultipleResponse(parsed.options));
        });
    }

    private record ParsedOptions(SequenceNode node, List<ChoiceOption> options) {
    }

    /** Empty unless every option is usable, so that the correct-count message is never based on half a list. */
    private static Optional<ParsedOptions> options(MappingReader question, String typeName) {
        Optional<SequenceNode> list = question.requiredList("options");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        SequenceNode node = list.get();
        int size = node.getValue().size();
        boolean usable = true;
        if (size < MIN_OPTIONS || size > MAX_OPTIONS) {
            question.problems().at(node, question.prefix() + typeName + " needs " + MIN_OPTIONS + " to "
                    + MAX_OPTIONS + " options, found " + size);
            usable = false;
        }
        List<ChoiceOption> options = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int index = 0; index < size; index++) {
            Optional<ChoiceOption> option = option(question, node.getValue().get(index), index + 1, seen);
            option.ifPresent(options::add);
            usable &= option.isPresent();
        }
        return usable ? Optional.of(new ParsedOptions(node, options)) : Optional.empty();
    }

    private static Optional<ChoiceOption> option(
            MappingReader question, Node item, int number, Map<String, Integer> seen) {
        String context = question.context() + ", option " + number;
        Optional<MappingReader> found = MappingReader.of(item, context, question.problems());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MappingReader reader = found.get();
        int before = question.problems().count();
        reader.allowOnly(OPTION_KEYS);
        Optional<String> text = BankFields.requiredMarkdown(reader, "text");
        boolean correct = reader.optionalBoolean("correct").orElse(false);
        Optional<String> feedback = BankFields.optionalMarkdown(reader, "feedback");
        text.ifPresent(t -> {
            Integer earlier = seen.putIfAbsent(AnswerText.normalise(t), number);
            if (earlier != null) {
                reader.reportValue("text", "repeats the text of option " + earlier);
            }
        });
        if (text.isEmpty() || question.problems().count() != before) {
            return Optional.empty();
        }
        return Optional.of(new ChoiceOption(text.get(), correct, feedback));
    }
}
