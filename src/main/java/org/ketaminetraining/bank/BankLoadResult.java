package org.ketaminetraining.bank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.bank.validation.Problem;

/**
 * The outcome of loading a bank directory: either a valid snapshot or every problem found, sorted by file, line
 * and column. There is no third case, so a caller cannot import half a bank by mistake.
 */
public sealed interface BankLoadResult permits BankLoadResult.Valid, BankLoadResult.Invalid {

    /** Bank files read (modules, tags.yaml, curriculum.yaml). */
    int fileCount();

    /** Questions found, including ones that had problems. */
    int questionCount();

    /** Empty for a valid bank. */
    List<Problem> problems();

    /** Present only for a valid bank. */
    Optional<BankSnapshot> snapshot();

    default boolean isValid() {
        return problems().isEmpty();
    }

    record Valid(BankSnapshot bank, int fileCount) implements BankLoadResult {
        public Valid {
            Objects.requireNonNull(bank, "bank");
        }

        @Override
        public int questionCount() {
            return bank.questions().size();
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }

        @Override
        public Optional<BankSnapshot> snapshot() {
            return Optional.of(bank);
        }
    }

    record Invalid(List<Problem> problems, int fileCount, int questionCount) implements BankLoadResult {
        public Invalid {
            problems = problems.stream().sorted().toList();
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid bank has at least one problem");
            }
        }

        @Override
        public Optional<BankSnapshot> snapshot() {
            return Optional.empty();
        }
    }
}
