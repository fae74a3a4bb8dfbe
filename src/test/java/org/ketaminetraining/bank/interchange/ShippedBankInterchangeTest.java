package org.ketaminetraining.bank.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.interchange.gift.GiftExporter;
import org.ketaminetraining.bank.interchange.gift.GiftImporter;
import org.ketaminetraining.bank.interchange.moodlexml.MoodleXmlExporter;
import org.ketaminetraining.bank.interchange.moodlexml.MoodleXmlImporter;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;

/**
 * The whole shipped bank, exported one Moodle category per module and imported again, comes back as the same
 * modules (ids and titles), the same questions (every field, so tags too) and the objectives they serve, with an
 * empty report: every question is imported without changes and none is refused.
 */
class ShippedBankInterchangeTest {
    private static final BankSnapshot BANK = load();

    private static BankSnapshot load() {
        BankLoadResult result = BankLoader.load(Path.of("questions"));
        assertThat(result.problems()).as("the shipped bank must be valid").isEmpty();
        return result.snapshot().orElseThrow();
    }

    @Test
    void moodleXmlCarriesEveryModuleAndQuestion() {
        ExportResult exported = MoodleXmlExporter.exportModules("$course$/top/Ketamine", BANK.modules());
        assertThat(exported.notExported()).isEmpty();

        assertSameModules(MoodleXmlImporter.parse("bank.xml", exported.content()), false);
    }

    @Test
    void giftCarriesEveryModuleAndEveryQuestionButOrdering() {
        ExportResult exported = GiftExporter.exportModules("$course$/top/Ketamine", BANK.modules());
        assertThat(exported.notExported()).allSatisfy(n -> assertThat(n).contains("(ordering)"));

        assertSameModules(GiftImporter.parse("bank.gift", exported.content()), true);
    }

    private static void assertSameModules(ImportResult imported, boolean gift) {
        ImportReport report = imported.report();
        assertThat(report.entries()).isEmpty();
        assertThat(report.refused()).isZero();
        assertThat(report.importedWithChanges()).isZero();
        List<BankModule> modules = ImportedModules.group(imported, "unfiled");
        assertThat(modules).extracting(BankModule::id)
                .containsExactlyElementsOf(BANK.modules().stream().map(BankModule::id).toList());
        for (int index = 0; index < modules.size(); index++) {
            BankModule original = BANK.modules().get(index);
            List<Question> exportable = original.questions().stream()
                    .filter(q -> !gift || q.type() != QuestionType.ORDERING).toList();
            assertThat(modules.get(index).title()).isEqualTo(original.title());
            assertThat(modules.get(index).questions()).containsExactlyElementsOf(exportable);
            assertThat(modules.get(index).objectives()).extracting(Objective::id)
                    .containsExactlyElementsOf(exportable.stream().map(Question::objectiveId).distinct().toList());
        }
        assertThat(report.imported()).isEqualTo(modules.stream().mapToInt(m -> m.questions().size()).sum());
    }
}
