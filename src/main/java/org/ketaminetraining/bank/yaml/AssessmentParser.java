package org.ketaminetraining.bank.yaml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ketaminetraining.bank.model.AssessmentBlueprint;

/**
 * Reads a programme's {@code assessment} and optional {@code renewal_assessment}. The renewal assessment needs
 * only its own size and pass mark; anything it leaves out is taken from the final assessment.
 */
final class AssessmentParser {
    static final List<String> KEYS = List.of("items_per_module", "pass_mark", "all_safety_critical_correct",
            "max_attempts", "cooldown_hours", "time_limit_minutes");
    static final int MAX_ITEMS_PER_MODULE = 100;
    static final int MAX_ATTEMPTS = 100;
    static final int MAX_COOLDOWN_HOURS = 24 * 365;
    static final int MAX_TIME_LIMIT_MINUTES = 24 * 60;

    private AssessmentParser() {
    }

    static Optional<AssessmentBlueprint> assessment(MappingReader reader) {
        reader.allowOnly(KEYS);
        Optional<Integer> items = reader.requiredWholeNumber("items_per_module", 1, MAX_ITEMS_PER_MODULE);
        Optional<BigDecimal> passMark = passMark(reader);
        Optional<Boolean> allSafety = reader.requiredBoolean("all_safety_critical_correct");
        Optional<Integer> attempts = reader.requiredWholeNumber("max_attempts", 1, MAX_ATTEMPTS);
        Optional<Integer> cooldown = reader.requiredWholeNumber("cooldown_hours", 0, MAX_COOLDOWN_HOURS);
        OptionalInt timeLimit = timeLimit(reader);
        if (items.isEmpty() || passMark.isEmpty() || allSafety.isEmpty() || attempts.isEmpty()
                || cooldown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssessmentBlueprint(items.get(), passMark.get().doubleValue(), allSafety.get(),
                attempts.get(), cooldown.get(), timeLimit));
    }

    /** @param main the final assessment whose settings the renewal inherits, if it could be read */
    static Optional<AssessmentBlueprint> renewal(MappingReader reader, Optional<AssessmentBlueprint> main) {
        reader.allowOnly(KEYS);
        Optional<Integer> items = reader.requiredWholeNumber("items_per_module", 1, MAX_ITEMS_PER_MODULE);
        Optional<BigDecimal> passMark = passMark(reader);
        Optional<Boolean> allSafety = reader.optionalBoolean("all_safety_critical_correct");
        Optional<Integer> attempts = reader.optionalWholeNumber("max_attempts", 1, MAX_ATTEMPTS);
        Optional<Integer> cooldown = reader.optionalWholeNumber("cooldown_hours", 0, MAX_COOLDOWN_HOURS);
        OptionalInt timeLimit = timeLimit(reader);
        if (items.isEmpty() || passMark.isEmpty() || main.isEmpty()) {
            return Optional.empty();
        }
        AssessmentBlueprint inherited = main.get();
        return Optional.of(new AssessmentBlueprint(items.get(), passMark.get().doubleValue(),
                allSafety.orElse(inherited.allSafetyCriticalCorrect()),
                attempts.orElse(inherited.maxAttempts()),
                cooldown.orElse(inherited.cooldownHours()),
                timeLimit.isPresent() || reader.has("time_limit_minutes") ? timeLimit : inherited.timeLimitMinutes()));
    }

    private static Optional<BigDecimal> passMark(MappingReader reader) {
        return Bounds.aboveUpTo(reader, "pass_mark", reader.requiredNumber("pass_mark"), "0", "1");
    }

    private static OptionalInt timeLimit(MappingReader reader) {
        return reader.optionalWholeNumber("time_limit_minutes", 1, MAX_TIME_LIMIT_MINUTES)
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
