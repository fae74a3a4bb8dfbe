package org.ketaminetraining.bank.yaml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ketaminetraining.bank.model.AssessmentBlueprint;

/**
 * Reads a programme's {@code assessment} and optional {@code renewal_assessment}. The renewal assessment needs
 * only its own size and pass mark; anything it leaves out is taken from the final assessment. The size of either is
 * {@code items_per_module} or {@code total_items}, exactly one of them.
 */
final class AssessmentParser {
    static final List<String> KEYS =
            List.of("items_per_module", "total_items", "pass_mark", "all_safety_critical_correct",
                    "max_attempts", "cooldown_hours", "time_limit_minutes");
    static final int MAX_ITEMS_PER_MODULE = 100;
    static final int MAX_TOTAL_ITEMS = 1000;
    static final int MAX_ATTEMPTS = 100;
    static final int MAX_COOLDOWN_HOURS = 24 * 365;
    static final int MAX_TIME_LIMIT_MINUTES = 24 * 60;

    private AssessmentParser() {
    }

    static Optional<AssessmentBlueprint> assessment(MappingReader reader) {
        reader.allowOnly(KEYS);
        Optional<Size> size = size(reader);
        Optional<BigDecimal> passMark = passMark(reader);
        Optional<Boolean> allSafety = reader.requiredBoolean("all_safety_critical_correct");
        Optional<Integer> attempts = reader.requiredWholeNumber("max_attempts", 1, MAX_ATTEMPTS);
        Optional<Integer> cooldown = reader.requiredWholeNumber("cooldown_hours", 0, MAX_COOLDOWN_HOURS);
        OptionalInt timeLimit = timeLimit(reader);
        if (size.isEmpty() || passMark.isEmpty() || allSafety.isEmpty() || attempts.isEmpty()
                || cooldown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssessmentBlueprint(size.get().perModule, size.get().total,
                passMark.get().doubleValue(), allSafety.get(), attempts.get(), cooldown.get(), timeLimit));
    }

    /** @param main the final assessment whose settings the renewal inherits, if it could be read */
    static Optional<AssessmentBlueprint> renewal(MappingReader reader, Optional<AssessmentBlueprint> main) {
        reader.allowOnly(KEYS);
        Optional<Size> size = size(reader);
        Optional<BigDecimal> passMark = passMark(reader);
        Optional<Boolean> allSafety = reader.optionalBoolean("all_safety_critical_correct");
        Optional<Integer> attempts = reader.optionalWholeNumber("max_attempts", 1, MAX_ATTEMPTS);
        Optional<Integer> cooldown = reader.optionalWholeNumber("cooldown_hours", 0, MAX_COOLDOWN_HOURS);
        OptionalInt timeLimit = timeLimit(reader);
        if (size.isEmpty() || passMark.isEmpty() || main.isEmpty()) {
            return Optional.empty();
        }
        AssessmentBlueprint inherited = main.get();
        return Optional.of(new AssessmentBlueprint(size.get().perModule, size.get().total,
                passMark.get().doubleValue(),
                allSafety.orElse(inherited.allSafetyCriticalCorrect()),
                attempts.orElse(inherited.maxAttempts()),
                cooldown.orElse(inherited.cooldownHours()),
                timeLimit.isPresent() || reader.has("time_limit_minutes") ? timeLimit : inherited.timeLimitMinutes()));
    }

    /** Exactly one of the two present. */
    private record Size(OptionalInt perModule, OptionalInt total) {
    }

    /** Reads items_per_module or total_items; both, or neither, is a problem. */
    private static Optional<Size> size(MappingReader reader) {
        if (reader.has("items_per_module") && reader.has("total_items")) {
            reader.reportValue("total_items", "give either 'items_per_module' (the same number from every module)"
                    + " or 'total_items' (a total spread over the modules), not both");
            return Optional.empty();
        }
        if (reader.has("total_items")) {
            return reader.requiredWholeNumber("total_items", 1, MAX_TOTAL_ITEMS)
                    .map(total -> new Size(OptionalInt.empty(), OptionalInt.of(total)));
        }
        return reader.requiredWholeNumber("items_per_module", 1, MAX_ITEMS_PER_MODULE, " (or 'total_items' for a"
                + " total spread over the modules)").map(items -> new Size(OptionalInt.of(items), OptionalInt.empty()));
    }

    private static Optional<BigDecimal> passMark(MappingReader reader) {
        return Bounds.aboveUpTo(reader, "pass_mark", reader.requiredNumber("pass_mark"), "0", "1");
    }

    private static OptionalInt timeLimit(MappingReader reader) {
        return reader.optionalWholeNumber("time_limit_minutes", 1, MAX_TIME_LIMIT_MINUTES)
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
