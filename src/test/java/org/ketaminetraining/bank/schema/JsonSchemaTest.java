package org.ketaminetraining.bank.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.QuestionType;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The JSON Schemas are what authors' editors check against, so they must accept every valid bank and reject the
 * broken fixtures whose defect a schema can see. (Some rules, such as unique ids across files, only the validator
 * can check; those fixtures are not listed here.)
 */
class JsonSchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads YAML as editors do, as YAML 1.2 (so {@code yes} is text); Jackson's YAML reader follows YAML 1.1 and
     * would turn it into true.
     */
    private static JsonNode readYaml12(String yaml) {
        Load load = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
        return JSON.valueToTree(load.loadFromString(yaml));
    }
    private static final Path BANKS = Path.of("src/test/resources/banks");

    private static JsonSchema schema(String name) {
        try (InputStream in = Files.newInputStream(QuestionsDirectory.SCHEMAS.resolve(name + ".schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> validate(String fileName, String yaml) {
        String kind = switch (fileName) {
            case "tags.yaml" -> "tags";
            case "curriculum.yaml" -> "curriculum";
            default -> "module";
        };
        return schema(kind).validate(readYaml12(yaml));
    }

    private static Set<ValidationMessage> validate(Path file) {
        return validate(file.getFileName().toString(), QuestionsDirectory.read(file));
    }

    @Test
    void acceptsTheValidSampleBankAndTheShippedFiles() throws IOException {
        try (Stream<Path> files = Files.list(BANKS.resolve("valid"))) {
            for (Path file : files.toList()) {
                assertThat(validate(file)).as(file.toString()).isEmpty();
            }
        }
        assertThat(validate(QuestionsDirectory.DIR.resolve("tags.yaml"))).isEmpty();
        assertThat(validate(QuestionsDirectory.DIR.resolve("curriculum.yaml"))).isEmpty();
        try (Stream<Path> files = Files.list(QuestionsDirectory.DIR.resolve("demo"))) {
            for (Path file : files.toList()) {
                assertThat(validate(file)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void acceptsEveryReadmeExample() {
        for (String block : QuestionsDirectory.readmeYamlBlocks()) {
            List<String> file = QuestionsDirectory.asFile(block);
            assertThat(validate(file.get(0), file.get(1))).as(block).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"broken-answer-key-of-other-type", "broken-format-version", "broken-html-in-feedback",
        "broken-html-in-stem", "broken-javascript-link", "broken-matching-too-few", "broken-missing-key",
        "broken-multiple-response-none-correct", "broken-number-out-of-range", "broken-numeric-missing-tolerance",
        "broken-numeric-missing-unit", "broken-numeric-negative-tolerance", "broken-ordering-too-few",
        "broken-reference-bad-url", "broken-reference-no-title", "broken-reference-no-url-or-citation",
        "broken-retention-out-of-range", "broken-script-in-option", "broken-short-text-no-accepted",
        "broken-single-choice-none-correct", "broken-single-choice-two-correct", "broken-unknown-key",
        "broken-unknown-type", "broken-wrong-type"})
    void rejectsBrokenBanksWhoseDefectASchemaCanSee(String bank) throws IOException {
        long rejected;
        try (Stream<Path> files = Files.list(BANKS.resolve(bank))) {
            rejected = files.filter(file -> !validate(file).isEmpty()).count();
        }
        assertThat(rejected).isEqualTo(1);
    }

    @Test
    void anAssessmentIsSizedByItemsPerModuleOrTotalItemsNeverBoth() {
        String programme = """
                format: 1
                version: "1"
                programmes:
                  - id: demo
                    title: Demo
                    required_modules: [dosing, mechanism]
                    assessment:
                      %s
                      pass_mark: 0.8
                      all_safety_critical_correct: true
                      max_attempts: 3
                      cooldown_hours: 0
                    renewal_assessment:
                      %s
                      pass_mark: 0.8
                    validity_months: 24
                    renewal_window_days: 60
                    refresher_recall_threshold: 0.85
                """;
        assertThat(validate("curriculum.yaml", programme.formatted("total_items: 5", "total_items: 3"))).isEmpty();
        assertThat(validate("curriculum.yaml", programme.formatted("items_per_module: 2", "total_items: 3")))
                .isEmpty();
        assertThat(validate("curriculum.yaml", programme.formatted("items_per_module: 2\n      total_items: 5",
                "total_items: 3"))).isNotEmpty();
        assertThat(validate("curriculum.yaml", programme.formatted("# no size", "total_items: 3"))).isNotEmpty();
        assertThat(validate("curriculum.yaml", programme.formatted("total_items: 5",
                "items_per_module: 1\n      total_items: 2"))).isNotEmpty();
        assertThat(validate("curriculum.yaml", programme.formatted("total_items: 0", "total_items: 3")))
                .isNotEmpty();
    }

    @Test
    void schemaEnumsMatchTheCode() throws IOException {
        JsonNode module = new ObjectMapper().readTree(QuestionsDirectory.SCHEMAS.resolve("module.schema.json")
                .toFile());
        JsonNode question = module.at("/$defs/question/properties");
        assertThat(question.at("/type/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(QuestionType.yamlNames());
        assertThat(question.at("/difficulty/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(Difficulty.yamlNames());
        JsonNode tagEnum = module.at("/$defs/tag/anyOf/0/enum");
        JsonNode shippedTags = YAML.readTree(QuestionsDirectory.DIR.resolve("tags.yaml").toFile()).get("tags");
        assertThat(tagEnum).extracting(JsonNode::asText)
                .containsExactlyElementsOf(shippedTags.findValuesAsText("id"));
    }
}
