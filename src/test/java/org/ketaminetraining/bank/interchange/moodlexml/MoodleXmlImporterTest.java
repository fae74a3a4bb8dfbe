package org.ketaminetraining.bank.interchange.moodlexml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.TrueFalse;
import org.ketaminetraining.bank.validation.Problem;

class MoodleXmlImporterTest {

    private static List<String> problems(ImportResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsMoodleExportsWithCategoriesCdataAndUnits() {
        ImportResult result = MoodleXmlImporter.parse("moodle.xml",
                """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <quiz>
                          <question type="category"><category><text>$course$/Ketamine</text></category></question>
                          <question type="truefalse">
                            <name><text>Schedule</text></name>
                            <questiontext format="moodle_auto_format"><text><![CDATA[Ketamine is Schedule III.]]></text></questiontext>
                            <answer fraction="100"><text>true</text><feedback><text>Yes.</text></feedback></answer>
                            <answer fraction="0"><text>false</text><feedback><text>It is CIII.</text></feedback></answer>
                          </question>
                          <question type="numerical">
                            <name><text>Dose 70 kg</text></name>
                            <questiontext format="plain_text"><text>0.5 mg/kg for 70 kg?</text></questiontext>
                            <answer fraction="100"><text>35</text><tolerance>0.5</tolerance></answer>
                            <units><unit><multiplier>1000</multiplier><unit_name>mcg</unit_name></unit>
                              <unit><multiplier>1</multiplier><unit_name>mg</unit_name></unit></units>
                          </question>
                          <question type="shortanswer">
                            <name><text>Wait</text></name>
                            <questiontext format="html"><text><![CDATA[<p>Minutes between devices?</p>]]></text></questiontext>
                            <usecase>1</usecase>
                            <answer fraction="100"><text>5</text></answer>
                            <answer fraction="50"><text>about 5</text></answer>
                          </question>
                        </quiz>
                        """);

        assertThat(result.questions()).extracting(Question::id).containsExactly("schedule", "dose-70-kg", "wait");
        assertThat(result.questions().get(0).answer())
                .isEqualTo(new TrueFalse(true, Optional.of("Yes."), Optional.of("It is CIII.")));
        assertThat(result.questions().get(1).answer())
                .isEqualTo(new NumericAnswer(new BigDecimal("35"), new BigDecimal("0.5"), "mg"));
        assertThat(result.questions().get(2).answer()).isEqualTo(new ShortText(List.of("5")));
        assertThat(problems(result)).containsExactly(
                "moodle.xml:14:1: question 'Dose 70 kg': unit 'mcg' (× 1000) dropped: a numeric answer has one fixed"
                        + " unit here",
                "moodle.xml:17:1: question 'Wait': case-sensitive matching became case-insensitive: short_text"
                        + " always ignores case",
                "moodle.xml:19:1: question 'Wait': the question text is HTML; it is imported as written, but the"
                        + " bank needs Markdown and rejects raw HTML",
                "moodle.xml:22:1: question 'Wait': partial credit 50% for 'about 5' became no credit; the answer is"
                        + " not imported");
        assertThat(result.report().summary()).isEqualTo("moodle.xml: 3 imported (2 with changes), 0 refused");
    }

    @Test
    void reportsUnsupportedQuestionTypesWithTheirLine() {
        ImportResult result = MoodleXmlImporter.parse("m.xml", """
                <quiz>
                  <question type="essay"><name><text>Reflect</text></name></question>
                  <question type="ordering"><name><text>Order</text></name></question>
                  <question type="matching"><name><text>Match</text></name>
                    <subquestion><text>a</text><answer><text>1</text></answer></subquestion>
                    <subquestion><text></text><answer><text>distractor</text></answer></subquestion>
                  </question>
                  <question type="multichoice"><name><text>None</text></name><single>true</single>
                    <answer fraction="0"><text>a</text></answer></question>
                </quiz>
                """);
        assertThat(result.questions()).isEmpty();
        assertThat(problems(result)).containsExactly(
                "m.xml:2:1: question 'Reflect': not imported: Moodle's essay questions have no counterpart in the"
                        + " bank",
                "m.xml:3:1: question 'Order': not imported: an ordering question needs at least two items",
                "m.xml:4:1: question 'Match': not imported: a matching question needs at least two items",
                "m.xml:8:1: question 'None': not imported: no answer earns full credit, so the question has no"
                        + " correct option");
    }

    @Test
    void refusesDoctypesSoExternalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<quiz><question type=\"shortanswer\"><name><text>&xxe;</text></name>"
                + "<answer fraction=\"100\"><text>&xxe;</text></answer></question></quiz>";

        ImportResult result = MoodleXmlImporter.parse("evil.xml", xxe);

        assertThat(result.questions()).isEmpty();
        assertThat(problems(result)).singleElement().asString().startsWith("evil.xml:").contains("not readable as XML")
                .doesNotContain("TOP-SECRET");
    }

    @Test
    void reportsMalformedXmlWithItsLine() {
        ImportResult result = MoodleXmlImporter.parse("bad.xml", "<quiz>\n<question>\n</quiz>\n");
        assertThat(problems(result)).singleElement().asString().startsWith("bad.xml:3:1: not readable as XML");
        assertThat(problems(MoodleXmlImporter.parse("r.xml", "<questions/>")))
                .containsExactly("r.xml:1:1: the root element must be <quiz>, found <questions>");
    }
}
