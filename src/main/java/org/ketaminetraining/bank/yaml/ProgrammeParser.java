package org.ketaminetraining.bank.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.ReminderDays;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads one entry of curriculum.yaml's {@code programmes}, applying the spec's defaults. */
final class ProgrammeParser {
    static final List<String> KEYS = List.of("id", "title", "description", "required_modules", "desired_retention",
            "safety_critical_retention", "minimum_spacing_days", "assessment", "renewal_assessment",
            "validity_months", "renewal_window_days", "refresher_recall_threshold", "contact_hours", "provider",
            "reminders");
    static final List<String> REMINDER_KEYS = List.of("before_due", "before_expiry");
    static final int MAX_SPACING_DAYS = 365;
    static final int MAX_VALIDITY_MONTHS = 120;
    static final int MAX_RENEWAL_WINDOW_DAYS = 365;
    /** The shortest month, so a renewal window is always shorter than the certificate it renews. */
    static final int DAYS_IN_SHORTEST_MONTH = 28;

    private final Map<String, OptionalInt> questionCountByModule;

    /**
     * @param questionCountByModule every module that has a file, with its number of questions (empty when the file
     *     was too broken to count them)
     */
    ProgrammeParser(Map<String, OptionalInt> questionCountByModule) {
        this.questionCountByModule = questionCountByModule;
    }

    Optional<Programme> parse(MappingReader reader) {
        int before = reader.problems().count();
        reader.allowOnly(KEYS);
        Optional<String> id = BankFields.requiredId(reader, "id");
        Optional<String> title = reader.requiredText("title");
        Optional<String> description = reader.optionalText("description");
        List<String> modules = requiredModules(reader);
        Retention retention = retention(reader);
        Optional<Integer> spacing = reader.optionalWholeNumber("minimum_spacing_days", 0, MAX_SPACING_DAYS);
        Optional<AssessmentBlueprint> assessment = reader.requiredMapping("assessment", reader.context()
                + ", assessment").flatMap(AssessmentParser::assessment);
        Optional<AssessmentBlueprint> renewal = reader.optionalMapping("renewal_assessment", reader.context()
                + ", renewal_assessment").flatMap(r -> AssessmentParser.renewal(r, assessment));
        assessment.ifPresent(a -> checkEnoughQuestions(reader, "assessment", a, modules));
        renewal.ifPresent(r -> checkEnoughQuestions(reader, "renewal_assessment", r, modules));
        Optional<Integer> validity = reader.requiredWholeNumber("validity_months", 1, MAX_VALIDITY_MONTHS);
        Optional<Integer> window = renewalWindow(reader, validity);
        Optional<BigDecimal> threshold = refresherThreshold(reader, retention);
        Optional<BigDecimal> hours = Bounds.aboveUpTo(reader, "contact_hours",
                reader.optionalNumber("contact_hours"), "0", "1000");
        Optional<String> provider = reader.optionalText("provider");
        ReminderDays reminders = reminders(reader);
        if (reader.problems().count() != before) {
            return Optional.empty();
        }
        return Optional.of(new Programme(id.orElseThrow(), title.orElseThrow(), description, modules,
                retention.desired.doubleValue(), retention.safetyCritical.doubleValue(),
                spacing.orElse(Programme.DEFAULT_MINIMUM_SPACING_DAYS), assessment.orElseThrow(), renewal,
                validity.orElseThrow(), window.orElseThrow(), threshold.orElseThrow().doubleValue(),
                hours.map(h -> OptionalDouble.of(h.doubleValue())).orElse(OptionalDouble.empty()), provider,
                reminders));
    }

    /** The days learners are reminded before a due date and before expiry; the defaults for what is left out. */
    private static ReminderDays reminders(MappingReader reader) {
        Optional<MappingReader> reminders = reader.optionalMapping("reminders", reader.context() + ", reminders");
        if (reminders.isEmpty()) {
            return ReminderDays.DEFAULTS;
        }
        reminders.get().allowOnly(REMINDER_KEYS);
        List<Integer> beforeDue = reminders.get().optionalWholeNumberList("before_due", 1, ReminderDays.MAX_DAYS,
                ReminderDays.MAX_VALUES).orElse(ReminderDays.DEFAULTS.beforeDue());
        List<Integer> beforeExpiry = reminders.get().optionalWholeNumberList("before_expiry", 1,
                ReminderDays.MAX_DAYS, ReminderDays.MAX_VALUES).orElse(ReminderDays.DEFAULTS.beforeExpiry());
        return new ReminderDays(beforeDue, beforeExpiry);
    }

    private List<String> requiredModules(MappingReader reader) {
        Optional<SequenceNode> list = reader.requiredList("required_modules");
        List<String> modules = new ArrayList<>();
        if (list.isPresent() && list.get().getValue().isEmpty()) {
            reader.problems().at(list.get(), reader.prefix() + "needs at least one required module");
        }
        for (Node node : list.map(SequenceNode::getValue).orElse(List.of())) {
            BankFields.id(reader, node, "required module").ifPresent(module -> {
                if (modules.contains(module)) {
                    reader.problems().at(node, reader.prefix() + "required module '" + module + "' is listed twice");
                } else if (!questionCountByModule.containsKey(module)) {
                    reader.problems().at(node, reader.prefix() + "required module '" + module
                            + "' has no module file (" + module + ".yaml) in this directory");
                } else {
                    modules.add(module);
                }
            });
        }
        return modules;
    }

    private record Retention(BigDecimal desired, BigDecimal safetyCritical) {
    }

    private static Retention retention(MappingReader reader) {
        BigDecimal desired = Bounds.between(reader, "desired_retention", reader.optionalNumber("desired_retention"),
                "0.70", "0.99").orElse(BigDecimal.valueOf(Programme.DEFAULT_DESIRED_RETENTION));
        BigDecimal safety = Bounds.between(reader, "safety_critical_retention",
                reader.optionalNumber("safety_critical_retention"), "0.70", "0.99")
                .orElse(BigDecimal.valueOf(Programme.DEFAULT_SAFETY_CRITICAL_RETENTION));
        if (safety.compareTo(desired) < 0) {
            reader.reportValue(reader.has("safety_critical_retention") ? "safety_critical_retention"
                    : "desired_retention",
                    "'safety_critical_retention' (" + safety.toPlainString()
                            + ") must be at least 'desired_retention' (" + desired.toPlainString() + ")");
        }
        return new Retention(desired, safety);
    }

    private static Optional<Integer> renewalWindow(MappingReader reader, Optional<Integer> validityMonths) {
        return reader.requiredWholeNumber("renewal_window_days", 1, MAX_RENEWAL_WINDOW_DAYS).filter(days -> {
            if (validityMonths.isEmpty() || days < validityMonths.get() * DAYS_IN_SHORTEST_MONTH) {
                return true;
            }
            reader.reportValue("renewal_window_days", "'renewal_window_days' (" + days
                    + ") must be shorter than the validity of " + validityMonths.get() + " months");
            return false;
        });
    }

    private static Optional<BigDecimal> refresherThreshold(MappingReader reader, Retention retention) {
        return Bounds.between(reader, "refresher_recall_threshold",
                reader.requiredNumber("refresher_recall_threshold"), "0", "1").filter(threshold -> {
                    if (threshold.compareTo(retention.safetyCritical) < 0) {
                        return true;
                    }
                    reader.reportValue("refresher_recall_threshold", "'refresher_recall_threshold' ("
                            + threshold.toPlainString() + ") must be below 'safety_critical_retention' ("
                            + retention.safetyCritical.toPlainString() + "), or refreshers would always be due");
                    return false;
                });
    }

    /**
     * An assessment cannot draw more items from a module than the module has, and one with a total must ask every
     * required module at least once.
     */
    private void checkEnoughQuestions(MappingReader reader, String key, AssessmentBlueprint blueprint,
            List<String> modules) {
        String sizeKey = blueprint.totalItems().isPresent() ? "total_items" : "items_per_module";
        Node sizeNode = reader.value(key).flatMap(node -> MappingReader.peekScalar(node, sizeKey))
                .<Node>map(Node.class::cast).orElse(reader.node());
        if (modules.isEmpty()) {
            return;
        }
        if (blueprint.totalItems().isPresent() && blueprint.totalItems().getAsInt() < modules.size()) {
            int total = blueprint.totalItems().getAsInt();
            reader.problems().at(sizeNode, reader.prefix() + "'" + key + "' asks " + items(total)
                    + " in all ('total_items') but the programme requires " + modules.size()
                    + " modules; every required module must be asked at least once");
            return;
        }
        List<Integer> shares = blueprint.itemCounts(modules.size());
        for (int i = 0; i < modules.size(); i++) {
            String module = modules.get(i);
            OptionalInt available = questionCountByModule.getOrDefault(module, OptionalInt.empty());
            int wanted = shares.get(i);
            if (available.isEmpty() || available.getAsInt() >= wanted) {
                continue;
            }
            String hasOnly = "has only " + available.getAsInt()
                    + (available.getAsInt() == 1 ? " question" : " questions");
            if (blueprint.totalItems().isPresent()) {
                reader.problems().at(sizeNode, reader.prefix() + "'" + key + "' draws " + wanted + " of its "
                        + items(blueprint.totalItems().getAsInt()) + " ('total_items') from module '" + module
                        + "' but it " + hasOnly);
            } else {
                reader.problems().at(sizeNode, reader.prefix() + "'" + key + "' draws " + items(wanted)
                        + " per module but module '" + module + "' " + hasOnly);
            }
        }
    }

    private static String items(int count) {
        return count + (count == 1 ? " item" : " items");
    }
}
