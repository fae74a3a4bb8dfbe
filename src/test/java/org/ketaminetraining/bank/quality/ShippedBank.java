package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;

/**
 * The shipped bank (questions/), alone and with the demo overlay (questions/demo) loaded on top as demo mode loads
 * it, read once for all the quality tests of a run; a bank with problems fails the test that asks for it.
 */
final class ShippedBank {

    static final Path QUESTIONS = Path.of("questions");

    private static BankSnapshot main;
    private static BankSnapshot withDemo;

    private ShippedBank() {
    }

    static synchronized BankSnapshot main() {
        if (main == null) {
            main = valid(BankLoader.load(QUESTIONS), "questions/");
        }
        return main;
    }

    static synchronized BankSnapshot withDemo() {
        if (withDemo == null) {
            withDemo = valid(BankLoader.load(QUESTIONS, Optional.of(QUESTIONS.resolve("demo"))),
                    "questions/ with questions/demo");
        }
        return withDemo;
    }

    private static BankSnapshot valid(BankLoadResult result, String what) {
        assertThat(result.problems()).as("problems in " + what).isEmpty();
        return result.snapshot().orElseThrow();
    }
}
