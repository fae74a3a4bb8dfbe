package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisplayNameTest {

    @Test
    void namesInEveryScriptWithTheirMarksAndPunctuationAreAccepted() {
        for (String name : List.of("Ann O'Brien", "Łukasiewicz-Nguyễn", "Zoë St. John", "Анна Петрова",
                "Νίκος Παπαδόπουλος", "李雷", "山田 太郎", "김민준", "محمد عبد الله", "אברהם כהן",
                "देवनागरी क्ष", "فاطمه\u200Cزهرا", "Dr. Ngũgĩ wa Thiong’o", "José (Pepe) García")) {
            assertThat(DisplayName.problem(name)).as(name).isEmpty();
        }
    }

    @Test
    void controlFormatAndBidirectionalCharactersAreRefusedByPositionAndName() {
        assertThat(DisplayName.problem("Ann\u202Eetaw")).hasValue("A name may hold only letters, marks, spaces and "
                + "punctuation; character 4 is U+202E (RIGHT-TO-LEFT OVERRIDE).");
        assertThat(DisplayName.problem("Ann\u0000e")).get().asString().contains("character 4 is U+0000 (NULL)");
        for (String name : List.of("A\u2066B", "A\u200EB", "A\u200FB", "A\tB", "A\nB", "A\u00ADB", "Anne 😀",
                "R2D2", "A+B", "A\uFEFFB")) {
            assertThat(DisplayName.problem(name)).as(name).isPresent();
        }
    }

    @Test
    void emptyAndOverLongNamesAreRefused() {
        assertThat(DisplayName.problem("  ")).hasValue("Enter the person's name.");
        assertThat(DisplayName.problem("a".repeat(121))).hasValue("The name has 121 characters; at most 120 are "
                + "allowed.");
        assertThat(DisplayName.problem("a".repeat(120))).isEmpty();
    }

    @Test
    void theAccountRulesAndTheCsvImportUseTheSameRule() {
        assertThat(AccountRules.problems("ann", "Ann\u202Eetaw", null, Set.of(Role.TRAINEE)))
                .containsKey("displayName");
        UserCsv.Parsed parsed = UserCsv.parse("username,display_name,email,department,roles\n"
                + "ann,Ann\u202Eetaw,,,TRAINEE\n", Set.of());
        assertThat(parsed.problems()).extracting(Object::toString)
                .anyMatch(p -> p.contains("2") && p.contains("U+202E"));
    }
}
