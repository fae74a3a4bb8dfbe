package org.ketaminetraining.bank.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.ShortText;

class ModuleExportTest {
    private static final Objective O1 = new Objective("o1", "First");
    private static final Objective O2 = new Objective("o2", "Second");

    private static Question question(String id, String stem, String objective) {
        return new Question(id, objective, List.of(), Optional.empty(), OptionalInt.empty(), stem,
                new ShortText(List.of("answer")), "Because.", List.of(Reference.withUrl("T", "https://e.org")));
    }

    @Test
    void keepsTheFilesHeaderAndOrderTakesPublishedContentDropsRetiredAndAppendsNew() {
        BankModule file = new BankModule("m", "File title", Optional.of("File description"), List.of(O1),
                List.of(question("q-3", "old three", "o1"), question("q-1", "old one", "o1"),
                        question("q-2", "retired in the web", "o1")));
        BankModule database = new BankModule("m", "Database title", Optional.empty(), List.of(O1, O2),
                List.of(question("q-1", "one", "o1"), question("q-5", "new five", "o2"),
                        question("q-3", "old three", "o1"), question("q-4", "new four", "o1")));

        BankModule written = ModuleExport.toWrite(Optional.of(file), database);

        assertThat(written.title()).isEqualTo("File title");
        assertThat(written.description()).contains("File description");
        assertThat(written.objectives()).as("an objective a new question serves is added").containsExactly(O1, O2);
        assertThat(written.questions()).containsExactly(question("q-3", "old three", "o1"),
                question("q-1", "one", "o1"), question("q-5", "new five", "o2"), question("q-4", "new four", "o1"));
    }

    @Test
    void anUnchangedModuleIsWrittenAsItsFileHoldsIt() {
        BankModule file = new BankModule("m", "T", Optional.empty(), List.of(O1, O2),
                List.of(question("q-2", "two", "o2"), question("q-1", "one", "o1")));
        BankModule database = new BankModule("m", "T", Optional.empty(), List.of(O1, O2),
                List.of(question("q-1", "one", "o1"), question("q-2", "two", "o2")));
        assertThat(ModuleExport.toWrite(Optional.of(file), database)).isEqualTo(file);
    }

    @Test
    void aModuleWithoutAFileTakesTheDatabasesHeaderAndOrder() {
        BankModule database = new BankModule("m", "T", Optional.of("D"), List.of(O1),
                List.of(question("q-2", "two", "o1"), question("q-1", "one", "o1")));
        assertThat(ModuleExport.toWrite(Optional.empty(), database)).isEqualTo(database);
    }

    @Test
    void theFileMustBeOfTheSameModule() {
        BankModule file = new BankModule("other", "T", Optional.empty(), List.of(O1), List.of());
        BankModule database = new BankModule("m", "T", Optional.empty(), List.of(O1), List.of());
        assertThatThrownBy(() -> ModuleExport.toWrite(Optional.of(file), database))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
