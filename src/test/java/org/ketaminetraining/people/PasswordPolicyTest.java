package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.problems("purple ward kettle morning", "jdoe")).isEmpty();
    }

    @Test
    void refusesShortEmptyUsernameAndRepeatedPasswords() {
        assertThat(PasswordPolicy.problems("short", "jdoe")).singleElement().asString().contains("at least 12");
        assertThat(PasswordPolicy.problems("", "jdoe")).containsExactly("Enter a password.");
        assertThat(PasswordPolicy.problems("my-name-is-jdoe-ok", "jdoe")).anyMatch(p -> p.contains("username"));
        assertThat(PasswordPolicy.problems("aaaaaaaaaaaaaaaa", "jdoe")).anyMatch(p -> p.contains("single character"));
        assertThat(PasswordPolicy.problems("x".repeat(10) + "y".repeat(119), "jdoe"))
                .anyMatch(p -> p.contains("at most 128"));
    }
}
