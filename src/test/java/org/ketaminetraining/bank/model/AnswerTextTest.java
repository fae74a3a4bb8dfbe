package org.ketaminetraining.bank.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTextTest {

    @Test
    void normalisesCaseSpacingAndUnicodeComposition() {
        assertThat(AnswerText.normalise("  Esketamine\t Nasal\nSpray ")).isEqualTo("esketamine nasal spray");
        assertThat(AnswerText.normalise("Caf\u0065\u0301")).isEqualTo(AnswerText.normalise("caf\u00e9"));
    }

    @Test
    void tidyRemovesPresentationOnly() {
        assertThat(AuthoredText.tidy("\n\n  - item\n    - nested  \n\n")).isEqualTo("  - item\n    - nested");
        assertThat(AuthoredText.tidy("line one  \nline two")).isEqualTo("line one  \nline two");
    }
}
