package org.ketaminetraining.bank.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which overlay the import loads: questions/demo in demo mode when it exists, and never otherwise. */
class DemoOverlayChoiceTest {

    @TempDir
    Path questions;

    @Test
    void demoModeLoadsTheDemoFolderWhenThereIsOne() throws IOException {
        assertThat(BankFolderImport.overlayFor(questions, true)).as("no demo folder").isEmpty();
        Files.createDirectory(questions.resolve("demo"));
        assertThat(BankFolderImport.overlayFor(questions, true)).contains(questions.resolve("demo"));
    }

    @Test
    void withoutDemoModeThereIsNoOverlay() throws IOException {
        Files.createDirectory(questions.resolve("demo"));
        assertThat(BankFolderImport.overlayFor(questions, false)).isEmpty();
    }

    @Test
    void theShippedBankHasADemoFolder() {
        assertThat(BankFolderImport.overlayFor(Path.of("questions"), true)).contains(Path.of("questions/demo"));
    }
}
