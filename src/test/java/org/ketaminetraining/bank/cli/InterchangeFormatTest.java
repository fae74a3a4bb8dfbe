package org.ketaminetraining.bank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.TestBanks;
import org.ketaminetraining.bank.yaml.BankYamlWriter;

class InterchangeFormatTest {
    @TempDir
    Path temp;

    private Path copyOfTheValidBank() throws IOException {
        Path bank = temp.resolve("questions");
        Files.createDirectories(bank.resolve("demo"));
        try (var files = Files.list(TestBanks.VALID)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, bank.resolve(file.getFileName()));
            }
        }
        return bank;
    }

    @Test
    void rewritesHandLaidOutModuleFilesAsAnExportWouldAndThenNothing() throws IOException {
        Path bank = copyOfTheValidBank();
        BankSnapshot before = BankLoader.load(bank).snapshot().orElseThrow();
        String tags = Files.readString(bank.resolve("tags.yaml"));

        CommandRun first = CommandRun.interchange("format", bank.toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("formatted " + bank.resolve("dosing.yaml"))
                .endsWith(" module file(s) rewritten\n");
        assertThat(Files.readString(bank.resolve("dosing.yaml")))
                .isEqualTo(BankYamlWriter.writeModule(before.module("dosing").orElseThrow()));
        assertThat(BankLoader.load(bank).snapshot().orElseThrow().modules()).isEqualTo(before.modules());
        assertThat(Files.readString(bank.resolve("tags.yaml"))).as("only module files").isEqualTo(tags);
        CommandRun second = CommandRun.interchange("format", bank.toString());
        assertThat(second.out()).isEqualTo("0 of 2 module file(s) rewritten\n");
        try (var left = Files.list(bank)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void anOverlaysModuleFilesNameTheSchemaOneFolderUp() throws IOException {
        Path bank = temp.resolve("questions");
        Path demo = bank.resolve("demo");
        Files.createDirectories(demo);
        for (Path dir : List.of(Path.of("questions"), Path.of("questions/demo"))) {
            try (var files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, (dir.endsWith("demo") ? demo : bank).resolve(file.getFileName()));
                }
            }
        }
        Path demoModule = demo.resolve("demo-essentials-safety.yaml");
        String shipped = Files.readString(demoModule);
        Files.writeString(demoModule, shipped.replace("  title: Essentials", "  title: \"Essentials")
                .replace(" safety (demo)\n", " safety (demo)\"\n").replace("\n\n  - id: ", "\n  - id: "));

        CommandRun run = CommandRun.interchange("format", bank.toString(), demo.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("formatted " + demoModule + "\n1 of 11 module file(s) rewritten\n");
        assertThat(Files.readString(demoModule)).isEqualTo(shipped)
                .startsWith("# yaml-language-server: $schema=../schema/module.schema.json\nformat: 1\n");
    }

    @Test
    void anInvalidBankIsRefusedAndLeftAsItIs() throws IOException {
        Path bank = copyOfTheValidBank();
        String broken = Files.readString(bank.resolve("dosing.yaml")).replace("type: numeric", "type: essay");
        Files.writeString(bank.resolve("dosing.yaml"), broken);

        CommandRun run = CommandRun.interchange("format", bank.toString());

        assertThat(run.status()).isEqualTo(Interchange.PROBLEMS);
        assertThat(run.err()).contains("'type' must be one of", "nothing formatted");
        assertThat(Files.readString(bank.resolve("dosing.yaml"))).isEqualTo(broken);
    }

    @Test
    void aMissingFolderIsAUsageError() {
        CommandRun run = CommandRun.interchange("format", temp.resolve("nowhere").toString());
        assertThat(run.status()).isEqualTo(Interchange.USAGE);
        assertThat(run.err()).contains("is not a directory");
    }
}
