package org.ketaminetraining.bank.interchange.moodlexml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.TestBanks;
import org.ketaminetraining.bank.interchange.ExportResult;
import org.ketaminetraining.bank.interchange.ImportResult;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Reference;

class MoodleXmlRoundTripTest {

    @Test
    void bankToMoodleXmlToBankKeepsEveryQuestionOrderingIncluded() {
        List<Question> questions = TestBanks.valid().questions();
        ExportResult exported = MoodleXmlExporter.export(questions);
        ImportResult imported = MoodleXmlImporter.parse("bank.xml", exported.content());

        assertThat(questions).extracting(Question::type).contains(QuestionType.ORDERING);
        assertThat(exported.notExported()).isEmpty();
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.questions()).containsExactlyElementsOf(questions);
    }

    @Test
    void writesMoodleElementsAndEscapesXml() {
        Question question = new Question("mr-1", "pk-routes", List.of("scenario"), Optional.of(Difficulty.HARD),
                OptionalInt.of(20), "Which are <true> & \"right\"?",
                new MultipleResponse(List.of(ChoiceOption.correct("A"), ChoiceOption.correct("B"),
                        ChoiceOption.correct("C"), new ChoiceOption("D", false, Optional.of("Not D.")))),
                "]]> is fine too", List.of(new Reference("T", Optional.of("https://example.org/?a=1&b=2"),
                        Optional.empty())));

        String xml = MoodleXmlExporter.export(List.of(question)).content();

        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n  <question type=\"multichoice\">")
                .contains("<text>Which are &lt;true&gt; &amp; \"right\"?</text>")
                .contains("<single>false</single>")
                .contains("<answer fraction=\"33.33333\" format=\"markdown\">")
                .contains("<answer fraction=\"-100\" format=\"markdown\">")
                .contains("<idnumber>mr-1</idnumber>")
                .contains("<tag>\n        <text>objective:pk-routes</text>")
                .contains("<text>difficulty:hard</text>")
                .contains("<url>https://example.org/?a=1&amp;b=2</url>")
                .endsWith("\n  </question>\n</quiz>\n");
        assertThat(MoodleXmlImporter.parse("x.xml", xml).questions()).containsExactly(question);
    }
}
