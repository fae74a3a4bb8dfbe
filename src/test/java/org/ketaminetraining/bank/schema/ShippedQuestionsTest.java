package org.ketaminetraining.bank.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.model.TagVocabulary;
import org.ketaminetraining.bank.yaml.CurriculumFileParser;
import org.ketaminetraining.bank.yaml.ModuleFileParser;
import org.ketaminetraining.bank.yaml.ParsedModuleFile;
import org.ketaminetraining.bank.yaml.SourceFile;
import org.ketaminetraining.bank.yaml.TagsFileParser;

/**
 * The files this capability ships in questions/ (not the modules, which content authors write in parallel) and
 * every example in its README are valid.
 */
class ShippedQuestionsTest {

    private static TagVocabulary shippedTags() {
        TagsFileParser.Result tags = TagsFileParser.parse(new SourceFile("questions/tags.yaml",
                QuestionsDirectory.read(QuestionsDirectory.DIR.resolve("tags.yaml"))));
        assertThat(tags.problems()).isEmpty();
        return tags.vocabulary();
    }

    private static Map<String, OptionalInt> shippedModulesOfUnknownSize() {
        Map<String, OptionalInt> modules = new LinkedHashMap<>();
        QuestionsDirectory.SHIPPED_MODULES.forEach(module -> modules.put(module, OptionalInt.empty()));
        return modules;
    }

    @Test
    void theTagVocabularyHasTheAgreedTagsEachWithADescription() {
        TagVocabulary tags = shippedTags();
        assertThat(tags.ids()).contains("safety-critical", "scenario", "calculation", "select-all", "high-alert",
                "paediatric", "pregnancy", "esketamine", "racemic", "evidence", "monitoring", "emergency");
        assertThat(tags.tags()).allSatisfy(tag -> assertThat(tag.description()).doesNotContain("\n").isNotBlank());
    }

    @Test
    void theCurriculumRequiresTheNineModules() {
        CurriculumFileParser.Result result = CurriculumFileParser.parse(new SourceFile("questions/curriculum.yaml",
                QuestionsDirectory.read(QuestionsDirectory.DIR.resolve("curriculum.yaml"))),
                shippedModulesOfUnknownSize());
        assertThat(result.problems()).isEmpty();
        Curriculum curriculum = result.curriculum().orElseThrow();
        assertThat(curriculum.version()).isEqualTo("2026.1");
        Programme programme = curriculum.programme("ketamine-clinical-safety").orElseThrow();
        assertThat(programme.requiredModules()).containsExactlyElementsOf(QuestionsDirectory.ASSESSMENT_ORDER);
        assertThat(programme.desiredRetention()).isEqualTo(0.90);
        assertThat(programme.safetyCriticalRetention()).isEqualTo(0.95);
        assertThat(programme.assessment().totalItems()).isEqualTo(OptionalInt.of(31));
        assertThat(programme.assessment().itemCounts(9)).containsExactly(4, 4, 4, 4, 3, 3, 3, 3, 3);
        assertThat(programme.renewalAssessment())
                .hasValueSatisfying(r -> assertThat(r.itemCounts(9)).containsExactly(3, 3, 3, 3, 2, 2, 2, 2, 2));
    }

    @Test
    void everyReadmeExampleIsValid() {
        List<String> blocks = QuestionsDirectory.readmeYamlBlocks();
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(9);
        TagVocabulary tags = shippedTags();
        for (String block : blocks) {
            List<String> file = QuestionsDirectory.asFile(block);
            SourceFile source = new SourceFile("README:" + file.get(0), file.get(1));
            switch (file.get(0)) {
                case "tags.yaml" -> assertThat(TagsFileParser.parse(source).problems()).as(block).isEmpty();
                case "curriculum.yaml" -> assertThat(CurriculumFileParser.parse(source,
                        shippedModulesOfUnknownSize()).problems()).as(block).isEmpty();
                default -> {
                    ParsedModuleFile parsed = ModuleFileParser.parse(source, "dosing", Optional.of(tags));
                    assertThat(parsed.problems()).as(block).isEmpty();
                }
            }
        }
    }
}
