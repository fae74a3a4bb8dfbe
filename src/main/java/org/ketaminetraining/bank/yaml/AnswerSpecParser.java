package org.ketaminetraining.bank.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.AnswerText;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.TrueFalse;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the type-specific answer keys of a question ("exactly these keys, nothing else" in the spec). */
final class AnswerSpecParser {
    static final int MIN_ENTRIES = 3;
    static final int MAX_ENTRIES = 8;
    private static final Map<QuestionType, List<String>> KEYS = new EnumMap<>(Map.of(
            QuestionType.SINGLE_CHOICE, List.of("options"),
            QuestionType.MULTIPLE_RESPONSE, List.of("options"),
            QuestionType.TRUE_FALSE, List.of("answer", "feedback_true", "feedback_false"),
            QuestionType.NUMERIC, List.of("answer", "tolerance", "unit"),
            QuestionType.ORDERING, List.of("items"),
            QuestionType.MATCHING, List.of("pairs"),
            QuestionType.SHORT_TEXT, List.of("accepted")));

    private AnswerSpecParser() {
    }

    static List<String> keysFor(QuestionType type) {
        return KEYS.get(type);
    }

    static Set<String> allAnswerKeys() {
        Set<String> all = new LinkedHashSet<>();
        KEYS.values().forEach(all::addAll);
        return all;
    }

    static Optional<AnswerSpec> parse(QuestionType type, MappingReader question) {
        return switch (type) {
            case SINGLE_CHOICE -> ChoiceOptionsParser.singleChoice(question).map(AnswerSpec.class::cast);
            case MULTIPLE_RESPONSE -> ChoiceOptionsParser.multipleResponse(question).map(AnswerSpec.class::cast);
            case TRUE_FALSE -> trueFalse(question);
            case NUMERIC -> numeric(question);
            case ORDERING -> ordering(question);
            case MATCHING -> matching(question);
            case SHORT_TEXT -> shortText(question);
        };
    }

    private static Optional<AnswerSpec> trueFalse(MappingReader question) {
        Optional<Boolean> answer = question.requiredBoolean("answer");
        Optional<String> feedbackTrue = BankFields.optionalMarkdown(question, "feedback_true");
        Optional<String> feedbackFalse = BankFields.optionalMarkdown(question, "feedback_false");
        return answer.map(value -> new TrueFalse(value, feedbackTrue, feedbackFalse));
    }

    private static Optional<AnswerSpec> numeric(MappingReader question) {
        Optional<BigDecimal> answer = question.requiredNumber("answer");
        Optional<BigDecimal> tolerance = question.required("tolerance", " (0 for an exact answer)")
                .flatMap(node -> question.requiredNumber("tolerance"));
        Optional<String> unit = question.requiredText("unit", " (for example mg, mL, mg/kg or minutes)");
        if (tolerance.isPresent() && tolerance.get().signum() < 0) {
            question.reportValue("tolerance",
                    "'tolerance' must be 0 or more, found " + tolerance.get().toPlainString());
            return Optional.empty();
        }
        if (answer.isEmpty() || tolerance.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NumericAnswer(answer.get(), tolerance.get(), unit.get()));
    }

    private static Optional<AnswerSpec> ordering(MappingReader question) {
        return entries(question, "items", "ordering").flatMap(list -> {
            List<String> items = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean usable = true;
            for (int index = 0; index < list.getValue().size(); index++) {
                Node node = list.getValue().get(index);
                String what = "item " + (index + 1);
                Optional<String> item = BankFields.markdown(question, node, what);
                usable &= item.isPresent() && unique(question, node, item.get(), seen, index + 1, what, "item");
                item.ifPresent(items::add);
            }
            return usable ? Optional.of(new Ordering(items)) : Optional.empty();
        });
    }

    private static Optional<AnswerSpec> matching(MappingReader question) {
        return entries(question, "pairs", "matching").flatMap(list -> {
            List<MatchPair> pairs = new ArrayList<>();
            Map<String, Integer> lefts = new HashMap<>();
            Map<String, Integer> rights = new HashMap<>();
            boolean usable = true;
            for (int index = 0; index < list.getValue().size(); index++) {
                Optional<MatchPair> pair = pair(question, list.getValue().get(index), index + 1, lefts, rights);
                usable &= pair.isPresent();
                pair.ifPresent(pairs::add);
            }
            return usable ? Optional.of(new Matching(pairs)) : Optional.empty();
        });
    }

    private static Optional<MatchPair> pair(MappingReader question, Node node, int number,
            Map<String, Integer> lefts, Map<String, Integer> rights) {
        String context = question.context() + ", pair " + number;
        Optional<MappingReader> found = MappingReader.of(node, context, question.problems());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MappingReader reader = found.get();
        reader.allowOnly(List.of("left", "right"));
        Optional<String> left = BankFields.requiredMarkdown(reader, "left");
        Optional<String> right = BankFields.requiredMarkdown(reader, "right");
        boolean leftUnique = left.isPresent()
                && unique(reader, reader.value("left").orElseThrow(), left.get(), lefts, number, "'left'", "pair");
        boolean rightUnique = right.isPresent()
                && unique(reader, reader.value("right").orElseThrow(), right.get(), rights, number, "'right'", "pair");
        return leftUnique && rightUnique ? Optional.of(new MatchPair(left.get(), right.get())) : Optional.empty();
    }

    private static Optional<AnswerSpec> shortText(MappingReader question) {
        Optional<SequenceNode> list = question.requiredList("accepted");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().getValue().isEmpty()) {
            question.problems().at(list.get(), question.prefix() + "short_text needs at least one accepted answer");
            return Optional.empty();
        }
        List<String> accepted = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean usable = true;
        for (int index = 0; index < list.get().getValue().size(); index++) {
            Node node = list.get().getValue().get(index);
            String what = "accepted answer " + (index + 1);
            Optional<String> answer = question.text(node, what);
            usable &= answer.isPresent()
                    && unique(question, node, answer.get(), seen, index + 1, what, "accepted answer");
            answer.ifPresent(accepted::add);
        }
        return usable ? Optional.of(new ShortText(accepted)) : Optional.empty();
    }

    /** The list under {@code key} if it has 3 to 8 entries; otherwise reports the count. */
    private static Optional<SequenceNode> entries(MappingReader question, String key, String typeName) {
        return question.requiredList(key).filter(list -> {
            int size = list.getValue().size();
            if (size >= MIN_ENTRIES && size <= MAX_ENTRIES) {
                return true;
            }
            question.problems().at(list, question.prefix() + typeName + " needs " + MIN_ENTRIES + " to "
                    + MAX_ENTRIES + " " + key + ", found " + size);
            return false;
        });
    }

    /**
     * Reports an entry equal to an earlier one once case and spacing are ignored, because the learner could not
     * tell them apart either.
     */
    private static boolean unique(MappingReader reader, Node node, String text, Map<String, Integer> seen,
            int number, String what, String earlierName) {
        Integer earlier = seen.putIfAbsent(AnswerText.normalise(text), number);
        if (earlier == null) {
            return true;
        }
        reader.problems().at(node, reader.prefix() + what + " repeats " + earlierName + " " + earlier);
        return false;
    }
}
