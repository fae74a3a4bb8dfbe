package org.ketaminetraining.bank.yaml;

import java.util.List;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TagVocabulary;
import org.ketaminetraining.bank.model.TrueFalse;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Writes the model back as bank YAML with a stable key order (the order of the format spec), so that a web editor
 * saving an unchanged question produces no diff beyond comments and layout. Reading what this writes gives back an
 * equal model. Comments in the original file are not preserved.
 */
public final class BankYamlWriter {
    /** Where a module file in the bank folder finds the module schema (the first line's hint). */
    public static final String MODULE_SCHEMA_PATH = "schema/module.schema.json";
    /** Where a module file of an overlay folder inside the bank (questions/demo) finds it. */
    public static final String OVERLAY_MODULE_SCHEMA_PATH = "../schema/module.schema.json";
    static final String MODULE_SCHEMA = "# yaml-language-server: $schema=" + MODULE_SCHEMA_PATH;
    static final String TAGS_SCHEMA = "# yaml-language-server: $schema=schema/tags.schema.json";
    static final String CURRICULUM_SCHEMA = "# yaml-language-server: $schema=schema/curriculum.schema.json";

    private BankYamlWriter() {
    }

    /** A module file of the bank folder. */
    public static String writeModule(BankModule module) {
        return writeModule(module, MODULE_SCHEMA_PATH);
    }

    /**
     * A module file whose schema hint names {@code schemaPath}, relative to the file: {@link #MODULE_SCHEMA_PATH}
     * in the bank folder, {@link #OVERLAY_MODULE_SCHEMA_PATH} in an overlay folder such as questions/demo.
     */
    public static String writeModule(BankModule module, String schemaPath) {
        if (schemaPath.isBlank() || schemaPath.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("schema path must be one line: " + schemaPath);
        }
        return blankLineBetweenQuestions(
                YamlNodes.print("# yaml-language-server: $schema=" + schemaPath, moduleNode(module)));
    }

    /**
     * Separates the entries of the top-level {@code questions} list by one blank line, as the shipped files do, so
     * that each question reads as a paragraph and a diff never joins two. Only a line starting with exactly two
     * spaces and a dash is such an entry: everything inside a question is indented at least four spaces, the text
     * of a multi-line scalar included.
     */
    private static String blankLineBetweenQuestions(String yaml) {
        int questions = yaml.indexOf("\nquestions:\n");
        if (questions < 0) {
            return yaml;
        }
        int firstEntry = questions + "\nquestions:\n".length();
        StringBuilder out = new StringBuilder(yaml.length() + 1024).append(yaml, 0, firstEntry);
        String body = yaml.substring(firstEntry);
        out.append(body.replace("\n  - ", "\n\n  - "));
        return out.toString();
    }

    /**
     * The same module as one line of flow YAML (which is also JSON): what a stored revision keeps, written several
     * times faster than the block layout. Read it back with the same parser as a bank file.
     */
    public static String writeModuleCompact(BankModule module) {
        return YamlNodes.printFlow(moduleNode(module));
    }

    private static Node moduleNode(BankModule module) {
        YamlNodes.MapBuilder header = YamlNodes.map().text("id", module.id()).text("title", module.title())
                .optionalText("description", module.description())
                .put("objectives",
                        YamlNodes.list(module.objectives().stream().map(BankYamlWriter::objective).toList()));
        return YamlNodes.map().integer("format", FormatVersion.CURRENT).put("module", header.build())
                .put("questions", YamlNodes.list(module.questions().stream().map(BankYamlWriter::question).toList()))
                .build();
    }

    public static String writeTags(TagVocabulary vocabulary) {
        List<Node> tags = vocabulary.tags().stream()
                .<Node>map(tag -> YamlNodes.map().text("id", tag.id()).text("description", tag.description()).build())
                .toList();
        return YamlNodes.print(TAGS_SCHEMA,
                YamlNodes.map().integer("format", FormatVersion.CURRENT).put("tags", YamlNodes.list(tags)).build());
    }

    public static String writeCurriculum(Curriculum curriculum) {
        List<Node> programmes = curriculum.programmes().stream().<Node>map(BankYamlWriter::programme).toList();
        return YamlNodes.print(CURRICULUM_SCHEMA, YamlNodes.map().integer("format", FormatVersion.CURRENT)
                .text("version", curriculum.version()).put("programmes", YamlNodes.list(programmes)).build());
    }

    private static Node objective(Objective objective) {
        return YamlNodes.map().text("id", objective.id()).text("text", objective.text()).build();
    }

    private static Node question(Question question) {
        YamlNodes.MapBuilder map = YamlNodes.map()
                .text("id", question.id())
                .text("type", question.type().yamlName())
                .text("objective", question.objectiveId())
                .idList("tags", question.tags());
        question.difficulty().ifPresent(d -> map.text("difficulty", d.yamlName()));
        question.expectedSeconds().ifPresent(seconds -> map.integer("expected_seconds", seconds));
        map.text("stem", question.stem());
        answer(map, question.answer());
        map.text("explanation", question.explanation());
        map.put("references", YamlNodes.list(question.references().stream().map(BankYamlWriter::reference).toList()));
        return map.build();
    }

    private static void answer(YamlNodes.MapBuilder map, AnswerSpec answer) {
        if (answer instanceof SingleChoice single) {
            map.put("options", options(single.options()));
        } else if (answer instanceof MultipleResponse multiple) {
            map.put("options", options(multiple.options()));
        } else if (answer instanceof TrueFalse trueFalse) {
            map.bool("answer", trueFalse.answer()).optionalText("feedback_true", trueFalse.feedbackTrue())
                    .optionalText("feedback_false", trueFalse.feedbackFalse());
        } else if (answer instanceof NumericAnswer numeric) {
            map.number("answer", numeric.answer()).number("tolerance", numeric.tolerance())
                    .text("unit", numeric.unit());
        } else if (answer instanceof Ordering ordering) {
            map.put("items", YamlNodes.list(ordering.items().stream().map(YamlNodes::text).toList()));
        } else if (answer instanceof Matching matching) {
            map.put("pairs", YamlNodes.list(matching.pairs().stream()
                    .map(pair -> YamlNodes.map().text("left", pair.left()).text("right", pair.right()).build())
                    .toList()));
        } else if (answer instanceof ShortText shortText) {
            map.put("accepted", YamlNodes.list(shortText.accepted().stream().map(YamlNodes::text).toList()));
        } else {
            throw new IllegalStateException("no YAML form for " + answer.type());
        }
    }

    private static Node options(List<ChoiceOption> options) {
        return YamlNodes.list(options.stream().map(option -> {
            YamlNodes.MapBuilder map = YamlNodes.map().text("text", option.text());
            if (option.correct()) {
                map.bool("correct", true);
            }
            return map.optionalText("feedback", option.feedback()).build();
        }).toList());
    }

    private static Node reference(Reference reference) {
        return YamlNodes.map().text("title", reference.title()).optionalText("url", reference.url())
                .optionalText("citation", reference.citation()).build();
    }

    private static Node programme(Programme programme) {
        YamlNodes.MapBuilder map = YamlNodes.map().text("id", programme.id()).text("title", programme.title())
                .optionalText("description", programme.description())
                .idList("required_modules", programme.requiredModules())
                .number("desired_retention", programme.desiredRetention())
                .number("safety_critical_retention", programme.safetyCriticalRetention())
                .integer("minimum_spacing_days", programme.minimumSpacingDays())
                .put("assessment", assessment(programme.assessment()));
        programme.renewalAssessment().ifPresent(renewal -> map.put("renewal_assessment", assessment(renewal)));
        map.integer("validity_months", programme.validityMonths())
                .integer("renewal_window_days", programme.renewalWindowDays())
                .number("refresher_recall_threshold", programme.refresherRecallThreshold());
        programme.contactHours().ifPresent(hours -> map.number("contact_hours", hours));
        map.optionalText("provider", programme.provider());
        // Written only when they differ from the defaults, so a curriculum without them reads back byte for byte.
        if (!programme.reminders().isDefault()) {
            map.put("reminders", YamlNodes.map().integerList("before_due", programme.reminders().beforeDue())
                    .integerList("before_expiry", programme.reminders().beforeExpiry()).build());
        }
        return map.build();
    }

    private static Node assessment(AssessmentBlueprint blueprint) {
        YamlNodes.MapBuilder map = YamlNodes.map();
        blueprint.itemsPerModule().ifPresent(items -> map.integer("items_per_module", items));
        blueprint.totalItems().ifPresent(total -> map.integer("total_items", total));
        map.number("pass_mark", blueprint.passMark())
                .bool("all_safety_critical_correct", blueprint.allSafetyCriticalCorrect())
                .integer("max_attempts", blueprint.maxAttempts())
                .integer("cooldown_hours", blueprint.cooldownHours());
        blueprint.timeLimitMinutes().ifPresent(minutes -> map.integer("time_limit_minutes", minutes));
        return map.build();
    }
}
